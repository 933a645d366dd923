/**
 * Ed25519 signatures over knowledge packs, with the platform's WebCrypto (`crypto.subtle`: Node 20,
 * current Chrome and Firefox). No cryptography is written here: this file only decides which bytes are
 * signed and how keys and signatures are written down.
 *
 * - A public key is the 32-byte raw Ed25519 key in base64 (44 characters): short enough for a policy.
 * - A private key is PKCS#8 (the PEM that `openssl pkey` reads), kept by the organisation, never in a pack.
 * - The signed bytes are the UTF-8 of `SIGNED_PREFIX` followed by the canonical JSON (kb/organisation/pack.ts)
 *   of every field of the pack except `signature`, so any change to any entry, the name, the version, the
 *   expiry date or the checksum breaks the signature, whatever the key order or spacing of the file.
 */
import { canonicalJson } from './pack.ts';

export const SIGNATURE_ALG = 'Ed25519';
/** Domain separation: these bytes can never be mistaken for another message signed with the same key. */
export const SIGNED_PREFIX = 'maatwerkwijzer-pack-signature-v1\n';

export interface PackSignature {
  alg: typeof SIGNATURE_ALG;
  /** The signer's public key (base64 of the raw 32 bytes): tells the verifier which trusted key to try. */
  key: string;
  /** The Ed25519 signature, base64 of 64 bytes. */
  value: string;
}

/** A public key the organisation trusts, with the label the panel shows as the signer. */
export interface TrustedKey {
  label: string;
  key: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += b === undefined ? '=' : B64[(n >> 6) & 63];
    out += c === undefined ? '=' : B64[n & 63];
  }
  return out;
}

/** Strict base64 (standard alphabet, padded, no whitespace); null for anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j] as string;
      n = (n << 6) | (ch === '=' ? 0 : B64.indexOf(ch));
    }
    for (let j = 0; j < 3 && o < out.length; j++) out[o++] = (n >> (16 - 8 * j)) & 255;
  }
  // Reject non-canonical encodings (stray bits in the padding), so one key has one spelling.
  return toBase64(out) === text ? out : null;
}

/** The 32 raw bytes of a base64 public key, or null when it is not one. */
export function publicKeyBytes(key: string): Uint8Array<ArrayBuffer> | null {
  const bytes = typeof key === 'string' && key.length === 44 ? fromBase64(key) : null;
  return bytes && bytes.length === 32 ? bytes : null;
}

export function isPublicKey(key: unknown): key is string {
  return typeof key === 'string' && publicKeyBytes(key) !== null;
}

/** A short, stable id of a public key for messages: the first 16 hex digits of its SHA-256. */
export async function keyId(key: string): Promise<string> {
  const bytes = publicKeyBytes(key);
  if (!bytes) return 'invalid-key';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  const encoded = new TextEncoder().encode(text);
  const out = new Uint8Array(encoded.length);
  out.set(encoded);
  return out;
}

/** The exact bytes a pack's signature covers: every field but `signature`, as canonical JSON. */
export function signedBytes(pack: object): Uint8Array<ArrayBuffer> {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pack)) if (k !== 'signature') rest[k] = v;
  return utf8(SIGNED_PREFIX + canonicalJson(rest));
}

/** PEM (PKCS#8, "PRIVATE KEY") to DER bytes; null when the text is not one. */
export function privateKeyFromPem(pem: string): Uint8Array<ArrayBuffer> | null {
  const m = /^-----BEGIN PRIVATE KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PRIVATE KEY-----\s*$/.exec(
    pem.trim(),
  );
  return m ? fromBase64((m[1] as string).replace(/\s+/g, '')) : null;
}

export function privateKeyToPem(der: Uint8Array): string {
  const b64 = toBase64(der);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

/**
 * Signs a pack (any object; an existing `signature` is replaced) with a PKCS#8 Ed25519 private key and
 * returns the pack with its `signature` field. `publicKey` is recorded so a verifier knows which trusted
 * key to try; a key pair that does not belong together fails here, not at the verifier.
 */
export async function signPack<T extends object>(
  pack: T,
  privateKeyPkcs8: Uint8Array<ArrayBuffer>,
  publicKey: string,
): Promise<T & { signature: PackSignature }> {
  const pub = publicKeyBytes(publicKey);
  if (!pub) throw new Error('the public key is not a base64 Ed25519 key of 32 bytes');
  const { signature: _old, ...rest } = pack as T & { signature?: unknown };
  const privateKey = await crypto.subtle.importKey('pkcs8', privateKeyPkcs8, { name: SIGNATURE_ALG }, false, [
    'sign',
  ]);
  const bytes = signedBytes(rest);
  const value = new Uint8Array(await crypto.subtle.sign({ name: SIGNATURE_ALG }, privateKey, bytes));
  const verifyKey = await crypto.subtle.importKey('raw', pub, { name: SIGNATURE_ALG }, false, ['verify']);
  if (!(await crypto.subtle.verify({ name: SIGNATURE_ALG }, verifyKey, value, bytes)))
    throw new Error('the private key does not belong to the given public key');
  return { ...(rest as T), signature: { alg: SIGNATURE_ALG, key: publicKey, value: toBase64(value) } };
}

/** What a signature check found. `intact` in `unknown-key`: the signature matches its own embedded key. */
export type SignatureCheck =
  | { status: 'unsigned' }
  | { status: 'signed'; signer: TrustedKey }
  | { status: 'unknown-key'; key: string; intact: boolean }
  | { status: 'invalid'; reason: string };

/** True when `signature` verifies over `bytes` with the raw public key `key`. Never throws. */
async function verifyWith(key: string, signature: Uint8Array<ArrayBuffer>, bytes: Uint8Array<ArrayBuffer>) {
  const pub = publicKeyBytes(key);
  if (!pub) return false;
  try {
    const k = await crypto.subtle.importKey('raw', pub, { name: SIGNATURE_ALG }, false, ['verify']);
    return await crypto.subtle.verify({ name: SIGNATURE_ALG }, k, signature, bytes);
  } catch {
    return false;
  }
}

/**
 * Checks the `signature` of a pack (the parsed JSON, exactly as received) against the trusted keys.
 * The signature is only ever verified with the trusted key's own bytes; the key written in the pack
 * only says which one to try. Never throws.
 */
export async function checkSignature(pack: unknown, trusted: readonly TrustedKey[]): Promise<SignatureCheck> {
  if (pack === null || typeof pack !== 'object' || Array.isArray(pack))
    return { status: 'invalid', reason: 'not a pack' };
  const sig = (pack as { signature?: unknown }).signature;
  if (sig === undefined) return { status: 'unsigned' };
  if (sig === null || typeof sig !== 'object' || Array.isArray(sig))
    return { status: 'invalid', reason: 'field "signature" must be an object { alg, key, value }' };
  const { alg, key, value, ...extra } = sig as Record<string, unknown>;
  if (Object.keys(extra).length) return { status: 'invalid', reason: 'field "signature" has unknown fields' };
  if (alg !== SIGNATURE_ALG)
    return { status: 'invalid', reason: `signature algorithm must be ${SIGNATURE_ALG}` };
  if (!isPublicKey(key)) return { status: 'invalid', reason: 'signature key is not a base64 Ed25519 key' };
  const sigBytes = typeof value === 'string' ? fromBase64(value) : null;
  if (sigBytes?.length !== 64)
    return { status: 'invalid', reason: 'signature value is not a base64 Ed25519 signature' };
  const bytes = signedBytes(pack);
  const match = trusted.find((t) => t.key === key);
  if (!match) return { status: 'unknown-key', key, intact: await verifyWith(key, sigBytes, bytes) };
  if (!(await verifyWith(match.key, sigBytes, bytes)))
    return {
      status: 'invalid',
      reason: `the signature does not match the content: the pack was changed after "${match.label}" signed it`,
    };
  return { status: 'signed', signer: match };
}
