/**
 * `kb keygen --out <dir>`: an Ed25519 key pair for signing knowledge packs, made with Node's WebCrypto.
 *
 *   <dir>/pack-signing.key  the private key (PKCS#8 PEM), file mode 0600: keep it secret, e.g. as a
 *                           CI secret; never commit it, never put it in a pack or a policy
 *   <dir>/pack-signing.pub  the public key, one line of base64 (44 characters): goes into the
 *                           organisation's policy as a trusted key
 *
 * Existing files are never overwritten (a lost signing key would silently strand every installed pack).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPublicKey, keyId, privateKeyToPem, toBase64 } from '../kb/organisation/signing.ts';
import type { Io } from './io.ts';

export const PRIVATE_KEY_FILE = 'pack-signing.key';
export const PUBLIC_KEY_FILE = 'pack-signing.pub';

const USAGE = `usage: npm run kb -- keygen --out <dir>
  writes an Ed25519 key pair for "kb pack --sign": <dir>/${PRIVATE_KEY_FILE} (private, mode 0600) and
  <dir>/${PUBLIC_KEY_FILE} (the public key for the organisation's policy)
`;

/** The public key (base64 of 32 raw bytes) that belongs to a PKCS#8 Ed25519 private key. */
export async function publicKeyOf(pkcs8: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (!jwk.x) throw new Error('not an Ed25519 private key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** A public key given on the command line, or read from a file that holds one; null otherwise. */
export function readPublicKeyArg(arg: string): string | null {
  if (isPublicKey(arg)) return arg;
  if (existsSync(arg) && statSync(arg).isFile() && statSync(arg).size < 1024) {
    const text = readFileSync(arg, 'utf8').trim();
    return isPublicKey(text) ? text : null;
  }
  return null;
}

export async function runKeygen(args: string[], io: Io): Promise<number> {
  const i = args.indexOf('--out');
  const dir = i >= 0 ? args[i + 1] : undefined;
  if (dir === undefined || dir.startsWith('--') || args.length !== 2) {
    io.err(USAGE);
    return 2;
  }
  const priv = join(dir, PRIVATE_KEY_FILE);
  const pub = join(dir, PUBLIC_KEY_FILE);
  for (const f of [priv, pub])
    if (existsSync(f)) {
      io.err(`keygen failed: ${f} already exists; nothing was written (move it away first)\n`);
      return 1;
    }
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  try {
    mkdirSync(dir, { recursive: true });
    // Created with mode 0600 (and set again, whatever the umask): only the owner may read the key.
    writeFileSync(priv, privateKeyToPem(pkcs8), { flag: 'wx', mode: 0o600 });
    chmodSync(priv, 0o600);
    writeFileSync(pub, `${publicKey}\n`, { flag: 'wx' });
  } catch (e) {
    io.err(`keygen failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  io.out(
    `wrote ${priv} (private, keep it secret) and ${pub}\n` +
      `public key ${publicKey} (id ${await keyId(publicKey)}): add it to the policy's trusted keys (docs/deployment.md)\n`,
  );
  return 0;
}
