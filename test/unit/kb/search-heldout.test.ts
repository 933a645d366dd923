/**
 * Held-out ranking quality (issue 12). Six sets, each written by writers who saw only content/ and the
 * sources, never the ranking code or other queries, and never tuned on: test/eval/heldout.yaml (round 2,
 * 251 queries), heldout-2.yaml (round 3, 205), heldout-3.yaml (208, end of round 3), and from round 4,
 * written from a content snapshot without voorbeeldvragen: heldout-4.yaml (225, first read after the
 * voorbeeldvragen), heldout-5.yaml (225, first read after coverage power 2) and heldout-6.yaml (225,
 * measured once, after the exact forms). Only aggregates are computed and logged here, never a query.
 *
 * Asserted: what the ranking reaches, per set and over all together: MRR@10 >= 0.93 and recall@5 >= 0.97
 * everywhere, and per set the metrics on which it is above each baseline (the tables below; the rest are
 * ties or below, see ARCHITECTURE.md, "Hold out what we measure with"). Not reached: at most half the
 * default MiniSearch's error (1 - MRR) on any set or all together.
 */
import { describe, expect, it } from 'vitest';
import { type EvalQuery, evaluate, type Metrics } from '../../../kb/search/evaluate';
import {
  defaultMiniSearch,
  HELD_OUT_SETS,
  type HeldOutSetName,
  loadEvalSet,
  ourSearch,
  vitePressMiniSearch,
} from '../../../scripts/eval-set';

const f = (x: number) => x.toFixed(3);
const engines = { ours: ourSearch(), base: defaultMiniSearch(), vitePress: vitePressMiniSearch() };

function measure(name: string, queries: EvalQuery[]) {
  const r = {
    ours: evaluate(queries, engines.ours),
    base: evaluate(queries, engines.base),
    vitePress: evaluate(queries, engines.vitePress),
  };
  console.log(
    `${name}: ${queries.length} queries, MRR@10 / recall@5 / top-1: ` +
      Object.entries(r)
        .map(([engine, m]) => `${engine} ${f(m.mrr10)} / ${f(m.recall5)} / ${f(m.top1)}`)
        .join('; '),
  );
  return r;
}

type Metric = keyof Pick<Metrics, 'mrr10' | 'recall5' | 'top1'>;
const ALL_METRICS: Metric[] = ['mrr10', 'recall5', 'top1'];

/** Per set: the metrics on which ours is above the default MiniSearch (ties and the rest below it). */
const ABOVE_DEFAULT: Record<HeldOutSetName, Metric[]> = {
  heldout: ['mrr10', 'recall5', 'top1'],
  'heldout-2': ['mrr10', 'top1'],
  'heldout-3': ['mrr10', 'top1'],
  'heldout-4': ['mrr10', 'top1'],
  'heldout-5': ['mrr10', 'recall5', 'top1'],
  'heldout-6': ['mrr10', 'top1'],
};
/** Per set: the metrics on which ours is above the VitePress-style MiniSearch (set 2: recall@5 level). */
const ABOVE_VITEPRESS: Record<HeldOutSetName, Metric[]> = {
  heldout: ALL_METRICS,
  'heldout-2': ['mrr10', 'top1'],
  'heldout-3': ALL_METRICS,
  'heldout-4': ALL_METRICS,
  'heldout-5': ALL_METRICS,
  'heldout-6': ALL_METRICS,
};

const sets = HELD_OUT_SETS.map((name) => [name, loadEvalSet(name) ?? []] as const);

it('has six held-out sets, the last five of at least 150 queries each with all four kinds', () => {
  expect(sets.map(([name]) => name)).toEqual([
    'heldout',
    'heldout-2',
    'heldout-3',
    'heldout-4',
    'heldout-5',
    'heldout-6',
  ]);
  expect(sets[0]?.[1].length).toBeGreaterThanOrEqual(150);
  for (const [, queries] of sets.slice(1)) {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['situation', 'keywords', 'informal', 'law-cost']),
    );
  }
});

for (const [name, queries] of sets) {
  describe(`ranking quality on the held-out set ${name}`, () => {
    const r = measure(name, queries);
    it('reaches MRR@10 0.93 and recall@5 0.97', () => {
      expect(r.ours.mrr10).toBeGreaterThanOrEqual(0.93);
      expect(r.ours.recall5).toBeGreaterThanOrEqual(0.97);
    });
    it(`ranks better than the VitePress-style MiniSearch by ${ABOVE_VITEPRESS[name].join(', ')}`, () => {
      for (const m of ABOVE_VITEPRESS[name]) expect(r.ours[m], m).toBeGreaterThan(r.vitePress[m]);
      for (const m of ALL_METRICS) expect(r.ours[m], m).toBeGreaterThanOrEqual(r.vitePress[m]);
    });
    it(`ranks better than the default MiniSearch by ${ABOVE_DEFAULT[name].join(', ')}`, () => {
      for (const m of ABOVE_DEFAULT[name]) expect(r.ours[m], m).toBeGreaterThan(r.base[m]);
    });
  });
}

describe('ranking quality on all held-out sets together', () => {
  const r = measure(
    'held-out (all)',
    sets.flatMap(([, queries]) => queries),
  );
  it('reaches MRR@10 0.96 and recall@5 0.985', () => {
    expect(r.ours.mrr10).toBeGreaterThanOrEqual(0.96);
    expect(r.ours.recall5).toBeGreaterThanOrEqual(0.985);
  });
  it('ranks better than both baselines by MRR@10, recall@5 and top-1', () => {
    for (const baseline of [r.base, r.vitePress])
      for (const m of ALL_METRICS) expect(r.ours[m], m).toBeGreaterThan(baseline[m]);
  });
});
