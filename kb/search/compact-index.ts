/**
 * The shipped search index: MiniSearch builds it (tokenizing with our analyzer, counting terms and field
 * lengths), then it is stored as plain sorted arrays that load with one JSON.parse and no rebuilding.
 * At run time this class answers the three questions search needs (a term's postings, the terms that
 * start with a prefix, the terms within a few edits) and scores with MiniSearch's own BM25+ formula and
 * parameters, into dense arrays by document number.
 *
 * Postings of a term: for each field in which it occurs, `[fieldId, count, doc, tf, doc, tf, …]`.
 * Document numbers are positions in the id-sorted entry list, the same in every tier.
 */
import type { AsPlainObject } from 'minisearch';
import { editDistance } from './edit-distance.ts';

/** MiniSearch's default BM25+ parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** BM25+'s term-frequency part for a term `tf` times in a field of `length` words (`avg` on average). */
export function bm25Tf(tf: number, length: number, avg: number): number {
  return D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg));
}

export interface CompactIndex {
  fields: string[];
  documentCount: number;
  avgFieldLength: number[];
  /** Field lengths, flat: `fieldLength[doc * fields.length + fieldId]`. */
  fieldLength: number[];
  /** Sorted (by UTF-16 code unit, as `<` compares). */
  terms: string[];
  postings: number[][];
}

/** Converts MiniSearch's serialized index, checking its document numbers are the entries' positions. */
export function compactFromMiniSearch(json: AsPlainObject, ids: readonly string[]): CompactIndex {
  const fieldIds = json.fieldIds as Record<string, number>;
  const fields = Object.entries(fieldIds)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
  ids.forEach((id, doc) => {
    if ((json.documentIds as Record<string, unknown>)[String(doc)] !== id)
      throw new Error(`document ${doc} is not ${id}`);
  });
  const F = fields.length;
  const fieldLength = new Array<number>(ids.length * F).fill(0);
  for (const [doc, lengths] of Object.entries(json.fieldLength as Record<string, number[]>)) {
    lengths.forEach((len, f) => {
      fieldLength[Number(doc) * F + f] = len ?? 0;
    });
  }
  const entries = (json.index as [string, Record<string, Record<string, number>>][])
    .slice()
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    fields,
    documentCount: json.documentCount,
    avgFieldLength: json.averageFieldLength as number[],
    fieldLength,
    terms: entries.map(([term]) => term),
    postings: entries.map(([, byField]) => {
      const out: number[] = [];
      for (const [fieldId, docs] of Object.entries(byField).sort((a, b) => Number(a[0]) - Number(b[0]))) {
        const pairs = Object.entries(docs).sort((a, b) => Number(a[0]) - Number(b[0]));
        out.push(Number(fieldId), pairs.length);
        for (const [doc, tf] of pairs) out.push(Number(doc), tf);
      }
      return out;
    }),
  };
}

/** Scores per document number, with the list of documents touched (for cheap iteration). */
export class Accumulator {
  readonly scores: Float64Array;
  /** The touched documents in `docs[0 … size)`: a typed array kept across queries, so no regrowing. */
  private readonly docs: Int32Array;
  /** 1 for a touched document (a score of 0 does not tell: a weight may be 0), so each is listed once. */
  private readonly seen: Uint8Array;
  private count = 0;
  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.docs = new Int32Array(size);
    this.seen = new Uint8Array(size);
  }
  add(doc: number, score: number): void {
    if (this.seen[doc] === 0) {
      this.seen[doc] = 1;
      this.docs[this.count++] = doc;
    }
    this.scores[doc] = (this.scores[doc] as number) + score;
  }
  /** The documents touched, in the order first touched (a view: valid until the next reset). */
  get touched(): Int32Array {
    return this.docs.subarray(0, this.count);
  }
  get size(): number {
    return this.count;
  }
  /** Back to all zeros, touching only what was set. */
  reset(): void {
    zeroAt(this.touched, this.scores, this.seen);
    this.count = 0;
  }
}

/**
 * Sets every array to 0 at the given documents: element by element for a few, a whole-array fill once
 * they are more than a sixteenth of the array (a memset beats a scattered walk).
 */
export function zeroAt(
  docs: ArrayLike<number>,
  ...arrays: (Float64Array | Uint32Array | Uint8Array)[]
): void {
  for (const a of arrays) {
    if (docs.length > a.length >> 4) a.fill(0);
    else for (let i = 0; i < docs.length; i++) a[docs[i] as number] = 0;
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

export class CompactTier {
  private readonly positions = new Map<string, number>();
  private readonly boosts: Float64Array;
  /** The sorted terms (for prefixes and typos). */
  private readonly terms: readonly string[];
  private readonly documentCount: number;
  private readonly fields: readonly string[];
  /**
   * Per term position, `[fieldId, count, doc, doc, …]` per field, and beside it each posting's impact:
   * BM25+'s term-frequency part `D + tf(K+1) / (tf + K(1 - B + B·len/avg))`, computed once at load (the
   * same float64 a keystroke computed before). A keystroke then multiplies instead of dividing and reading
   * the field length of every posting. The tier does not keep the JSON arrays (the caller may: the panel's
   * index keeps the quick tier's asset).
   */
  private readonly docs: Int32Array;
  private readonly impacts: Float64Array;
  /** Where each term position's run starts in `docs` and in `impacts` (one past the last term: the end). */
  private readonly docStart: Uint32Array;
  private readonly impactStart: Uint32Array;
  /** Per term position: in how many documents it occurs (the most of any field), once looked up. */
  private readonly dfs: Uint32Array;
  private byStart: Map<string, number[]> | null = null;

  constructor(index: CompactIndex, boost: Record<string, number>) {
    index.terms.forEach((t, i) => {
      this.positions.set(t, i);
    });
    this.terms = index.terms;
    this.documentCount = index.documentCount;
    this.fields = [...index.fields];
    this.boosts = Float64Array.from(index.fields, (f) => boost[f] ?? 1);
    // BM25+'s length normalisation per document and field, used once per posting here.
    const F = index.fields.length;
    const norm = Float64Array.from(index.fieldLength, (len, i) => {
      const avg = index.avgFieldLength[i % F] || 1;
      return K * (1 - B + (B * len) / avg);
    });
    // All terms in two arrays (contiguous memory for the keystroke's walk); a first pass sizes them and
    // refuses postings whose counts overrun their array, which would otherwise ask for any amount of memory.
    // Terms, field lengths and averages are checked too: a bad one would make scores NaN or throw later.
    const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
    if (
      !index.terms.every((t) => typeof t === 'string') ||
      !index.fieldLength.every(finite) ||
      !Array.isArray(index.avgFieldLength) ||
      index.avgFieldLength.length !== F ||
      !index.avgFieldLength.every(finite)
    )
      throw new Error('search index: terms or field lengths are malformed');
    const T = index.postings.length;
    this.docStart = new Uint32Array(T + 1);
    this.impactStart = new Uint32Array(T + 1);
    let headers = 0;
    let pairs = 0;
    for (let t = 0; t < T; t++) {
      const p = index.postings[t] as number[];
      if (!Array.isArray(p))
        throw new Error(`search index: the postings of "${index.terms[t]}" are malformed`);
      this.docStart[t] = headers + pairs;
      this.impactStart[t] = pairs;
      for (let i = 0; i < p.length; i += 2 + 2 * (p[i + 1] as number)) {
        const count = p[i + 1];
        const field = p[i];
        if (
          !Number.isInteger(count) ||
          (count as number) < 0 ||
          i + 2 + 2 * (count as number) > p.length ||
          !Number.isInteger(field) ||
          (field as number) < 0 ||
          (field as number) >= F
        )
          throw new Error(`search index: the postings of "${index.terms[t]}" are malformed`);
        headers += 2;
        pairs += count as number;
      }
    }
    this.docStart[T] = headers + pairs;
    this.impactStart[T] = pairs;
    const docs = new Int32Array(headers + pairs);
    const impacts = new Float64Array(pairs);
    let d = 0;
    let k = 0;
    for (let t = 0; t < T; t++) {
      const p = index.postings[t] as number[];
      for (let i = 0; i < p.length; ) {
        const field = p[i] as number;
        const count = p[i + 1] as number;
        docs[d++] = field;
        docs[d++] = count;
        const end = i + 2 + 2 * count;
        for (let j = i + 2; j < end; j += 2) {
          const doc = p[j] as number;
          const tf = p[j + 1] as number;
          if (
            !(Number.isInteger(doc) && doc >= 0 && doc < index.documentCount && Number.isFinite(tf) && tf > 0)
          )
            throw new Error(`search index: a posting of "${index.terms[t]}" is malformed`);
          docs[d++] = doc;
          impacts[k++] = D + (tf * (K + 1)) / (tf + (norm[doc * F + field] as number));
        }
        i = end;
      }
    }
    this.docs = docs;
    this.impacts = impacts;
    // Filled on first use (0: not yet known; a term in the index occurs in at least one document).
    this.dfs = new Uint32Array(index.terms.length);
  }

  has(term: string): boolean {
    return this.positions.has(term);
  }

  /** The position of a field in this tier's postings, or -1 when the tier has no such field. */
  fieldIndex(name: string): number {
    return this.fields.indexOf(name);
  }

  /** In how many documents a term occurs (the most of any field). */
  documentFrequency(position: number): number {
    const known = this.dfs[position] as number;
    if (known > 0) return known;
    const p = this.docs;
    const last = this.docStart[position + 1] as number;
    let df = 0;
    for (let i = this.docStart[position] as number; i < last; i += 2 + (p[i + 1] as number))
      df = Math.max(df, p[i + 1] as number);
    this.dfs[position] = df;
    return df;
  }

  /** Terms starting with `prefix` (not the prefix itself), most frequent first, at most `max`. */
  prefixTerms(prefix: string, max: number): string[] {
    const terms = this.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    // The `max` most frequent, kept in order while walking the range (a two-letter prefix spans
    // thousands of terms: no list of them all, no sort). Ties: the earlier term, which sorts first.
    const best: number[] = [];
    const bestDf: number[] = [];
    for (let i = lo; i < terms.length && (terms[i] as string).startsWith(prefix); i++) {
      if (terms[i] === prefix) continue;
      const df = this.documentFrequency(i);
      if (best.length >= max && df <= (bestDf[best.length - 1] as number)) continue;
      let at = best.length;
      while (at > 0 && (bestDf[at - 1] as number) < df) at--;
      best.splice(at, 0, i);
      bestDf.splice(at, 0, df);
      if (best.length > max) {
        best.pop();
        bestDf.pop();
      }
    }
    return best.map((i) => terms[i] as string);
  }

  /** Terms within `maxEdits` of `term` (same first letter: typos seldom hit it), closest and most frequent first. */
  closeTerms(term: string, maxEdits: number, max: number): [string, number][] {
    if (!this.byStart) {
      const m = new Map<string, number[]>();
      this.terms.forEach((t, i) => {
        const list = m.get(t.charAt(0)) ?? [];
        list.push(i);
        m.set(t.charAt(0), list);
      });
      this.byStart = m;
    }
    const found: [string, number, number][] = [];
    for (const i of this.byStart.get(term.charAt(0)) ?? []) {
      const t = this.terms[i] as string;
      if (t === term || Math.abs(t.length - term.length) > maxEdits) continue;
      const d = editDistance(term, t, maxEdits);
      if (d <= maxEdits) found.push([t, d, this.documentFrequency(i)]);
    }
    return found
      .sort((a, b) => a[1] - b[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([t, d]) => [t, d]);
  }

  /** In how many documents a term occurs (0 when unknown). */
  df(term: string): number {
    const position = this.positions.get(term);
    return position === undefined ? 0 : this.documentFrequency(position);
  }

  /**
   * Adds weight × BM25+ of `term` for every document holding it. With a mask, also sets `bit` in each
   * such document's mask entry, and returns how many documents got the bit newly set; with `also`, sets
   * the bit there too (no counting), for every field or, with `alsoField` >= 0, for that field only.
   */
  add(
    term: string,
    weight: number,
    acc: Accumulator,
    mask?: Uint32Array,
    bit = 0,
    also?: Uint32Array,
    alsoField = -1,
  ): number {
    const position = this.positions.get(term);
    if (position === undefined) return 0;
    let fresh = 0;
    const p = this.docs;
    const impacts = this.impacts;
    const n = this.documentCount;
    // The hottest loop of a keystroke: one pass per field's postings, the mask test hoisted out.
    const last = this.docStart[position + 1] as number;
    let k = this.impactStart[position] as number;
    for (let i = this.docStart[position] as number; i < last; ) {
      const field = p[i] as number;
      const count = p[i + 1] as number;
      const boost = this.boosts[field] ?? 0;
      const w = weight * boost * Math.log(1 + (n - count + 0.5) / (count + 0.5));
      const end = i + 2 + count;
      if (mask) {
        const alsoHere = alsoField < 0 || alsoField === field ? also : undefined;
        for (let j = i + 2; j < end; j++, k++) {
          const doc = p[j] as number;
          acc.add(doc, w * (impacts[k] as number));
          if (alsoHere) alsoHere[doc] = (alsoHere[doc] as number) | bit;
          const m = mask[doc] as number;
          if ((m & bit) === 0) {
            mask[doc] = m | bit;
            fresh++;
          }
        }
      } else {
        for (let j = i + 2; j < end; j++, k++) acc.add(p[j] as number, w * (impacts[k] as number));
      }
      i = end;
    }
    return fresh;
  }
}
