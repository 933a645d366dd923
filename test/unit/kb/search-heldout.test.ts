/**
 * Held-out ranking quality (issue 12): test/eval/heldout.yaml was written apart from the ranking code
 * and is never tuned on. Only aggregates are computed and logged here, never a query.
 *
 * Asserted: the issue's thresholds this ranking reaches (MRR@10 >= 0.93, recall@5 >= 0.97, above the
 * VitePress-style baseline). Not asserted, because not reached: "at most half the error (1 - MRR) of
 * the default MiniSearch" (measured 0.049 against the 0.046 it asks).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../kb/search/evaluate';
import { defaultMiniSearch, loadEvalSet, ourSearch, vitePressMiniSearch } from '../../../scripts/eval-set';

describe('ranking quality on the held-out set (test/eval/heldout.yaml)', () => {
  const queries = loadEvalSet('heldout') ?? [];
  const ours = evaluate(queries, ourSearch());
  const base = evaluate(queries, defaultMiniSearch());
  const vitePress = evaluate(queries, vitePressMiniSearch());
  const f = (x: number) => x.toFixed(3);
  console.log(
    `held-out ${queries.length} queries, MRR@10 / recall@5 / top-1: ours ${f(ours.mrr10)} / ${f(ours.recall5)} / ${f(ours.top1)}; ` +
      `default ${f(base.mrr10)} / ${f(base.recall5)} / ${f(base.top1)}; VitePress ${f(vitePress.mrr10)} / ${f(vitePress.recall5)} / ${f(vitePress.top1)}; ` +
      `per kind (ours MRR@10 / recall@5): ${Object.entries(ours.byKind)
        .map(([k, m]) => `${k} n=${m.queries} ${f(m.mrr10)} / ${f(m.recall5)}`)
        .join('; ')}`,
  );

  it('has at least 150 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
  });
  it('reaches MRR@10 0.93 and recall@5 0.97', () => {
    expect(ours.mrr10).toBeGreaterThanOrEqual(0.93);
    expect(ours.recall5).toBeGreaterThanOrEqual(0.97);
  });
  it('ranks better than the VitePress-style and the default MiniSearch', () => {
    expect(ours.mrr10).toBeGreaterThan(vitePress.mrr10);
    expect(ours.mrr10).toBeGreaterThan(base.mrr10);
    expect(ours.recall5).toBeGreaterThan(base.recall5);
  });
});
