/** Ranking quality metrics for the evaluation sets: MRR@10, recall@5 and top-1, overall and per kind. */
export interface EvalQuery {
  q: string;
  expect: string[];
  note?: string;
  /** The held-out set's query kinds: situation | keywords | informal | law-cost. */
  kind?: string;
}

export interface Metrics {
  queries: number;
  mrr10: number;
  recall5: number;
  /** Share of queries with an expected id at rank 1. */
  top1: number;
}

export interface EvalResult extends Metrics {
  /** The same metrics per `kind` (or `note`) of query. */
  byKind: Record<string, Metrics>;
  misses: { q: string; expect: string[]; got: string[]; rank: number | null }[];
}

export function evaluate(queries: readonly EvalQuery[], search: (q: string) => string[]): EvalResult {
  const sums = new Map<string, { n: number; rr: number; recall: number; top1: number }>();
  const bump = (key: string, rr: number, recall: number, top1: number) => {
    const s = sums.get(key) ?? { n: 0, rr: 0, recall: 0, top1: 0 };
    s.n++;
    s.rr += rr;
    s.recall += recall;
    s.top1 += top1;
    sums.set(key, s);
  };
  const misses: EvalResult['misses'] = [];
  for (const query of queries) {
    const got = search(query.q).slice(0, 10);
    const idx = got.findIndex((id) => query.expect.includes(id));
    const rank = idx >= 0 ? idx + 1 : null;
    const top5 = new Set(got.slice(0, 5));
    const recall = query.expect.filter((id) => top5.has(id)).length / (query.expect.length || 1);
    const rr = rank ? 1 / rank : 0;
    const top1 = rank === 1 ? 1 : 0;
    bump('', rr, recall, top1);
    bump(`kind:${query.kind ?? query.note ?? 'other'}`, rr, recall, top1);
    if (rank !== 1) misses.push({ q: query.q, expect: query.expect, got: got.slice(0, 3), rank });
  }
  const metrics = (key: string): Metrics => {
    const s = sums.get(key) ?? { n: 0, rr: 0, recall: 0, top1: 0 };
    const n = s.n || 1;
    return { queries: s.n, mrr10: s.rr / n, recall5: s.recall / n, top1: s.top1 / n };
  };
  const byKind: Record<string, Metrics> = {};
  for (const key of [...sums.keys()].sort()) if (key) byKind[key.slice(5)] = metrics(key);
  return { ...metrics(''), byKind, misses };
}
