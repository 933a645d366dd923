import { describe, expect, it } from 'vitest';
import { buildPack, packChecksum } from '../../../kb/organisation/pack';
import { type OpenContext, openPack } from '../../../kb/organisation/pack-open';
import {
  checkSignature,
  fromBase64,
  isPublicKey,
  privateKeyFromPem,
  privateKeyToPem,
  signedBytes,
  signPack,
  toBase64,
} from '../../../kb/organisation/signing';
import { loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import { VALID_VOORBEELD } from '../../helpers/entries';

const TODAY = '2026-11-23';
const kb = loadKnowledgeBase(
  { entries: [{ path: 'voorbeelden/zwolle-fietskar.md', text: VALID_VOORBEELD }] },
  { today: TODAY },
);

async function keyPair() {
  const k = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', k.publicKey))),
    privateKey: new Uint8Array(await crypto.subtle.exportKey('pkcs8', k.privateKey)),
  };
}

const lelystad = await keyPair();
const other = await keyPair();
const TRUSTED = [{ label: 'Gemeente Lelystad kwaliteitsteam', key: lelystad.publicKey }];

async function signedPackText(version = '2026.11', options: { expires?: string } = {}) {
  const pack = buildPack('Gemeente Zwolle', version, kb, options);
  return JSON.stringify(await signPack(pack, lelystad.privateKey, lelystad.publicKey));
}

function ctx(over: Partial<OpenContext> = {}): OpenContext {
  return {
    existingIds: new Set(),
    today: TODAY,
    trust: { keys: TRUSTED, requireSignatures: true },
    ...over,
  };
}

describe('keys and encodings', () => {
  it('writes a public key as a short base64 string and a private key as PKCS#8 PEM', async () => {
    expect(lelystad.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(isPublicKey(lelystad.publicKey)).toBe(true);
    expect(isPublicKey(lelystad.publicKey.slice(1))).toBe(false);
    expect(isPublicKey(`${lelystad.publicKey.slice(0, 43)}A`)).toBe(false);
    const pem = privateKeyToPem(lelystad.privateKey);
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(privateKeyFromPem(pem)).toEqual(lelystad.privateKey);
    expect(privateKeyFromPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----')).toBeNull();
  });

  it('round-trips base64 and refuses sloppy spellings', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 64]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(fromBase64('QQ')).toBeNull();
    expect(fromBase64('QR==')).toBeNull(); // stray bits: not canonical
    expect(fromBase64('Q Q==')).toBeNull();
  });
});

describe('a signed pack', () => {
  it('is signed over its canonical bytes and verifies with the trusted key, naming its label', async () => {
    const text = await signedPackText();
    const parsed = JSON.parse(text);
    expect(parsed.signature).toEqual({ alg: 'Ed25519', key: lelystad.publicKey, value: expect.any(String) });
    expect(await checkSignature(parsed, TRUSTED)).toEqual({ status: 'signed', signer: TRUSTED[0] });
    const r = await openPack(text, ctx());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.signer?.label).toBe('Gemeente Lelystad kwaliteitsteam');
    expect(r.unverified).toBeUndefined();
    expect(r.entries.map((e) => e.id)).toEqual(['gemeente-zwolle--zwolle-fietskar']);
  });

  it('still verifies with its keys in another order and other spacing', async () => {
    const parsed = JSON.parse(await signedPackText());
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(parsed).reverse()), null, 2);
    expect((await openPack(reordered, ctx())).ok).toBe(true);
    expect(signedBytes(JSON.parse(reordered))).toEqual(signedBytes(parsed));
  });

  it('is refused as tampered when one byte of an entry changes', async () => {
    const text = await signedPackText();
    const at = text.indexOf('Fietskar in plaats');
    const changed = `${text.slice(0, at)}G${text.slice(at + 1)}`; // "Fietskar" → "Gietskar"
    expect(changed.length).toBe(text.length);
    const r = await openPack(changed, ctx());
    expect(r).toMatchObject({ ok: false, code: 'tampered' });
    // The same change with the checksum recomputed: the checksum is no protection, the signature is.
    const resealed = JSON.parse(changed);
    resealed.checksum = packChecksum(resealed);
    const r2 = await openPack(JSON.stringify(resealed), ctx());
    expect(r2).toMatchObject({ ok: false, code: 'tampered' });
    if (!r2.ok) expect(r2.errors[0]).toMatch(/changed after "Gemeente Lelystad kwaliteitsteam" signed it/);
  });

  it('is refused as tampered when its name, version or expiry date is changed', async () => {
    for (const change of [{ name: 'Gemeente Almere' }, { version: '2099.1' }, { expires: '2099-01-01' }]) {
      const p = { ...JSON.parse(await signedPackText()), ...change };
      p.checksum = packChecksum(p);
      expect(await openPack(JSON.stringify(p), ctx())).toMatchObject({ ok: false, code: 'tampered' });
    }
  });

  it('is refused when signed by a key the organisation does not trust', async () => {
    const pack = buildPack('Gemeente Zwolle', '1', kb);
    const foreign = JSON.stringify(await signPack(pack, other.privateKey, other.publicKey));
    const r = await openPack(foreign, ctx());
    expect(r).toMatchObject({ ok: false, code: 'foreign' });
    // Even when signatures are not required: a trust set exists, and this is not in it.
    expect(
      await openPack(foreign, ctx({ trust: { keys: TRUSTED, requireSignatures: false } })),
    ).toMatchObject({
      ok: false,
      code: 'foreign',
    });
    // A signature that claims the trusted key but was made with another is tampering, not trust.
    const forged = JSON.parse(foreign);
    forged.signature.key = lelystad.publicKey;
    expect(await openPack(JSON.stringify(forged), ctx())).toMatchObject({ ok: false, code: 'tampered' });
  });

  it('is refused when expired, and accepted up to and on its last day', async () => {
    const text = await signedPackText('1', { expires: '2026-11-22' });
    const r = await openPack(text, ctx());
    expect(r).toMatchObject({ ok: false, code: 'expired' });
    if (!r.ok) expect(r.errors).toEqual(['pack expired on 2026-11-22: ask its maker for a current version']);
    expect((await openPack(await signedPackText('1', { expires: TODAY }), ctx())).ok).toBe(true);
  });

  it('is never downgraded: an older version than the installed one is refused', async () => {
    const installed = {
      name: 'Gemeente Zwolle',
      version: '2026.11',
      checksum: 'x',
      signerKey: lelystad.publicKey,
    };
    const older = await openPack(await signedPackText('2026.9'), ctx({ installed }));
    expect(older).toMatchObject({ ok: false, code: 'downgrade' });
    if (!older.ok)
      expect(older.errors[0]).toMatch(/^version 2026\.9 is older than the installed version 2026\.11/);
    expect((await openPack(await signedPackText('2026.12'), ctx({ installed }))).ok).toBe(true);
    // 1.10 is newer than 1.9 (numbers, not text).
    expect(
      (await openPack(await signedPackText('1.10'), ctx({ installed: { ...installed, version: '1.9' } }))).ok,
    ).toBe(true);
    // The same version with other content is refused; with the same content it is "unchanged".
    const same = JSON.parse(await signedPackText('2026.11'));
    expect(await openPack(JSON.stringify(same), ctx({ installed }))).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    const exact = await openPack(
      JSON.stringify(same),
      ctx({ installed: { ...installed, checksum: same.checksum } }),
    );
    expect(exact).toMatchObject({ ok: true, unchanged: true });
  });

  it('cannot replace an installed pack that another key signed', async () => {
    const installed = { name: 'Gemeente Zwolle', version: '1', checksum: 'x', signerKey: other.publicKey };
    const trust = { keys: [...TRUSTED, { label: 'Ander', key: other.publicKey }], requireSignatures: true };
    expect(await openPack(await signedPackText('2'), ctx({ installed, trust }))).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });

  it('refuses a key pair that does not belong together when signing', async () => {
    await expect(signPack(buildPack('X', '1', kb), lelystad.privateKey, other.publicKey)).rejects.toThrow(
      /does not belong/,
    );
  });
});

describe('an unsigned pack', () => {
  const unsigned = JSON.stringify(buildPack('Gemeente Zwolle', '1', kb));

  it('is refused where the policy requires signatures', async () => {
    const r = await openPack(unsigned, ctx());
    expect(r).toMatchObject({ ok: false, code: 'unsigned' });
    if (!r.ok)
      expect(r.errors).toEqual(['the pack is not signed, and your organisation requires signed packs']);
  });

  it('is accepted without such a policy, marked unverified', async () => {
    const r = await openPack(unsigned, ctx({ trust: { keys: [], requireSignatures: false } }));
    expect(r).toMatchObject({ ok: true, signer: null, unverified: 'unsigned' });
    // Trusted keys without "require signatures" still accept an unsigned pack, unverified.
    expect(
      await openPack(unsigned, ctx({ trust: { keys: TRUSTED, requireSignatures: false } })),
    ).toMatchObject({
      ok: true,
      unverified: 'unsigned',
    });
  });

  it('signed by an unknown key without any trust policy: accepted as unverified only when intact', async () => {
    const signed = JSON.parse(await signedPackText());
    const none = { trust: { keys: [], requireSignatures: false } };
    expect(await openPack(JSON.stringify(signed), ctx(none))).toMatchObject({
      ok: true,
      unverified: 'unknown-key',
    });
    signed.entries[0].meta.titel = 'Iets anders';
    signed.checksum = packChecksum(signed);
    expect(await openPack(JSON.stringify(signed), ctx(none))).toMatchObject({ ok: false, code: 'tampered' });
  });

  it('with a malformed signature field is refused, never thrown on', async () => {
    for (const signature of [null, 'abc', { alg: 'RSA', key: 'x', value: 'y' }, { alg: 'Ed25519' }]) {
      const p = { ...JSON.parse(unsigned), signature };
      const r = await openPack(JSON.stringify(p), ctx({ trust: { keys: [], requireSignatures: false } }));
      expect(r.ok).toBe(false);
    }
  });
});
