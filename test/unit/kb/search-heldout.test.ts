/**
 * Held-out ranking quality (issue 12). Three sets, each written by writers who saw only content/ and the
 * sources, never the ranking code or other queries, and never tuned on: test/eval/heldout.yaml (round 2,
 * 251 queries), test/eval/heldout-2.yaml (round 3, 205) and test/eval/heldout-3.yaml (208, written at the
 * end of round 3 and first measured after its last ranking change). Only aggregates are computed and
 * logged here, never a query.
 *
 * Asserted: the thresholds of the issue this ranking reaches, per set and over all together. Not
 * asserted, because not reached (see ARCHITECTURE.md, "Hold out what we measure with"): at most half the
 * default MiniSearch's error (1 - MRR) on any set or all; MRR@10 >= 0.93 on heldout-2 and on heldout-3;
 * recall@5 >= 0.97 on heldout-2 (0.973 before the last two changes, 0.968 after them: they were chosen on
 * the tuning set, and a held-out figure is never a reason to undo or redo one), and above the default's.
 */
import { describe, expect, it } from 'vitest';
import { type EvalQuery, evaluate } from '../../../kb/search/evaluate';
import { defaultMiniSearch, loadEvalSet, ourSearch, vitePressMiniSearch } from '../../../scripts/eval-set';

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

/** A held-out set of at least 150 queries, with all four kinds the issue asks for. */
function expectFourKinds(queries: EvalQuery[]) {
  expect(queries.length).toBeGreaterThanOrEqual(150);
  expect(new Set(queries.map((q) => q.kind))).toEqual(
    new Set(['situation', 'keywords', 'informal', 'law-cost']),
  );
}

/** Ours above both baselines by MRR@10, recall@5 and top-1. */
function expectAboveBothBaselines(r: ReturnType<typeof measure>) {
  for (const baseline of [r.base, r.vitePress]) {
    expect(r.ours.mrr10).toBeGreaterThan(baseline.mrr10);
    expect(r.ours.recall5).toBeGreaterThan(baseline.recall5);
    expect(r.ours.top1).toBeGreaterThan(baseline.top1);
  }
}

const first = loadEvalSet('heldout') ?? [];
const second = loadEvalSet('heldout-2') ?? [];
const third = loadEvalSet('heldout-3') ?? [];

describe('ranking quality on the first held-out set (test/eval/heldout.yaml)', () => {
  const r = measure('heldout', first);
  it('has at least 150 queries', () => {
    expect(first.length).toBeGreaterThanOrEqual(150);
  });
  it('reaches MRR@10 0.93 and recall@5 0.97', () => {
    expect(r.ours.mrr10).toBeGreaterThanOrEqual(0.93);
    expect(r.ours.recall5).toBeGreaterThanOrEqual(0.97);
  });
  it('ranks better than the VitePress-style and the default MiniSearch', () => {
    expect(r.ours.mrr10).toBeGreaterThan(r.vitePress.mrr10);
    expect(r.ours.mrr10).toBeGreaterThan(r.base.mrr10);
    expect(r.ours.recall5).toBeGreaterThan(r.base.recall5);
  });
});

describe('ranking quality on the second held-out set (test/eval/heldout-2.yaml)', () => {
  const r = measure('heldout-2', second);
  it('has at least 150 queries of the four kinds', () => {
    expectFourKinds(second);
  });
  it('ranks better than the VitePress-style and the default MiniSearch by MRR@10', () => {
    expect(r.ours.mrr10).toBeGreaterThan(r.vitePress.mrr10);
    expect(r.ours.mrr10).toBeGreaterThan(r.base.mrr10);
  });
});

describe('ranking quality on the third held-out set (test/eval/heldout-3.yaml)', () => {
  const r = measure('heldout-3', third);
  it('has at least 150 queries of the four kinds', () => {
    expectFourKinds(third);
  });
  it('reaches recall@5 0.97', () => {
    expect(r.ours.recall5).toBeGreaterThanOrEqual(0.97);
  });
  it('ranks better than both baselines by MRR@10, recall@5 and top-1', () => {
    expectAboveBothBaselines(r);
  });
});

describe('ranking quality on all held-out sets together', () => {
  const r = measure('held-out (all)', [...first, ...second, ...third]);
  it('reaches MRR@10 0.93 and recall@5 0.97', () => {
    expect(r.ours.mrr10).toBeGreaterThanOrEqual(0.93);
    expect(r.ours.recall5).toBeGreaterThanOrEqual(0.97);
  });
  it('ranks better than both baselines by MRR@10, recall@5 and top-1', () => {
    expectAboveBothBaselines(r);
  });
});
