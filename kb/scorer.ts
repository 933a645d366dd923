/**
 * Fast BM25 scoring straight from a loaded MiniSearch index, into dense score arrays.
 *
 * MiniSearch builds a result object per matching document for every term it scores; on a keystroke
 * at 50,000 entries that allocation, not the arithmetic, is the cost. This scorer reads the same index
 * (term map, field lengths) and applies MiniSearch's own BM25+ formula and parameters, adding into a
 * Float64Array by document short id, so a lookup allocates nothing per document.
 * It relies on MiniSearch internals that are stable across v7 (minisearch is pinned to ^7); a test
 * checks its scores against MiniSearch's own.
 */
import type MiniSearch from 'minisearch';

/** MiniSearch's default BM25+ parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

type FieldTermData = Map<number, Map<number, number>>;

export interface TermMap {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(term: string, maxEdits: number): Map<string, [FieldTermData, number]>;
}

interface Internals {
  _index: TermMap;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
}

/** Scores per document short id, with the list of ids touched (for cheap iteration). */
export class Accumulator {
  readonly scores: Float64Array;
  readonly touched: number[] = [];
  constructor(size: number) {
    this.scores = new Float64Array(size);
  }
  add(doc: number, score: number): void {
    if (this.scores[doc] === 0) this.touched.push(doc);
    this.scores[doc] = (this.scores[doc] as number) + score;
  }
  get size(): number {
    return this.touched.length;
  }
  /** Back to all zeros, touching only what was set (cheap for sparse use). */
  reset(): void {
    for (const doc of this.touched) this.scores[doc] = 0;
    this.touched.length = 0;
  }
}

/** Reuses accumulators across queries: a keystroke then allocates no large arrays, so no GC pauses. */
export class AccumulatorPool {
  private readonly free: Accumulator[] = [];
  private readonly used: Accumulator[] = [];
  constructor(private readonly docs: number) {}
  take(): Accumulator {
    const a = this.free.pop() ?? new Accumulator(this.docs);
    this.used.push(a);
    return a;
  }
  /** Returns every accumulator taken since the last release. */
  releaseAll(): void {
    for (const a of this.used) {
      a.reset();
      this.free.push(a);
    }
    this.used.length = 0;
  }
}

export function docFrequency(data: FieldTermData): number {
  let df = 0;
  for (const docs of data.values()) df = Math.max(df, docs.size);
  return df;
}

export class TierScorer {
  readonly terms: TermMap;
  readonly documentIds: Map<number, string>;
  readonly size: number;
  private readonly boosts: Float64Array;
  private readonly avg: number[];
  private readonly count: number;
  /** fieldLength[fieldId][doc] */
  private readonly fieldLength: Float64Array[];

  private constructor(i: Internals, boost: Record<string, number>) {
    this.terms = i._index;
    this.documentIds = i._documentIds;
    this.size = i._nextId;
    this.avg = i._avgFieldLength;
    this.count = i._documentCount;
    const fieldCount = Object.keys(i._fieldIds).length;
    this.boosts = new Float64Array(fieldCount);
    for (const [name, id] of Object.entries(i._fieldIds)) this.boosts[id] = boost[name] ?? 1;
    this.fieldLength = Array.from({ length: fieldCount }, () => new Float64Array(this.size));
    for (const [doc, lengths] of i._fieldLength) {
      lengths.forEach((len, f) => {
        (this.fieldLength[f] as Float64Array)[doc] = len;
      });
    }
  }

  /** A scorer over a loaded MiniSearch, or null when its internals are not as expected. */
  static from(mini: MiniSearch<unknown>, boost: Record<string, number>): TierScorer | null {
    const i = mini as unknown as Partial<Internals>;
    const ok =
      typeof i._index?.get === 'function' &&
      typeof i._index?.atPrefix === 'function' &&
      typeof i._index?.fuzzyGet === 'function' &&
      i._documentIds instanceof Map &&
      i._fieldLength instanceof Map &&
      Array.isArray(i._avgFieldLength) &&
      typeof i._fieldIds === 'object' &&
      typeof i._documentCount === 'number' &&
      typeof i._nextId === 'number';
    return ok ? new TierScorer(i as Internals, boost) : null;
  }

  /** Adds weight × BM25 of `term` for every document holding it. */
  add(term: string, weight: number, acc: Accumulator): void {
    const data = this.terms.get(term);
    if (!data) return;
    for (const [fieldId, freqs] of data) {
      const boost = this.boosts[fieldId] ?? 0;
      if (!boost) continue;
      const df = freqs.size;
      const idf = Math.log(1 + (this.count - df + 0.5) / (df + 0.5));
      const avg = this.avg[fieldId] || 1;
      const lengths = this.fieldLength[fieldId] as Float64Array;
      const w = weight * boost * idf;
      for (const [doc, tf] of freqs) {
        if (!this.documentIds.has(doc)) continue;
        const len = lengths[doc] as number;
        acc.add(doc, w * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avg))));
      }
    }
  }
}
