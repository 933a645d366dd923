import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../kb/search/evaluate';
import { IndexVersionError, KnowledgeIndex } from '../../../kb/search/search';
import {
  assetWithout,
  defaultMiniSearch,
  foldsMrr,
  loadTuningSet,
  ourSearch,
  vitePressMiniSearch,
  voorbeeldvragenFolds,
} from '../../../scripts/eval-set';
import { runCli } from '../../../scripts/kb-cli';

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let panelIndex: KnowledgeIndex;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mw-index-'));
  const r = await cli(['build', '--out', dir]);
  expect(r.code).toBe(0);
  // Exactly what the side panel does: parse the shipped JSON files and load them.
  panelIndex = KnowledgeIndex.load(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
  panelIndex.attachFull(JSON.parse(readFileSync(join(dir, 'full.json'), 'utf8')));
});

describe('search over the shipped knowledge base', () => {
  it('refuses a full tier with broken postings, question statistics or zoekvragen with its own error and keeps searching the quick tier', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mw-broken-'));
    return cli(['build', '--out', dir]).then(() => {
      const index = KnowledgeIndex.load(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
      const full = JSON.parse(readFileSync(join(dir, 'full.json'), 'utf8'));
      full.index.postings[0][1] = 1e9;
      expect(() => index.attachFull(full)).toThrow(IndexVersionError);
      expect(() => index.attachFull(full)).toThrow('De zoekindex is beschadigd of onvolledig.');
      const fresh = () => JSON.parse(readFileSync(join(dir, 'full.json'), 'utf8'));
      for (const breakIt of [
        (f: { questions: Record<string, unknown> }) => delete f.questions.df,
        (f: { questions: { df: number[] } }) => (f.questions.df[0] = -1),
        (f: { questions: { df: number[]; count: number } }) => (f.questions.df[0] = f.questions.count + 1),
        (f: { questions: { terms: unknown[] } }) => f.questions.terms.pop(),
        (f: { questions: Record<string, unknown> }) => (f.questions.count = 'veel'),
        (f: { zoekvragen: unknown }) => (f.zoekvragen = ['een lijst, geen tabel']),
        (f: { zoekvragen: Record<string, unknown> }) => (f.zoekvragen.afstemmingsbepaling = 'geen lijst'),
        (f: { zoekvragen: Record<string, unknown[]> }) => f.zoekvragen.afstemmingsbepaling?.push(42),
      ]) {
        const broken = fresh();
        breakIt(broken);
        expect(() => index.attachFull(broken)).toThrow(IndexVersionError);
      }
      expect(index.search('bakfiets')[0]?.id).toBeDefined();
      index.attachFull(fresh());
      expect(index.search('vader kan met kapotte auto niet naar zijn werk')[0]?.id).toBeDefined();
      // Voorbeeldvragen that are not a list of strings count as none; a long query still searches.
      const odd = fresh();
      odd.entries[0].meta.voorbeeldvragen = 'geen lijst';
      odd.entries[1].meta.voorbeeldvragen = [42, null, 'mag de gemeente afwijken van haar eigen regels'];
      index.attachFull(odd);
      expect(index.search('afstemmingsbepaling gegevens delen tussen hulpverleners')[0]?.id).toBe(
        odd.entries[0].id,
      );
      expect(index.search('mag de gemeente afwijken van haar eigen regels')[0]?.id).toBe(odd.entries[1].id);
    });
  });

  it("ranks the thuisonderwijs case first for 'zorgbegeleider thuis'", () => {
    expect(panelIndex.search('zorgbegeleider thuis')[0]?.id).toBe('lelystad-thuisonderwijs-zorgbegeleider');
  });

  it('finds the fietskar case for bakfiets, fietsen and a typo', () => {
    for (const q of ['bakfiets', 'bakfietsen', 'bakfeits']) {
      expect(
        panelIndex
          .search(q)
          .slice(0, 3)
          .map((h) => h.id),
        q,
      ).toContain('lelystad-fietskar-in-plaats-van-bakfiets');
    }
  });

  it('puts a reference cost first when the question is about an amount', () => {
    expect(panelIndex.search('kosten uithuisplaatsing')[0]?.type).toBe('referentiekosten');
    expect(panelIndex.search('uithuisplaatsing')[0]?.type).not.toBe('referentiekosten');
  });

  it('answers a query without matches with close words and the facets to browse', () => {
    const r = panelIndex.query('xyzzyq');
    expect(r.total).toBe(0);
    expect(panelIndex.suggest('kostendelrsnorm')).toContain('kostendelersnorm');
    const browse = panelIndex.query('');
    expect(browse.mode).toBe('browse');
    expect(browse.facets.type.map((f) => f.value).sort()).toEqual([
      'instrument',
      'leerroute',
      'referentiekosten',
      'voorbeeld',
      'werkwijze',
      'wet',
    ]);
  });

  it('filters by facets and counts them', () => {
    const r = panelIndex.query('', { filters: { wet: ['wlz'], type: ['voorbeeld'] }, limit: 100 });
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) expect(h.type).toBe('voorbeeld');
  });

  it('shows related entries: explicit links first', () => {
    const rel = panelIndex.related('lelystad-thuisonderwijs-zorgbegeleider').map((e) => e.id);
    expect(rel.slice(0, 2)).toEqual(['thuisonderwijs-en-leerplicht', 'jeugdwet-jeugdhulp-met-verblijf']);
  });

  it('prints the CLI JSON contract with the same ranking as the side panel', async () => {
    for (const q of ['bakfiets', 'pgb jeugdwet', 'kostendelersnorm', 'woningaanp', 'schuldhulp']) {
      const r = await cli(['search', q, '--json', '--limit', '7']);
      expect(r.code).toBe(0);
      const hits = JSON.parse(r.out) as { id: string; type: string; title: string; score: number }[];
      for (const h of hits) expect(Object.keys(h).sort()).toEqual(['id', 'score', 'title', 'type']);
      expect(hits).toEqual(panelIndex.search(q, { limit: 7, typing: true }));
    }
  });
});

/** The first queries of tuning.yaml are the evaluation set from before issue 12. */
const ORIGINAL_TUNING_QUERIES = 143;
/**
 * The first 228 are the set as it stood after round 2 of issue 12; round 3 added 131, then 120 situations,
 * then 150 short queries.
 */
const ROUND_2_TUNING_QUERIES = 228;
const ROUND_3_TUNING_QUERIES = 359;
const ROUND_3B_TUNING_QUERIES = 479;

describe('ranking quality on the tuning set (test/eval/tuning.yaml)', () => {
  const queries = loadTuningSet();
  // content/zoekvragen.yaml holds these queries too: they are asked of an index without them.
  const oursOut = ourSearch(assetWithout(queries));
  const ours = evaluate(queries, oursOut);
  const base = evaluate(queries, defaultMiniSearch());
  const vitePress = evaluate(queries, vitePressMiniSearch());

  it('has at least 190 queries, each expecting ids that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(190);
    for (const q of queries)
      for (const id of q.expect) expect(panelIndex.get(id), `${q.q}: ${id}`).toBeDefined();
  });
  it('keeps MRR@10 at 0.985 or above and recall@5 at 1 on the original 143 queries', () => {
    // The set as it stood before issue 12 (0.966 then); the queries added since are harder (long
    // situations, law and cost questions). Each part is held to the figure it reached in round 4, with the
    // voorbeeldvragen and coverage power 2 (rounded down).
    const original = evaluate(queries.slice(0, ORIGINAL_TUNING_QUERIES), oursOut);
    expect(original.mrr10).toBeGreaterThanOrEqual(0.985);
    expect(original.recall5).toBe(1);
  });
  it('keeps MRR@10 at 0.975 or above and recall@5 at 0.99 or above on the 228 queries of round 2', () => {
    const round2 = evaluate(queries.slice(0, ROUND_2_TUNING_QUERIES), oursOut);
    expect(round2.mrr10).toBeGreaterThanOrEqual(0.975);
    expect(round2.recall5).toBeGreaterThanOrEqual(0.99);
  });
  it('keeps MRR@10 at 0.955 or above and recall@5 at 0.99 or above on the queries added in round 3', () => {
    // 131 queries by a writer who saw only content/, mostly situations in the professional's own words.
    const round3 = evaluate(queries.slice(ROUND_2_TUNING_QUERIES, ROUND_3_TUNING_QUERIES), oursOut);
    expect(round3.queries).toBe(131);
    expect(round3.mrr10).toBeGreaterThanOrEqual(0.955);
    expect(round3.recall5).toBeGreaterThanOrEqual(0.99);
  });
  it('keeps MRR@10 at 0.945 or above and recall@5 at 0.98 or above on the 120 situations of round 3b', () => {
    // A second writer, several personas, the entries' own title words avoided: the hardest part.
    const situations = evaluate(queries.slice(ROUND_3_TUNING_QUERIES, ROUND_3B_TUNING_QUERIES), oursOut);
    expect(situations.queries).toBe(120);
    expect(situations.mrr10).toBeGreaterThanOrEqual(0.945);
    expect(situations.recall5).toBeGreaterThanOrEqual(0.98);
  });
  it('keeps MRR@10 at 0.985 or above and recall@5 at 1 on the 150 short queries of round 3c', () => {
    // Keywords and informal spelling by a third writer.
    const short = evaluate(queries.slice(ROUND_3B_TUNING_QUERIES), oursOut);
    expect(short.queries).toBe(150);
    expect(short.mrr10).toBeGreaterThanOrEqual(0.985);
    expect(short.recall5).toBe(1);
  });
  it('beats a default MiniSearch on voorbeeldvragen asked of an index without them (two folds)', () => {
    // About 600 queries a fold, by the five writers of the voorbeeldvragen (neither the tuning nor the
    // held-out writers); 0.826 against 0.767 when coverage power 2 was chosen, 0.835 with exact forms.
    const folds = voorbeeldvragenFolds();
    expect(folds.map((f) => f.queries.length)).toEqual([600, 600]);
    const ours = foldsMrr(folds, ourSearch);
    expect(ours).toBeGreaterThanOrEqual(0.83);
    expect(ours - foldsMrr(folds, defaultMiniSearch)).toBeGreaterThanOrEqual(0.05);
  });
  it('beats a default MiniSearch and a VitePress-style MiniSearch over the same content', () => {
    expect(ours.mrr10).toBeGreaterThan(base.mrr10);
    expect(ours.recall5).toBeGreaterThan(base.recall5);
    expect(ours.mrr10).toBeGreaterThan(vitePress.mrr10);
    expect(ours.top1).toBeGreaterThan(vitePress.top1);
  });
});
