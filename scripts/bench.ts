/**
 * `npm run bench [-- --json] [-- --sizes 1000,10000]`: build, size, load, heap and as-you-type latency of
 * the search on synthetic Dutch corpora, plus the panel's time to interactive on the shipped knowledge base.
 * Targets (issue 4/5): p95 ≤ 5 ms at 10k and ≤ 20 ms at 50k, load ≤ 150 ms at 10k, gzip ≤ 550 B per entry,
 * panel open-to-results ≤ 150 ms median.
 *
 * Columns: quick* = the tier the panel loads first and searches as you type (headers + index);
 * full* = body text and its index, loaded next (fullGzip includes the ~300-word texts themselves,
 * fullIndexGzip only their postings); p50/p95/p99 = as-you-type latency on the quick tier;
 * fullP* = the same queries once the full tier is attached (what the panel runs after loading it).
 */
import { gzipSync } from 'node:zlib';
import type { Entry } from '../kb/content/schema.ts';
import { buildIndex } from '../kb/search/build-index.ts';
import { buildKnowledgeBase } from '../kb/search/knowledge-base.ts';
import { KnowledgeIndex } from '../kb/search/search.ts';
import { asYouTypeQueries, syntheticEntries } from './bench/corpus.ts';
import { readKnowledgeBaseFiles } from './content-files.ts';
import { loadEvalSet } from './eval-set.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10_000, 50_000];
const QUERIES = 300;

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

const files = readKnowledgeBaseFiles();
const real = buildKnowledgeBase(files, { today: '2026-11-23' });
if (!real.asset) throw new Error('the knowledge base has errors');
const texts = files.entries.map((f) => f.text);
const queries = asYouTypeQueries(
  loadEvalSet().map((q) => q.q),
  QUERIES,
);

interface Row {
  entries: number;
  buildMs: number;
  quickBytesPerEntry: number;
  quickGzipPerEntry: number;
  fullGzipPerEntry: number;
  fullIndexGzipPerEntry: number;
  loadMs: number;
  fullLoadMs: number;
  heapMB: number;
  p50: number;
  p95: number;
  p99: number;
  fullP50: number;
  fullP95: number;
  fullP99: number;
}
const rows: Row[] = [];
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
function latencies(run: (q: string) => void): number[] {
  for (const q of queries.slice(0, 20)) run(q); // warm up
  heap(); // collect the build's garbage first: the panel never carries it
  return queries.map((q) => {
    const t0 = process.hrtime.bigint();
    run(q);
    return ms(t0);
  });
}
for (const n of SIZES) {
  const entries = syntheticEntries(n, texts) as unknown as Entry[];
  let t = process.hrtime.bigint();
  const asset = buildIndex(entries, real.asset.quick.synonyms, {});
  const buildMs = ms(t);
  const quickText = JSON.stringify(asset.quick);
  const fullText = JSON.stringify(asset.full);
  const before = heap();
  t = process.hrtime.bigint();
  const index = KnowledgeIndex.load(JSON.parse(quickText));
  const loadMs = ms(t);
  index.warm(); // the panel does this when idle, after the first paint
  const quickLat = latencies((q) => index.query(q, { typing: true, limit: 30 }));
  t = process.hrtime.bigint();
  index.attachFull(JSON.parse(fullText));
  const fullLoadMs = ms(t);
  const heapMB = (heap() - before) / 1024 / 1024;
  const fullLat = latencies((q) => index.query(q, { typing: true, limit: 30 }));
  rows.push({
    entries: n,
    buildMs: Math.round(buildMs),
    quickBytesPerEntry: Math.round(quickText.length / n),
    quickGzipPerEntry: Math.round(gzipSync(quickText).length / n),
    fullGzipPerEntry: Math.round(gzipSync(fullText).length / n),
    fullIndexGzipPerEntry: Math.round(gzipSync(JSON.stringify(asset.full.index)).length / n),
    loadMs: Math.round(loadMs),
    fullLoadMs: Math.round(fullLoadMs),
    heapMB: round(heapMB, 1),
    p50: round(pct(quickLat, 50)),
    p95: round(pct(quickLat, 95)),
    p99: round(pct(quickLat, 99)),
    fullP50: round(pct(fullLat, 50)),
    fullP95: round(pct(fullLat, 95)),
    fullP99: round(pct(fullLat, 99)),
  });
}

// Panel open → interactive results on the shipped knowledge base: parse, load, first query.
const shipped = JSON.stringify(real.asset.quick);
const open: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = process.hrtime.bigint();
  KnowledgeIndex.load(JSON.parse(shipped)).query('', { limit: 30 });
  open.push(ms(t0));
}
const panelOpenMedianMs = Math.round(pct(open, 50) * 10) / 10;

const targets = {
  'p95 at 10k <= 5 ms': rows.find((r) => r.entries === 10_000)?.p95,
  'p95 at 50k <= 20 ms': rows.find((r) => r.entries === 50_000)?.p95,
  'load at 10k <= 150 ms': rows.find((r) => r.entries === 10_000)?.loadMs,
  'quick-tier gzip per entry <= 550 B': Math.max(...rows.map((r) => r.quickGzipPerEntry)),
  'panel open median <= 150 ms': panelOpenMedianMs,
};
if (json)
  console.log(
    JSON.stringify(
      { rows, panelOpenMedianMs, shippedEntries: real.asset.quick.entries.length, targets },
      null,
      2,
    ),
  );
else {
  console.log(`as-you-type queries per size: ${queries.length} (prefixes of the evaluation set's queries)\n`);
  console.table(rows);
  console.log(
    `panel open to interactive results (shipped ${real.asset.quick.entries.length} entries): median ${panelOpenMedianMs} ms`,
  );
  console.log(targets);
}
