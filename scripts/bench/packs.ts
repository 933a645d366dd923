/**
 * Knowledge packs at scale, for `npm run bench`: a signed pack of 5,000 synthetic entries (~300 words
 * each, the bench corpus) opened as the panel's Worker does (parse, validate every entry, verify the
 * Ed25519 signature, namespace and sanitize), merged with the shipped entries into one index (the
 * Worker's second job), and what stays on the panel's main thread: receiving the merged index
 * (a structured clone, as postMessage makes) and loading it. Then as-you-type latency with packs.
 */
import { buildPack } from '../../kb/organisation/pack.ts';
import { bundledFirst, mergePackEntries } from '../../kb/organisation/pack-merge.ts';
import { openPack } from '../../kb/organisation/pack-open.ts';
import { MAX_PACK_KEYWORDS } from '../../kb/organisation/pack-safety.ts';
import { signPack, toBase64 } from '../../kb/organisation/signing.ts';
import { buildIndex } from '../../kb/search/build-index.ts';
import type { StoredEntry } from '../../kb/search/index-format.ts';
import { KnowledgeIndex } from '../../kb/search/search.ts';
import { syntheticEntries } from './corpus.ts';

export interface PackBench {
  entries: number;
  packMB: number;
  /** Worker: parse + validate + verify signature + prepare. */
  openMs: number;
  /** Worker: merge with the shipped entries and build both index tiers. */
  mergeMs: number;
  /** Main thread: structured clone of the merged asset (what postMessage costs) + KnowledgeIndex.load. */
  mainThreadMs: number;
  /** As-you-type latency over bundled + pack entries (bundledFirst), p50/p95 ms. */
  queryP50: number;
  queryP95: number;
}

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

export async function benchPacks(
  base: KnowledgeIndex,
  texts: readonly string[],
  queries: readonly string[],
  n = 5000,
): Promise<PackBench> {
  // Words a pack may not use in titles (pack-safety.ts) are taken out of the synthetic corpus, and its
  // zoektermen and voorbeeldvragen are cut to what a pack entry keeps (MAX_PACK_KEYWORDS each).
  const entries = syntheticEntries(n, texts, 99).map((e) => {
    const clean = (s: string) => s.replace(/offici\w*|rijksoverheid|overheid\.nl/gi, 'gemeentelijk');
    const meta = {
      ...e.meta,
      titel: clean(e.meta.titel),
      zoektermen: e.meta.zoektermen?.slice(0, MAX_PACK_KEYWORDS),
      voorbeeldvragen: e.meta.voorbeeldvragen?.slice(0, MAX_PACK_KEYWORDS),
    };
    return { ...e, meta } as StoredEntry;
  });
  const k = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pub = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', k.publicKey)));
  const priv = new Uint8Array(await crypto.subtle.exportKey('pkcs8', k.privateKey));
  const text = JSON.stringify(await signPack(buildPack('Gemeente Groot', '1', { entries }), priv, pub));

  let t0 = performance.now();
  const opened = await openPack(text, {
    existingIds: new Set(base.all.map((e) => e.id)),
    today: new Date().toISOString().slice(0, 10),
    trust: { keys: [{ label: 'bench', key: pub }], requireSignatures: true },
  });
  const openMs = ms(t0);
  if (!opened.ok) throw new Error(`bench pack refused: ${opened.errors.slice(0, 3).join('; ')}`);

  t0 = performance.now();
  const m = mergePackEntries(base.fullEntries(), [{ name: 'Gemeente Groot', entries: opened.entries }]);
  const a = base.asset;
  const asset = buildIndex(
    m.entries,
    a.synonyms,
    a.renames,
    a.knelpunten ?? [],
    a.related ?? [],
    base.fullZoekvragen(),
  );
  const mergeMs = ms(t0);

  t0 = performance.now();
  const received = structuredClone(asset);
  const merged = KnowledgeIndex.load(received.quick, received.full);
  const mainThreadMs = ms(t0);

  const index = bundledFirst(merged, base, (id) => m.origin.has(id));
  const times: number[] = [];
  for (const q of queries) {
    const s = performance.now();
    index.query(q, { typing: true, limit: 30 });
    times.push(performance.now() - s);
  }
  times.sort((x, y) => x - y);
  const at = (p: number) => Math.round((times[Math.floor((p / 100) * (times.length - 1))] ?? 0) * 100) / 100;
  return {
    entries: n,
    packMB: Math.round((text.length / 1048576) * 10) / 10,
    openMs,
    mergeMs,
    mainThreadMs,
    queryP50: at(50),
    queryP95: at(95),
  };
}
