/**
 * Held-out ranking quality (issue 12). Five sets, each written by writers who saw only content/ and the
 * sources, never the ranking code or other queries, and never tuned on: test/eval/heldout.yaml (round 2,
 * 251 queries), heldout-2.yaml (round 3, 205), heldout-3.yaml (208, end of round 3), heldout-4.yaml (225,
 * start of round 4, from a content snapshot without voorbeeldvragen) and heldout-5.yaml (225, written
 * midway through round 4 the same way, first measured after its last ranking change). Only aggregates are
 * computed and logged here, never a query.
 *
 * Asserted: what the ranking reaches, per set and over all together: MRR@10 >= 0.93 and recall@5 >= 0.97
 * everywhere, above the VitePress-style MiniSearch everywhere, and above the default MiniSearch where it
 * is. Not asserted, because not reached (see ARCHITECTURE.md, "Hold out what we measure with"): at most
 * half the default MiniSearch's error (1 - MRR) on any set or all together; above the default's recall@5
 * on sets 2 and 4; above the default's MRR@10 and top-1 on set 3 (above until round 4: the voorbeeldvragen
 * lifted the default, which indexes them too, more than ours) and top-1 on set 5 (equal).
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

/** Per set: the metrics on which ours is above the default MiniSearch (the VitePress-style one: all three). */
const ABOVE_DEFAULT: Record<HeldOutSetName, Metric[]> = {
  heldout: ['mrr10', 'recall5', 'top1'],
  'heldout-2': ['mrr10', 'top1'],
  'heldout-3': ['recall5'],
  'heldout-4': ['mrr10', 'top1'],
  'heldout-5': ['mrr10', 'recall5'],
};

const sets = HELD_OUT_SETS.map((name) => [name, loadEvalSet(name) ?? []] as const);

it('has five held-out sets, the last four of at least 150 queries each with all four kinds', () => {
  expect(sets.map(([name]) => name)).toEqual(['heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5']);
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
    it('ranks better than the VitePress-style MiniSearch by MRR@10 and recall@5, and no worse by top-1', () => {
      // Top-1 is level on set 2 (0.912 each), above on the others.
      expect(r.ours.mrr10).toBeGreaterThan(r.vitePress.mrr10);
      expect(r.ours.recall5).toBeGreaterThan(r.vitePress.recall5);
      expect(r.ours.top1).toBeGreaterThanOrEqual(r.vitePress.top1);
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
  it('reaches MRR@10 0.95 and recall@5 0.985', () => {
    expect(r.ours.mrr10).toBeGreaterThanOrEqual(0.95);
    expect(r.ours.recall5).toBeGreaterThanOrEqual(0.985);
  });
  it('ranks better than both baselines by MRR@10, recall@5 and top-1', () => {
    for (const baseline of [r.base, r.vitePress])
      for (const m of ALL_METRICS) expect(r.ours[m], m).toBeGreaterThan(baseline[m]);
  });
});
