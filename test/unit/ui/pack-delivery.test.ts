import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { type DeliveryDeps, deliverPacks } from '../../../extension/features/packs/delivery';
import type { DeliveryStatus } from '../../../extension/features/packs/keys';
import { listPacks } from '../../../extension/features/packs/packs';
import { type Policy, readPolicy } from '../../../extension/features/policy/policy';
import { PanelDb } from '../../../extension/features/storage/db';
import { checkContent } from '../../../kb/content/check';
import { buildPack, packChecksum } from '../../../kb/organisation/pack';
import { signPack, toBase64 } from '../../../kb/organisation/signing';
import { VALID_VOORBEELD } from '../../helpers/entries';

const URL_ = 'https://packs.lelystad.nl/kennis/pakket.json';
const entries = checkContent([{ path: 'voorbeelden/lelystad-eigen.md', text: VALID_VOORBEELD }], {
  today: '2026-11-23',
}).entries;
const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
  'sign',
  'verify',
])) as CryptoKeyPair;
const PUBLIC = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
const PRIVATE = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
const signed = async (version: string) =>
  JSON.stringify(await signPack(buildPack('Gemeente Lelystad', version, { entries }), PRIVATE, PUBLIC));

const POLICY = {
  pakketSleutels: [{ naam: 'Kwaliteitsteam Lelystad', sleutel: PUBLIC }],
  pakketHandtekeningVerplicht: true,
  pakketUrls: [URL_],
};

interface Served {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

let n = 0;
function fake(policy: unknown, serve: (init: RequestInit) => Served | Error, permission = true) {
  const requests: { url: string; init: RequestInit }[] = [];
  let status: DeliveryStatus = {};
  let changes = 0;
  let clock = Date.parse('2026-11-23T08:00:00Z');
  const deps: DeliveryDeps = {
    async request(url, init) {
      requests.push({ url, init });
      const s = serve(init);
      if (s instanceof Error) throw s;
      return new Response(s.status === 304 ? null : (s.body ?? ''), { status: s.status, headers: s.headers });
    },
    policy: async () => readPolicy(policy).policy as Policy,
    db: new PanelDb(`delivery-${++n}`),
    now: () => (clock += 60_000),
    hasPermission: async () => permission,
    loadStatus: async () => status,
    saveStatus: async (s) => {
      status = s;
    },
    bundled: async () => ({ ids: [], knelpunten: [] }),
    changed: async () => {
      changes++;
    },
  };
  return { deps, requests, status: () => status, changes: () => changes };
}

describe('pack delivery from the organisation', () => {
  it('makes no request at all when the policy names no pack URL', async () => {
    for (const policy of [
      undefined,
      {},
      { gemeente: 'Gemeente Lelystad' },
      { pakketUrls: ['https://*/p.json'] },
    ]) {
      const f = fake(policy, () => ({ status: 200, body: 'x' }));
      await deliverPacks(f.deps);
      expect(f.requests).toEqual([]);
    }
  });

  it('requests exactly the policy URL, verifies the signature and installs the pack', async () => {
    const body = await signed('2026.11');
    const f = fake(POLICY, () => ({ status: 200, body, headers: { etag: '"v1"' } }));
    await deliverPacks(f.deps);
    expect(f.requests.map((r) => r.url)).toEqual([URL_]);
    expect(f.requests[0]?.init).toMatchObject({ credentials: 'omit', redirect: 'error', method: 'GET' });
    const [pack] = await listPacks(f.deps.db);
    expect(pack).toMatchObject({
      name: 'Gemeente Lelystad',
      version: '2026.11',
      signer: { label: 'Kwaliteitsteam Lelystad', key: PUBLIC },
      source: { kind: 'url', url: URL_ },
    });
    expect(f.status()[URL_]).toMatchObject({ etag: '"v1"', pack: 'Gemeente Lelystad', version: '2026.11' });
    expect(f.status()[URL_]?.lastUpdate).toBeTypeOf('number');
    expect(f.status()[URL_]?.error).toBeUndefined();
    expect(f.changes()).toBe(1);
  });

  it('asks with If-None-Match next time and keeps the pack on 304 Not Modified', async () => {
    const body = await signed('2026.11');
    let round = 0;
    const f = fake(POLICY, (init) => {
      round++;
      if (round === 1)
        return {
          status: 200,
          body,
          headers: { etag: '"v1"', 'last-modified': 'Mon, 23 Nov 2026 08:00:00 GMT' },
        };
      expect(init.headers).toEqual({
        'If-None-Match': '"v1"',
        'If-Modified-Since': 'Mon, 23 Nov 2026 08:00:00 GMT',
      });
      return { status: 304 };
    });
    await deliverPacks(f.deps);
    const first = f.status()[URL_];
    await deliverPacks(f.deps);
    expect(round).toBe(2);
    expect(f.status()[URL_]?.lastSuccess).toBeGreaterThan(first?.lastSuccess ?? 0);
    expect(f.status()[URL_]?.lastUpdate).toBe(first?.lastUpdate);
    expect((await listPacks(f.deps.db)).map((p) => p.version)).toEqual(['2026.11']);
  });

  it('sends no conditional headers without the host permission (a plain, CORS-simple GET)', async () => {
    const body = await signed('2026.11');
    const f = fake(POLICY, () => ({ status: 200, body, headers: { etag: '"v1"' } }), false);
    await deliverPacks(f.deps);
    await deliverPacks(f.deps);
    expect(f.requests.map((r) => r.init.headers)).toEqual([{}, {}]);
  });

  it('keeps the last good pack, and says when it was updated, when a later fetch fails or is refused', async () => {
    const good = await signed('2026.11');
    const older = await signed('2026.9');
    const tampered = JSON.parse(await signed('2026.12'));
    tampered.entries[0].meta.titel = 'Iets anders';
    tampered.checksum = packChecksum(tampered);
    const unsigned = JSON.stringify(buildPack('Gemeente Lelystad', '2026.12', { entries }));
    const answers: (Served | Error)[] = [
      { status: 200, body: good },
      new TypeError('Failed to fetch'),
      { status: 404, body: 'not found' },
      { status: 200, body: older },
      { status: 200, body: JSON.stringify(tampered) },
      { status: 200, body: unsigned },
      { status: 200, body: good.slice(0, 100) },
      { status: 200, body: good, headers: { 'content-length': String(64 * 1024 * 1024) } },
    ];
    const f = fake(POLICY, () => answers.shift() as Served | Error);
    await deliverPacks(f.deps);
    const updated = f.status()[URL_]?.lastUpdate;
    const errors: string[] = [];
    while (answers.length) {
      await deliverPacks(f.deps);
      errors.push(f.status()[URL_]?.error ?? '');
      expect((await listPacks(f.deps.db)).map((p) => `${p.name} ${p.version}`)).toEqual([
        'Gemeente Lelystad 2026.11',
      ]);
      expect(f.status()[URL_]?.lastUpdate).toBe(updated);
    }
    expect(errors).toEqual([
      'Failed to fetch',
      'HTTP 404',
      expect.stringMatching(/^downgrade: version 2026\.9 is older than the installed version 2026\.11/),
      expect.stringMatching(/^tampered: /),
      'unsigned: the pack is not signed, and your organisation requires signed packs',
      expect.stringMatching(/^invalid: pack is not valid JSON/),
      'the pack is larger than 16 MB',
    ]);
  });

  it('installs a newer version in place of the old one', async () => {
    const bodies = [await signed('2026.11'), await signed('2026.12')];
    const f = fake(POLICY, () => ({ status: 200, body: bodies.shift() }));
    await deliverPacks(f.deps);
    await deliverPacks(f.deps);
    expect((await listPacks(f.deps.db)).map((p) => p.version)).toEqual(['2026.12']);
  });
});
