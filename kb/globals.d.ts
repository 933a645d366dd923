/**
 * The few platform globals kb/ may use: standard in Node and in every browser, and not part of the DOM.
 * Anything else (window, document, chrome, indexedDB, fetch) is deliberately absent from kb/'s types.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly searchParams: Iterable<[string, string]>;
}

/** Text to UTF-8 bytes (for the exact bytes a pack signature covers). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/**
 * The part of WebCrypto kb/organisation/signing.ts uses: Ed25519 keys, signatures and SHA-256.
 * Opaque keys and plain byte arrays only; no DOM types.
 */
interface CryptoKey {
  readonly type: string;
}
type KbKeyUsage = 'sign' | 'verify';
interface SubtleCrypto {
  importKey(
    format: 'raw' | 'pkcs8' | 'spki',
    keyData: Uint8Array,
    algorithm: { name: 'Ed25519' },
    extractable: boolean,
    usages: KbKeyUsage[],
  ): Promise<CryptoKey>;
  sign(algorithm: { name: 'Ed25519' }, key: CryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: { name: 'Ed25519' },
    key: CryptoKey,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
declare var crypto: { readonly subtle: SubtleCrypto };
