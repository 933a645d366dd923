/** Ranking quality metrics for the evaluation set: MRR@10 and recall@5. */
export interface EvalQuery {
  q: string;
  expect: string[];
  note?: string;
}

export interface EvalResult {
  mrr10: number;
  recall5: number;
  /** Share of queries with an expected id at rank 1. */
  top1: number;
  misses: { q: string; expect: string[]; got: string[]; rank: number | null }[];
}

export function evaluate(queries: readonly EvalQuery[], search: (q: string) => string[]): EvalResult {
  let rr = 0;
  let recall = 0;
  let top1 = 0;
  const misses: EvalResult['misses'] = [];
  for (const query of queries) {
    const got = search(query.q).slice(0, 10);
    const idx = got.findIndex((id) => query.expect.includes(id));
    const rank = idx >= 0 ? idx + 1 : null;
    if (rank) rr += 1 / rank;
    if (rank === 1) top1++;
    const top5 = new Set(got.slice(0, 5));
    recall += query.expect.filter((id) => top5.has(id)).length / query.expect.length;
    if (rank !== 1) misses.push({ q: query.q, expect: query.expect, got: got.slice(0, 3), rank });
  }
  const n = queries.length || 1;
  return { mrr10: rr / n, recall5: recall / n, top1: top1 / n, misses };
}
