/**
 * Search over a loaded index. The CLI (`kb search`), the evaluation, the benchmarks and the side panel all
 * go through this class, so they rank identically.
 *
 * Each analyzed query term becomes a bounded set of exact term lookups: the term itself, a few close
 * terms when the word is unknown (a typo), its compound parts (all required), two words run together,
 * related terms, and while typing the most frequent terms that start with the typed prefix. Scores add up
 * in dense arrays by document number (compact-index.ts); every document holding any term is a candidate
 * (a ranked union), its score scaled by how much of the query it covers. With the full tier loaded, that
 * score is mixed with an exact-forms ranking of the words as typed (see RANK.exactWeight) and, for a
 * query of four words or more, the best entries so far with their nearest voorbeeldvraag (see
 * RANK.questionWeight). Only the best hits become objects.
 */

import type { EntryType } from '../content/schema.ts';
import {
  type Analyzer,
  createAnalyzer,
  exactForms,
  type QueryTerm,
  SYNONYM_PREFIX,
  type SynonymGroups,
} from './analysis/analyzer.ts';
import { MAX_WORD } from './analysis/compounds.ts';
import { diminutiveBases } from './analysis/diminutive.ts';
import { fold, tokenizeWords } from './analysis/fold.ts';
import { stem } from './analysis/stem.ts';
import { STOPWORDS } from './analysis/stopwords.ts';
import {
  type Accumulator,
  AccumulatorPool,
  bm25Tf,
  type CompactIndex,
  CompactTier,
  zeroAt,
} from './compact-index.ts';
import { editDistance } from './edit-distance.ts';
import { excerpt, highlight, type Matcher, matcherFor, type Segment } from './excerpt.ts';
import { FACETS, type Facet, type FacetValue, type Filters, facetLabel } from './facets.ts';
import {
  type EntryHeader,
  type FullAsset,
  INDEX_FORMAT,
  type QuestionStats,
  type QuickAsset,
  type StoredEntry,
} from './index-format.ts';
import {
  BOOST,
  COST_HINT,
  COST_INTENT,
  COST_INTENT_WEIGHT,
  DEFAULT_LIMIT,
  EXACT_FIELDS,
  FILLER_WORDS,
  FUZZY_WEIGHT,
  INDEX_SCHEMA_VERSION,
  maxEdits,
  maxPrefixTerms,
  PREFIX_WEIGHT,
  RANK,
  TYPE_WEIGHT,
  termWeight,
} from './search-options.ts';

export interface SearchHit {
  id: string;
  type: EntryType;
  title: string;
  score: number;
}

export interface DetailedHit extends SearchHit {
  entry: EntryHeader;
  titleSegments: Segment[];
  /**
   * The passage with the most hits, highlighted. Built when first read (and then kept): the panel reads
   * it only for the hits on screen, so a keystroke does not pay for excerpts nobody sees.
   */
  readonly excerpt: Segment[];
  /** The query's words (as typed) this entry holds, itself or through a synonym or related term. */
  matched: string[];
  /**
   * The query's content words this entry does not hold (filler words are not listed); empty for a
   * quick-only search while the full text is loaded, which has not looked in the full text.
   */
  missed: string[];
}

export interface SearchResponse {
  query: string;
  /** `all`: the first hit holds every query word the index knows; `any`: it misses some. */
  mode: 'all' | 'any' | 'browse';
  /** Which tiers answered: the quick one only until the full one is loaded. */
  tier: 'quick' | 'full';
  total: number;
  hits: DetailedHit[];
  facets: Record<Facet, FacetValue[]>;
  /** Close known words when nothing matched. */
  suggestions: string[];
}

export interface SearchOptions {
  limit?: number;
  filters?: Filters;
  /** The user is still typing: the last word may be incomplete. */
  typing?: boolean;
  /** Search only the quick tier even when the full one is loaded. */
  quickOnly?: boolean;
}

export class IndexVersionError extends Error {}

function checkManifest(asset: unknown, tier: 'quick' | 'full'): void {
  const a = asset as { manifest?: Record<string, unknown>; entries?: unknown } | null;
  const m = a?.manifest;
  if (!m || m.format !== INDEX_FORMAT || m.tier !== tier)
    throw new IndexVersionError('Dit is geen Maatwerkwijzer-index.');
  if (m.schemaVersion !== INDEX_SCHEMA_VERSION) {
    throw new IndexVersionError(
      `Index-versie ${String(m.schemaVersion)} past niet bij deze versie (${INDEX_SCHEMA_VERSION}).`,
    );
  }
  if (!Array.isArray(a.entries) || a.entries.length !== m.entryCount) {
    throw new IndexVersionError('De index is onvolledig: het aantal items klopt niet met het manifest.');
  }
}

const TYPE_ORDER: Record<EntryType, number> = {
  voorbeeld: 0,
  wet: 1,
  instrument: 2,
  werkwijze: 3,
  leerroute: 4,
  referentiekosten: 5,
};

interface Ranked {
  terms: QueryTerm[];
  /** The best `limit` document numbers, in order. */
  top: number[];
  /** Every candidate (the top among them), unordered: for the total and the facet counts. */
  candidates: ArrayLike<number>;
  scores: Map<number, number>;
  /** For the best `limit` documents: which query terms each holds (by position in `terms`). */
  matched: Map<number, boolean[]>;
  mode: SearchResponse['mode'];
}

export class KnowledgeIndex {
  readonly analyzer: Analyzer;
  /** Headers by document number (sorted by id). */
  readonly all: readonly EntryHeader[];
  private readonly numberOf: ReadonlyMap<string, number>;
  private readonly typeWeight: Float64Array;
  private readonly isCost: Uint8Array;
  private readonly isLaw: Uint8Array;
  /** Facet values as codes per document, for counting without string work. */
  private readonly facetKeys: [Facet, string][];
  private readonly facetCodes: Uint16Array[];
  private readonly facetStart: Uint32Array;
  private readonly facetFlat: Uint16Array;
  private readonly quick: CompactTier;
  /** The quick fields' words as written (see `exactForms`), shipped with the full tier. */
  private exact: CompactTier | null = null;
  /** Word statistics of the voorbeeldvragen (see QuestionStats), shipped with the full tier. */
  private questions: { count: number; avgLength: number; idOf: Map<string, number>; df: Int32Array } | null =
    null;
  /**
   * Per entry, its voorbeeldvragen as word numbers (see questionsOf), made on first use; a bounded cache of
   * one typed array an entry, so a keystroke leaves no long-lived strings for the collector.
   */
  private readonly questionWords = new Map<number, Int32Array>();
  private full: CompactTier | null = null;
  private entries: StoredEntry[] | null = null;
  /** The full tier's zoekvragen per entry id (see FullAsset.zoekvragen), checked on attach. */
  private zoekvragen: Readonly<Record<string, readonly string[]>> = {};
  private readonly pool: AccumulatorPool;
  /** Per document, bit i: holds query term i (`held`), or only a related term of it (`near`). Zero between queries. */
  private readonly held: Uint32Array;
  private readonly near: Uint32Array;
  /**
   * Per document, bit i: holds query term i where it covers the term in full: the quick tier (titles,
   * summaries, keywords, zoektermen) or the full tier's voorbeeldvragen field (with the zoekvragen).
   */
  private readonly quickHeld: Uint32Array;
  /** The position of the `voorbeeldvragen` field in the full tier (-1: none). */
  private askedField = -1;
  /** Per document, bit i: holds query term i as typed (exact forms). */
  private readonly exactHeld: Uint32Array;
  /** The last query's candidates (reused; valid until the next query). */
  private readonly candidates: Int32Array;
  private vocabulary: Map<string, string[]> | null = null;
  /** Related terms: a query term (analyzed) → the analyzed terms of each related member. */
  private readonly relatedOf: Map<string, string[][]>;
  /** The stem of a one-word synonym → its group's key. */
  private readonly synonymKeyOf = new Map<string, string>();
  /** The related terms worth looking up per query term, with their weights (filled lazily). */
  private readonly relatedUsable = new Map<string, { terms: string[]; weight: number }[]>();

  private constructor(readonly asset: QuickAsset) {
    this.analyzer = createAnalyzer(asset.synonyms, asset.lexicon ?? []);
    this.all = asset.entries;
    this.numberOf = new Map(asset.entries.map((e, i) => [e.id, i]));
    this.typeWeight = Float64Array.from(asset.entries, (e) => TYPE_WEIGHT[e.type] ?? 1);
    this.isCost = Uint8Array.from(asset.entries, (e) => (e.type === 'referentiekosten' ? 1 : 0));
    this.isLaw = Uint8Array.from(asset.entries, (e) => (e.type === 'wet' ? 1 : 0));
    this.facetKeys = asset.facetValues;
    this.facetCodes = asset.entries.map((e) => Uint16Array.from(e.facets));
    // The same codes in one flat array (document n's are flat[start[n]] up to flat[start[n + 1]]):
    // counting facets over tens of thousands of candidates then walks memory in one line.
    this.facetStart = new Uint32Array(asset.entries.length + 1);
    asset.entries.forEach((e, n) => {
      this.facetStart[n + 1] = (this.facetStart[n] as number) + e.facets.length;
    });
    this.facetFlat = Uint16Array.from(asset.entries.flatMap((e) => e.facets));
    this.quick = this.loadTier(asset.index);
    this.pool = new AccumulatorPool(this.all.length);
    this.held = new Uint32Array(this.all.length);
    this.near = new Uint32Array(this.all.length);
    this.quickHeld = new Uint32Array(this.all.length);
    this.exactHeld = new Uint32Array(this.all.length);
    this.candidates = new Int32Array(this.all.length);
    this.relatedOf = relatedMap(asset.related ?? [], this.analyzer);
    // A one-word synonym ("schuldsanering") stands for its group's key: a typo of it finds the group.
    for (const group of asset.synonyms) {
      const analyzed = this.analyzer.query(group[0] ?? '');
      const key = analyzed.length === 1 ? analyzed[0]?.term : undefined;
      if (!key?.startsWith(SYNONYM_PREFIX)) continue;
      for (const member of group) {
        const words = tokenizeWords(fold(member));
        if (words.length === 1) this.synonymKeyOf.set(stem(words[0] as string), key);
      }
    }
  }

  /** Loads the quick tier (and the full one when given) after checking manifests. */
  static load(quick: unknown, full?: unknown): KnowledgeIndex {
    checkManifest(quick, 'quick');
    const index = new KnowledgeIndex(quick as QuickAsset);
    if (full !== undefined) index.attachFull(full);
    return index;
  }

  /** Adds the full tier: complete entries and full-text search. It must come from the same build. */
  attachFull(full: unknown): void {
    checkManifest(full, 'full');
    const f = full as FullAsset;
    if (f.manifest.contentHash !== this.asset.manifest.contentHash) {
      throw new IndexVersionError('De twee delen van de index horen niet bij elkaar (andere inhoud).');
    }
    const tier = this.loadTier(f.index);
    if (f.entries.some((e, i) => e.id !== this.all[i]?.id))
      throw new IndexVersionError('De twee delen van de index nummeren de items verschillend.');
    const exact = this.loadTier(f.exact, EXACT_BOOST);
    const questions = this.loadQuestions(f.questions);
    const zoekvragen = f.zoekvragen ?? {};
    if (
      typeof zoekvragen !== 'object' ||
      zoekvragen === null ||
      Array.isArray(zoekvragen) ||
      !Object.values(zoekvragen).every((l) => Array.isArray(l) && l.every((q) => typeof q === 'string'))
    )
      throw new IndexVersionError('De zoekindex is beschadigd of onvolledig.');
    this.full = tier;
    this.askedField = tier.fieldIndex('voorbeeldvragen');
    this.zoekvragen = zoekvragen;
    this.exact = exact;
    this.questions = questions;
    this.questionWords.clear();
    this.entries = f.entries;
  }

  /** The voorbeeldvragen's word statistics, checked. */
  private loadQuestions(q: QuestionStats | undefined): NonNullable<KnowledgeIndex['questions']> {
    const ok =
      q &&
      Number.isInteger(q.count) &&
      q.count >= 0 &&
      typeof q.avgLength === 'number' &&
      q.avgLength >= 0 &&
      Array.isArray(q.terms) &&
      Array.isArray(q.df) &&
      q.terms.length === q.df.length &&
      q.terms.every((t) => typeof t === 'string') &&
      q.df.every((d) => Number.isInteger(d) && d > 0 && d <= q.count);
    if (!ok) throw new IndexVersionError('De zoekindex is beschadigd of onvolledig.');
    return {
      count: q.count,
      avgLength: q.avgLength,
      idOf: new Map(q.terms.map((t, i) => [t, i])),
      df: Int32Array.from(q.df),
    };
  }

  private loadTier(index: CompactIndex, boosts: Record<string, number> = BOOST): CompactTier {
    const ok =
      index &&
      Array.isArray(index.terms) &&
      Array.isArray(index.postings) &&
      index.terms.length === index.postings.length &&
      index.documentCount === this.all.length &&
      Array.isArray(index.fieldLength) &&
      index.fieldLength.length === this.all.length * (index.fields?.length ?? 0);
    if (!ok) throw new IndexVersionError('De zoekindex is beschadigd of onvolledig.');
    try {
      return new CompactTier(index, boosts);
    } catch {
      throw new IndexVersionError('De zoekindex is beschadigd of onvolledig.');
    }
  }

  /** Every complete entry (once the full tier is loaded), in id order. */
  fullEntries(): readonly StoredEntry[] {
    return this.entries ?? [];
  }

  /** The zoekvragen per entry id (once the full tier is loaded), to carry into a merged index. */
  fullZoekvragen(): Readonly<Record<string, readonly string[]>> {
    return this.zoekvragen;
  }

  /** One entry's zoekvragen (none before the full tier is loaded, or for an entry without any). */
  zoekvragenOf(id: string): readonly string[] {
    const list = Object.hasOwn(this.zoekvragen, id) ? this.zoekvragen[id] : undefined;
    return Array.isArray(list) ? list : [];
  }

  get hasFull(): boolean {
    return this.full !== null;
  }

  /** The complete entry (once the full tier is loaded); follows renames. */
  get(id: string): StoredEntry | undefined {
    const n = this.numberOf.get(this.resolveId(id) ?? '');
    return n === undefined ? undefined : this.entries?.[n];
  }

  /** The header of an entry (always available); follows renames. */
  header(id: string): EntryHeader | undefined {
    const n = this.numberOf.get(this.resolveId(id) ?? '');
    return n === undefined ? undefined : this.all[n];
  }

  /** Resolves an id through the renames map (for saved favourites). */
  resolveId(id: string): string | undefined {
    if (this.numberOf.has(id)) return id;
    const renamed = this.asset.renames[id];
    return renamed && this.numberOf.has(renamed) ? renamed : undefined;
  }

  /** Ranked hits for a query: the contract of `kb search --json`. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const r = this.rank(query, options);
    return r.top.map((n) => {
      const e = this.all[n] as EntryHeader;
      return { id: e.id, type: e.type, title: e.titel, score: round(r.scores.get(n) ?? 0) };
    });
  }

  /** Everything the side panel shows for a query: hits with excerpts, facets, suggestions. */
  query(query: string, options: SearchOptions = {}): SearchResponse {
    const r = this.rank(query, options);
    const match = matcherFor(r.terms, this.analyzer);
    // A quick-only search while the full text is loaded cannot know what an entry's full text lacks.
    const partial = Boolean(this.full && options.quickOnly);
    return {
      query,
      mode: r.mode,
      tier: this.full && !options.quickOnly ? 'full' : 'quick',
      total: r.candidates.length,
      hits: r.top.map((n) =>
        this.detail(n, r.scores.get(n) ?? 0, r.terms, r.matched.get(n) ?? [], match, partial),
      ),
      facets: this.countFacets(r.candidates),
      suggestions: r.candidates.length === 0 && r.mode !== 'browse' ? this.suggest(query) : [],
    };
  }

  private rank(typed: string, options: SearchOptions): Ranked {
    // A pasted page is searched by its beginning: the terms come from there anyway (MAX_TERMS).
    const query = typed.slice(0, MAX_QUERY_CHARS);
    const limit = hitLimit(options.limit);
    const allowed = this.allowed(options.filters ?? {});
    const terms = this.analyzer.query(query, { typing: options.typing }).slice(0, MAX_TERMS);
    if (terms.length === 0) {
      const docs = this.all.map((_, n) => n).filter((n) => !allowed || allowed[n]);
      docs.sort((a, b) => {
        const x = this.all[a] as EntryHeader;
        const y = this.all[b] as EntryHeader;
        return TYPE_ORDER[x.type] - TYPE_ORDER[y.type] || x.titel.localeCompare(y.titel, 'nl');
      });
      return {
        terms,
        top: docs.slice(0, limit),
        candidates: docs,
        scores: new Map(),
        matched: new Map(),
        mode: 'browse',
      };
    }
    const tiers = this.full && !options.quickOnly ? [this.quick, this.full] : [this.quick];
    // The query's words as typed (folded): for the exact forms, the amount rules and compounds written apart.
    const folded = fold(query);
    const typedWords = tokenizeWords(folded);
    // Ranked union: every document matching any term is a candidate. Its BM25+ sum is scaled by its
    // coordination, the IDF-weighted share of the query terms it holds, raised to a power: documents
    // holding every term normally come first, but a strong partial match is never dropped. Scores add
    // up in one accumulator; per document, bit i of `held` says it holds term i, of `near` that it holds
    // only a related term of it.
    const N = this.all.length;
    const combined = this.pool.take();
    const exactTier = this.exact !== null && tiers.length > 1 && RANK.exactWeight > 0 ? this.exact : null;
    const exact = exactTier ? this.pool.take() : null;
    const held = this.held;
    const near = this.near;
    const weights = terms.map((t, i) => {
      const bit = 1 << i;
      const tw = termWeight(t);
      let df = this.termInto(t, tiers, tw, bit, combined);
      // A related term fills the gap where the word itself is missing, and covers it only in part; where
      // the word is present, its related terms add nothing (the exact match is the evidence).
      const rel = this.relatedScores(t);
      if (rel) {
        let only = 0;
        for (const n of rel.touched) {
          if (((held[n] as number) & bit) !== 0) continue;
          combined.add(n, (rel.scores[n] as number) * tw);
          near[n] = (near[n] as number) | bit;
          only++;
        }
        if (df === 0) df = only;
      }
      return df === 0 ? 0 : Math.log(1 + (N - df + 0.5) / (df + 0.5)) * tw;
    });
    // Exact forms: every word of the query as typed (stop words too, as a default MiniSearch counts
    // them), at most MAX_TERMS of them, looked up unstemmed in the quick fields. A word that one field holds
    // in more than RANK.exactMaxShare of the entries ("de" in the summaries) says little and is skipped;
    // over all fields such a word can be in more entries ("met": 55 of the 100 shipped entries).
    const words = [...new Set(typedWords)].slice(0, MAX_TERMS);
    if (exact && exactTier) {
      const maxEntries = RANK.exactMaxShare * N;
      words.forEach((w, i) => {
        // df: the most entries any one field holds the word in.
        if (exactTier.df(w) <= maxEntries) exactTier.add(w, 1, exact, this.exactHeld, 1 << i);
      });
    }
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    // Coverage: a term counts in full where an entry holds it in its title, summary, keywords or
    // zoektermen; RANK.fullCoverage where only its full tier does (voorbeeldvragen and the text: a long
    // text holds many words it is not about); RANK.relatedCoverage where only a related term stands for
    // it. `sum[m]`: the weight of the terms in bit set m, so a candidate costs three look-ups.
    const sum = new Float64Array(1 << terms.length);
    for (let m = 1; m < sum.length; m++) {
      const low = m & -m;
      sum[m] = (sum[m ^ low] as number) + (weights[31 - Math.clz32(low)] as number);
    }
    const power = RANK.coordinationPower;
    const fullCoverage = RANK.fullCoverage;
    const relatedCoverage = RANK.relatedCoverage;
    const quickHeld = this.quickHeld;
    // A cost word asks for an amount, unless it is half of a compound written apart ("kosten delersnorm").
    const apart = this.writtenApart(typedWords, terms);
    const costIntent = terms.some(
      (t) => !apart.has(t.source) && (isCostTerm(t.term) || t.parts?.some(isCostTerm)),
    );
    const costHint =
      !costIntent &&
      RANK.costHintWeight > 0 &&
      (terms.some((t) => COST_HINT.has(t.source)) || PER_UNIT.test(folded));
    const costWeight = costIntent ? COST_INTENT_WEIGHT : costHint ? RANK.costHintWeight : -1;
    // "Welk artikel…": the query asks where the law says it; law snippets weigh more.
    const lawWeight = terms.some((t) => LAW_INTENT.has(t.source)) ? RANK.lawIntentWeight : -1;
    // An entry's type weight for this query, in both rankings: a reference cost stays below its case
    // unless the query asks for an amount, also where the words as typed favour it.
    const typeW = (n: number) =>
      costWeight >= 0 && this.isCost[n]
        ? costWeight
        : lawWeight >= 0 && this.isLaw[n]
          ? lawWeight
          : (this.typeWeight[n] as number);
    // One pass over the candidates: final score, the running top `limit` (selection, no sort of tens of
    // thousands) and the candidate list for counting (a reused typed array: a keystroke allocates none).
    const weighted = combined.scores;
    const touched = combined.touched;
    const candidates = this.candidates;
    const top = new TopK(limit, weighted);
    let count = 0;
    // With exact forms on, a second pass: each score becomes (1 - w) × its share of the best score plus
    // w × the exact-forms score's share of its best (a fusion of two rankings on one scale). Also when no
    // word is found as typed, so scores stay between 0 and 1 for every query once the full tier is there.
    // Two indexes' scores are then on different scales: the pack merge compares them through an entry
    // both return (baseScaleRatio in pack-merge.ts).
    const fuse = exact !== null;
    let best = 0;
    for (let i = 0; i < touched.length; i++) {
      const n = touched[i] as number;
      const shown = !allowed || allowed[n] === 1;
      // Fusing scales by the best score over all entries, filtered or not, so a filter only removes hits
      // and never reorders the ones it keeps.
      if (!shown && !fuse) continue;
      const w = typeW(n);
      const h = held[n] as number;
      const q = (quickHeld[n] as number) & h;
      const c =
        (sum[q] as number) +
        fullCoverage * (sum[h & ~q] as number) +
        relatedCoverage * (sum[(near[n] as number) & ~h] as number);
      const cover = totalWeight > 0 ? Math.min(1, c / totalWeight) : 1;
      const share = power === 2 ? cover * cover : power === 1 ? cover : cover ** power;
      const score = (weighted[n] as number) * w * share;
      weighted[n] = score;
      if (fuse && score > best) best = score;
      if (!shown) continue;
      candidates[count++] = n;
      if (!fuse) top.offer(n, score);
    }
    if (fuse && exact) {
      const ex = exact.scores;
      let bestExact = 0;
      const eh = this.exactHeld;
      // As MiniSearch does: the exact score times how many query words the entry holds as typed (and
      // times the entry's type weight, as above).
      for (const n of exact.touched) {
        ex[n] = (ex[n] as number) * popcount(eh[n] as number) * typeW(n);
        if ((ex[n] as number) > bestExact) bestExact = ex[n] as number;
      }
      zeroAt(exact.touched, eh);
      // The nearest question: for the best entries so far, their best-matching voorbeeldvraag, scaled to
      // the best of them; when no question holds a query word, the scores stay as they are. An entry left
      // out has a lower score than every one let in, and gets nothing more.
      const byQuestion =
        this.questions !== null && RANK.questionWeight > 0 && words.length >= RANK.questionMinWords;
      const a = (1 - RANK.exactWeight) / (best || 1);
      const b = RANK.exactWeight / (bestExact || 1);
      // With the nearest question, the shortlist and the scale come from all entries, filtered or not (as
      // above), and the hits are chosen after it; otherwise straight from the candidates.
      const fused = byQuestion ? touched : candidates.subarray(0, count);
      const first = byQuestion ? new TopK(RANK.questionShortlist, weighted) : top;
      for (let i = 0; i < fused.length; i++) {
        const n = fused[i] as number;
        const score = a * (weighted[n] as number) + b * (ex[n] as number);
        weighted[n] = score;
        first.offer(n, score);
      }
      if (byQuestion) {
        const shortlist = first.sorted();
        const qs = this.questionScores(shortlist, words, typeW);
        let bestQ = 0;
        for (const v of qs) if (v > bestQ) bestQ = v;
        const wq = bestQ > 0 ? RANK.questionWeight : 0;
        // Per document, what its question adds (a dense array: a look-up per candidate costs nothing).
        const added = this.pool.take();
        if (bestQ > 0)
          for (let i = 0; i < shortlist.length; i++)
            added.add(shortlist[i] as number, (wq * (qs[i] as number)) / bestQ);
        const more = added.scores;
        // The rest keep their order, below every shortlisted entry: the same hits for any limit.
        for (let i = 0; i < count; i++) {
          const n = candidates[i] as number;
          const score = (1 - wq) * (weighted[n] as number) + (more[n] as number);
          weighted[n] = score;
          top.offer(n, score);
        }
      }
    }
    const ordered = top.sorted();
    const scores = new Map<number, number>();
    const matched = new Map<number, boolean[]>();
    for (const n of ordered) {
      scores.set(n, weighted[n] as number);
      const bits = (held[n] as number) | (near[n] as number);
      matched.set(
        n,
        terms.map((_, i) => (bits & (1 << i)) !== 0),
      );
    }
    zeroAt(touched, held, near, quickHeld);
    const first = ordered[0];
    const mode: 'all' | 'any' =
      first === undefined || (matched.get(first) ?? []).every((m, i) => m || weights[i] === 0)
        ? 'all'
        : 'any';
    this.pool.releaseAll();
    return { terms, top: ordered, candidates: candidates.subarray(0, count), scores, matched, mode };
  }

  /**
   * Per entry of `docs`, the mean score of its RANK.questionTopK best-matching questions (voorbeeldvragen
   * and zoekvragen) for the query's words as typed: BM25+ over the questions (MiniSearch's parameters, each
   * question a document) times the IDF-weighted share of the query's words the question holds ^
   * RANK.questionCoverage, times the entry's type weight when RANK.questionTypeWeight is on. A word in
   * more than RANK.questionMaxShare of the questions is skipped; stop and filler words weigh
   * RANK.questionStopWeight.
   */
  private questionScores(
    docs: readonly number[],
    words: readonly string[],
    typeW: (n: number) => number,
  ): number[] {
    const stats = this.questions;
    if (!stats || stats.count === 0) return docs.map(() => 0);
    const Q = stats.count;
    // The query's words as numbers of the questions' vocabulary (-1: in no question).
    const ids = words.map((w) => stats.idOf.get(w) ?? -1);
    const idf = ids.map((id, i) => {
      const df = id < 0 ? 0 : (stats.df[id] as number);
      if (df === 0 || df > RANK.questionMaxShare * Q) return 0;
      const w = words[i] as string;
      const weight = STOPWORDS.has(w) || FILLER_WORDS.has(w) ? RANK.questionStopWeight : 1;
      return weight * Math.log(1 + (Q - df + 0.5) / (df + 0.5));
    });
    const total = idf.reduce((x, y) => x + y, 0);
    if (total === 0) return docs.map(() => 0);
    const power = RANK.questionCoverage;
    const avg = stats.avgLength || 1;
    const k = Math.max(1, Math.floor(RANK.questionTopK));
    const bestK = new Float64Array(k);
    return docs.map((n) => {
      bestK.fill(0);
      const flat = this.questionsOf(n, stats.idOf);
      // One question after the other: its length, then its words' numbers.
      for (let at = 0; at < flat.length; ) {
        const length = flat[at] as number;
        const start = at + 1;
        const end = start + length;
        at = end;
        let s = 0;
        let held = 0;
        for (let i = 0; i < ids.length; i++) {
          const weight = idf[i] as number;
          if (weight === 0) continue;
          const id = ids[i] as number;
          let tf = 0;
          for (let j = start; j < end; j++) if (flat[j] === id) tf++;
          if (tf === 0) continue;
          s += weight * bm25Tf(tf, length, avg);
          held += weight;
        }
        if (s === 0) continue;
        const score = s * (power === 1 ? held / total : power === 0 ? 1 : (held / total) ** power);
        // Keep the k best scores, in descending order.
        if (score > (bestK[k - 1] as number)) {
          let at = k - 1;
          while (at > 0 && score > (bestK[at - 1] as number)) {
            bestK[at] = bestK[at - 1] as number;
            at--;
          }
          bestK[at] = score;
        }
      }
      let best = 0;
      for (let i = 0; i < k; i++) best += bestK[i] as number;
      best /= k;
      return RANK.questionTypeWeight > 0 ? best * typeW(n) : best;
    });
  }

  /**
   * An entry's voorbeeldvragen and zoekvragen as words (folded, as written), each question as its length
   * followed by its words' numbers in the questions' vocabulary (-1 for a word it lacks), all in one array;
   * cached.
   */
  private questionsOf(n: number, idOf: ReadonlyMap<string, number>): Int32Array {
    let out = this.questionWords.get(n);
    if (!out) {
      // Read from the entry as shipped: anything but a list of strings counts as no questions.
      const entry = this.entries?.[n];
      const asked = (entry?.meta as { voorbeeldvragen?: unknown } | undefined)?.voorbeeldvragen;
      const own = Array.isArray(asked) ? asked.filter((q): q is string => typeof q === 'string') : [];
      const written = entry ? this.zoekvragenOf(entry.id) : [];
      const questions = [...own, ...written].map((q) => exactForms.documentTerms(q));
      out = new Int32Array(questions.reduce((sum, q) => sum + 1 + q.length, 0));
      let at = 0;
      for (const q of questions) {
        out[at++] = q.length;
        for (const w of q) out[at++] = idOf.get(w) ?? -1;
      }
      if (this.questionWords.size >= 4096) this.questionWords.clear();
      this.questionWords.set(n, out);
    }
    return out;
  }

  /**
   * The cost words of the query that are the first half of a compound written apart whose head is not an
   * amount word: "kosten delersnorm" (the kostendelersnorm), not "jaar kosten" or "uur tarief". Looks at
   * about the words the query's terms come from.
   */
  private writtenApart(typedWords: readonly string[], terms: readonly QueryTerm[]): Set<string> {
    const out = new Set<string>();
    if (!terms.some((t) => isCostTerm(t.term))) return out;
    const words = typedWords.slice(0, 4 * MAX_TERMS);
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i] as string;
      const b = words[i + 1] as string;
      if (a.length < 3 || b.length < 3 || a.length + b.length > MAX_WORD) continue;
      if (!isCostTerm(stem(a)) || isCostTerm(stem(b))) continue;
      if (this.quick.has(stem(a + b))) out.add(a);
    }
    return out;
  }

  /** Which documents pass the facet filters (null: all do). */
  private allowed(filters: Filters): Uint8Array | null {
    const active = FACETS.filter((f) => filters[f]?.length);
    if (active.length === 0) return null;
    const wanted = active.map(
      (f) =>
        new Set(
          this.facetKeys.flatMap(([ff, v], code) => (ff === f && filters[f]?.includes(v) ? [code] : [])),
        ),
    );
    return Uint8Array.from(this.facetCodes, (codes) =>
      wanted.every((set) => codes.some((c) => set.has(c))) ? 1 : 0,
    );
  }

  /**
   * Adds one query term's scores (× `tw`), over all its alternatives in every tier, into `acc`, setting
   * `bit` in `held` for each document holding it; returns how many documents do.
   */
  private termInto(t: QueryTerm, tiers: CompactTier[], tw: number, bit: number, acc: Accumulator): number {
    const held = this.held;
    let df = 0;
    let known = tiers.some((tier) => tier.has(t.term));
    // An unknown diminutive ("kleintjes", "zoontje") is looked up as its base word.
    const bases = known || RANK.diminutiveWeight <= 0 ? [] : this.diminutives(t.source, tiers);
    if (bases.length) known = true;
    for (const tier of tiers) {
      // In the quick tier the term's bit goes into `quickHeld` too: there it says what the entry is about
      // (the word covers its share in full); so does the full tier's voorbeeldvragen field, which holds
      // the searches written for the entry (RANK.askedCoverage 1), not a story that happens to use a word.
      const asked = tier === this.full && this.askedField >= 0 && RANK.askedCoverage === 1;
      const qa = tier === this.quick || asked ? this.quickHeld : undefined;
      const qf = asked ? this.askedField : -1;
      df += tier.add(t.term, tw, acc, held, bit, qa, qf);
      for (const b of bases) df += tier.add(b, RANK.diminutiveWeight * tw, acc, held, bit, qa, qf);
      let expanded = 0;
      if (t.prefix && t.prefix.length >= 2) {
        // In the full text, fewer completions: their postings are long, and the quick tier has offered
        // the likely ones already.
        const max =
          tier === this.quick
            ? maxPrefixTerms(t.prefix)
            : Math.min(RANK.fullPrefixTerms, maxPrefixTerms(t.prefix));
        const more = tier.prefixTerms(t.prefix, max).filter((term) => term !== t.term);
        for (const term of more) df += tier.add(term, PREFIX_WEIGHT * tw, acc, held, bit, qa, qf);
        expanded = more.length;
      }
      let close = 0;
      if (t.fuzzy && !known && (!t.prefix || expanded === 0)) {
        const edits = maxEdits(t.term);
        if (edits > 0) {
          for (const [term, d] of tier.closeTerms(t.term, edits, 6)) {
            df += tier.add(term, FUZZY_WEIGHT * (1 - d / (t.term.length + 1)) * tw, acc, held, bit, qa, qf);
            close++;
          }
          // A typo of a one-word synonym finds the synonym's group, also where no entry has that word.
          for (const [key, d] of RANK.fuzzySynonyms ? this.closeSynonyms(t.term, edits) : []) {
            df += tier.add(key, FUZZY_WEIGHT * (1 - d / (t.term.length + 1)) * tw, acc, held, bit, qa, qf);
            close++;
          }
        }
      }
      // A finished word nobody wrote and no typo explains may be cut short ("autorep"): its completions.
      if (
        !known &&
        !t.prefix &&
        close === 0 &&
        RANK.abbreviationWeight > 0 &&
        t.source.length >= 4 &&
        t.source.length <= MAX_WORD
      ) {
        for (const term of tier.prefixTerms(t.source, maxPrefixTerms(t.source)))
          df += tier.add(term, RANK.abbreviationWeight * tw, acc, held, bit, qa, qf);
      }
    }
    if (t.parts && t.parts.length > 1) {
      // The compound written apart ("kinderopvang toeslag"): documents holding every part, in titles,
      // summaries and keywords only. In the full text the parts of a common compound ("maat", "werk")
      // have postings in most entries: walking them cost a 50,000-entry keystroke a third of its time,
      // and the tuning set ranked no worse without them (MRR@10 0.9502 with, 0.9510 without).
      df += this.allOfInQuick(t.parts, tw, bit, acc);
    }
    // Nothing matched: perhaps two words run together ("rodeknop", "ebakfiets"). Split where both pieces
    // are known terms and look up the documents holding both, in titles, summaries, keywords and
    // zoektermen only (in the full text a common piece has postings in most entries: at 50,000 entries
    // that doubled the ranking time of as-you-type queries, whose half-typed words often match nothing).
    const pieces = df === 0 && !t.parts && RANK.runTogetherWeight > 0 ? this.runTogether(t.source) : null;
    if (pieces) df += this.allOfInQuick(pieces, RANK.runTogetherWeight * tw, bit, acc);
    return df;
  }

  /**
   * Documents holding every one of `terms` in the quick tier (a compound's parts, or two words run
   * together): adds their mean score × `weight` into `acc` and sets `bit` in `held` and `quickHeld`;
   * returns how many documents got the bit in `held` newly set.
   */
  private allOfInQuick(terms: readonly string[], weight: number, bit: number, acc: Accumulator): number {
    const held = this.held;
    const quickHeld = this.quickHeld;
    const each = terms.map((term) => {
      const one = this.pool.take();
      this.quick.add(term, 1, one);
      return one;
    });
    const all = intersect(each, this.pool);
    let fresh = 0;
    for (const n of all.touched) {
      acc.add(n, ((all.scores[n] as number) / terms.length) * weight);
      quickHeld[n] = (quickHeld[n] as number) | bit;
      if (((held[n] as number) & bit) === 0) {
        held[n] = (held[n] as number) | bit;
        fresh++;
      }
    }
    return fresh;
  }

  /**
   * Two known terms an unknown word is made of, split where the shorter piece is longest; pieces of at
   * least 3 letters, or a first piece "e" (e-bike, e-bakfiets). Null when no split is known.
   */
  private runTogether(word: string): string[] | null {
    if (word.length > MAX_WORD) return null;
    let best: string[] | null = null;
    let bestShort = 0;
    for (let i = 1; i <= word.length - 3; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (left.length < 3 && left !== 'e') continue;
      const terms = [left, right].map((piece) => this.analyzer.query(piece).map((q) => q.term));
      if (terms.some((ts) => ts.length !== 1)) continue;
      const pair = terms.map((ts) => ts[0] as string);
      if (!pair.every((term) => this.quick.has(term))) continue;
      const short = Math.min(left.length, right.length);
      if (short > bestShort) {
        best = pair;
        bestShort = short;
      }
    }
    return best;
  }

  /** Synonym keys whose one-word members are within `edits` of `term` (same first letter), closest first. */
  private closeSynonyms(term: string, edits: number): [string, number][] {
    const best = new Map<string, number>();
    for (const [member, key] of this.synonymKeyOf) {
      if (member === term || member[0] !== term[0] || Math.abs(member.length - term.length) > edits) continue;
      const d = editDistance(term, member, edits);
      if (d <= edits && d < (best.get(key) ?? Infinity)) best.set(key, d);
    }
    return [...best].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  }

  /** The stems of a word's diminutive bases that the index knows (the first that does). */
  private diminutives(word: string, tiers: CompactTier[]): string[] {
    for (const b of diminutiveBases(word)) {
      const s = stem(b);
      if (tiers.some((tier) => tier.has(s))) return [s];
    }
    return [];
  }

  /** Scores per document for one query term, over all its alternatives, in every tier. */
  private termScores(t: QueryTerm, tiers: CompactTier[]): Accumulator {
    const out = this.pool.take();
    // A word the index knows is taken as meant; only unknown words are looked up as typos.
    const known = tiers.some((tier) => tier.has(t.term));
    for (const tier of tiers) {
      tier.add(t.term, 1, out);
      let expanded = 0;
      if (t.prefix && t.prefix.length >= 2) {
        const more = tier.prefixTerms(t.prefix, maxPrefixTerms(t.prefix)).filter((term) => term !== t.term);
        for (const term of more) tier.add(term, PREFIX_WEIGHT, out);
        expanded = more.length;
      }
      // Typos are forgiven in finished words, and in the word being typed once no indexed term starts with it.
      if (t.fuzzy && !known && (!t.prefix || expanded === 0)) {
        const edits = maxEdits(t.term);
        if (edits > 0) {
          for (const [term, d] of tier.closeTerms(t.term, edits, 6))
            tier.add(term, FUZZY_WEIGHT * (1 - d / (t.term.length + 1)), out);
        }
      }
    }
    if (t.parts && t.parts.length > 1) {
      // The compound written apart: every part must match (in any tier).
      const parts = t.parts.map((p) => {
        const acc = this.pool.take();
        for (const tier of tiers) tier.add(p, 1, acc);
        return acc;
      });
      const both = intersect(parts, this.pool);
      for (const n of both.touched) out.add(n, (both.scores[n] as number) / t.parts.length);
    }
    return out;
  }

  /**
   * Scores of a term's related terms (verwante-termen.yaml), at a lower weight: an entry that says it in
   * other words is found. Null when the term has none.
   */
  private relatedScores(t: QueryTerm): Accumulator | null {
    if (RANK.relatedWeight <= 0 || !this.relatedOf.has(t.term)) return null;
    // Titles, summaries and keywords only: there a related term says what an entry is about, and
    // their postings are short (the full text's would cost a keystroke most of its time). A related
    // term in more than a share of the entries says little and costs much: left out
    // (short postings cost nothing: a term in at most 100 entries always passes).
    let related = this.relatedUsable.get(t.term);
    if (!related) {
      const most = Math.max(RANK.relatedMaxShare * this.all.length, 100);
      related = (this.relatedOf.get(t.term) ?? []).slice(0, RANK.maxRelated).flatMap((alt) => {
        const usable = alt.filter((term) => this.quick.df(term) <= most);
        return usable.length ? [{ terms: usable, weight: RANK.relatedWeight / alt.length }] : [];
      });
      this.relatedUsable.set(t.term, related);
    }
    if (related.length === 0) return null;
    const out = this.pool.take();
    for (const alt of related) for (const term of alt.terms) this.quick.add(term, alt.weight, out);
    return out;
  }

  private countFacets(docs: ArrayLike<number>): Record<Facet, FacetValue[]> {
    const counts = new Int32Array(this.facetKeys.length);
    const start = this.facetStart;
    const flat = this.facetFlat;
    for (let i = 0; i < docs.length; i++) {
      const n = docs[i] as number;
      const end = start[n + 1] as number;
      for (let j = start[n] as number; j < end; j++) {
        const c = flat[j] as number;
        counts[c] = (counts[c] as number) + 1;
      }
    }
    const out = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValue[]])) as Record<Facet, FacetValue[]>;
    counts.forEach((count, code) => {
      if (count === 0) return;
      const [f, value] = this.facetKeys[code] as [Facet, string];
      out[f].push({ value, label: facetLabel(f, value), count });
    });
    for (const f of FACETS) out[f].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
    return out;
  }

  private detail(
    n: number,
    score: number,
    terms: QueryTerm[],
    holds: readonly boolean[],
    match: Matcher,
    partial = false,
  ): DetailedHit {
    const e = this.all[n] as EntryHeader;
    const full = this.entries?.[n];
    let built: Segment[] | null = null;
    const matched: string[] = [];
    const missed: string[] = [];
    terms.forEach((t, i) => {
      if (holds[i]) matched.push(t.source);
      else if (termWeight(t) === 1 && !partial) missed.push(t.source);
    });
    return {
      id: e.id,
      type: e.type,
      title: e.titel,
      score: round(score),
      entry: e,
      titleSegments: highlight(e.titel, match),
      get excerpt() {
        built ??= terms.length
          ? excerpt([e.samenvatting, ...(full ? Object.values(full.sections) : [])], match)
          : [{ text: e.samenvatting, hit: false }];
        return built;
      },
      matched: [...new Set(matched)],
      missed: [...new Set(missed)].filter((w) => !matched.includes(w)),
    };
  }

  /** Builds what the first search would otherwise build (the suggestion vocabulary); call when idle. */
  warm(): void {
    this.suggest('');
  }

  /** Known words close to the query's words (by edit distance), for "bedoelde je…". */
  suggest(query: string, max = 5): string[] {
    if (!this.vocabulary) {
      const byStart = new Map<string, string[]>();
      const seen = new Set<string>();
      for (const e of this.all) {
        for (const t of [e.titel, ...e.trefwoorden, ...(e.zoektermen ?? [])]) {
          for (const w of tokenizeWords(fold(t))) {
            if (w.length < 4 || seen.has(w)) continue;
            seen.add(w);
            const list = byStart.get(w.slice(0, 1)) ?? [];
            list.push(w);
            byStart.set(w.slice(0, 1), list);
          }
        }
      }
      this.vocabulary = byStart;
    }
    const out: { w: string; d: number }[] = [];
    for (const q of tokenizeWords(fold(query.slice(0, MAX_QUERY_CHARS))).slice(0, MAX_TERMS)) {
      if (q.length > MAX_WORD) continue;
      const limit = Math.max(1, Math.floor(q.length / 3));
      // Typos seldom hit the first letter; comparing within it keeps this cheap at any size.
      for (const w of this.vocabulary.get(q.slice(0, 1)) ?? []) {
        if (Math.abs(w.length - q.length) > limit) continue;
        const d = editDistance(q, w, limit);
        if (d <= limit && d > 0) out.push({ w, d });
      }
    }
    return [...new Set(out.sort((a, b) => a.d - b.d || (a.w < b.w ? -1 : 1)).map((o) => o.w))].slice(0, max);
  }

  /** Related entries: explicit links first, then entries linking here, then the most similar. */
  related(id: string, max = 6): EntryHeader[] {
    const e = this.header(id);
    if (!e) return [];
    const seen = new Set<string>([e.id]);
    const out: EntryHeader[] = [];
    const add = (x: EntryHeader | undefined) => {
      if (x && !seen.has(x.id) && out.length < max) {
        seen.add(x.id);
        out.push(x);
      }
    };
    for (const r of e.gerelateerd ?? []) add(this.header(r));
    for (const other of this.all) if (other.gerelateerd?.includes(e.id)) add(other);
    if (out.length < max) {
      const terms = this.analyzer.query([e.titel, ...e.trefwoorden].join(' '));
      const acc = union(
        terms.map((t) => this.termScores(t, [this.quick])),
        this.pool,
      );
      const best = [...acc.touched]
        .sort((x, y) => (acc.scores[y] as number) - (acc.scores[x] as number) || x - y)
        .slice(0, max * 2);
      this.pool.releaseAll();
      for (const n of best) add(this.all[n]);
    }
    return out;
  }
}

/** Scores as reported: six decimals (fused scores lie between 0 and 1, so three would tie many). */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * A query term that asks for an amount: a cost word, also as part of a compound ("jaarkosten"), or a
 * large number word ("5 miljoen", "vier ton": a ton is 100,000 euros in Dutch speech).
 */
const isCostTerm = (term: string) =>
  COST_INTENT.has(term) || AMOUNT_WORDS.has(term) || COST_ENDING.test(term);
const AMOUNT_WORDS = new Set(['miljoen', 'duizend', 'ton']);
/**
 * A compound whose last part is an amount word ("jaarkosten", "halfjaarbedrag", "uurtarief"), not
 * "bekostiging" (funding: who pays, not how much).
 */
const COST_ENDING = /^(?!bekost).{2,}(kost|bedrag|tarief|prijs)$/;
/** Query words (as typed, folded) that ask for the article of law: "welk artikel", "art. 18". */
const LAW_INTENT = new Set(['artikel', 'wetsartikel', 'art']);
/** "per maand", "per kind": the query asks for a rate, as reference costs give it; a hint at an amount. */
const PER_UNIT = /\bper (maand|jaar|week|kwartaal|kind|gezin|casus|persoon)\b/;

/** How many hits to return: a whole number of at least 0 (infinity: all); anything else the default. */
function hitLimit(limit: unknown): number {
  const n = typeof limit === 'number' ? limit : Number.NaN;
  if (Number.isNaN(n)) return DEFAULT_LIMIT;
  return n === Number.POSITIVE_INFINITY ? n : Math.max(0, Math.floor(n));
}

/** Query terms beyond this many are ignored (one bit each in a per-document mask; 2^12 combinations). */
const MAX_TERMS = 12;
/** Longer queries are cut here (a paste): 8 words of a described situation are about 60 characters. */
export const MAX_QUERY_CHARS = 500;

/**
 * For each member of a related-terms group that analyzes to one term (a word, or a synonym phrase's
 * key), the other members' analyzed terms. Longer members are only widened to, never widened from.
 */
function relatedMap(groups: SynonymGroups, analyzer: Analyzer): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const group of groups) {
    const analyzed = group.map((m) => [...new Set(analyzer.query(m).map((t) => t.term))]);
    analyzed.forEach((terms, i) => {
      if (terms.length !== 1) return;
      const trigger = terms[0] as string;
      const list = out.get(trigger) ?? [];
      for (const [j, other] of analyzed.entries()) {
        if (j === i || other.length === 0 || other.includes(trigger)) continue;
        if (!list.some((l) => l.join(' ') === other.join(' '))) list.push(other);
      }
      out.set(trigger, list);
    });
  }
  return out;
}

/**
 * The `k` best documents by score (ties: lower number, which is id order), offered one at a time.
 * Most candidates fall below the current floor and cost one comparison; the few above it are inserted
 * into a short sorted list. Selection instead of a full sort keeps broad queries cheap.
 */
export class TopK {
  private readonly docs: number[] = [];
  private floor = -Infinity;
  private floorDoc = -1;
  private readonly k: number;
  /** No bound (an infinite limit): keep everything, sort once at the end. */
  private readonly all: boolean;

  constructor(
    k: number,
    private readonly scores: Float64Array,
  ) {
    this.all = k === Number.POSITIVE_INFINITY;
    this.k = Number.isFinite(k) ? Math.max(0, Math.floor(k)) : 0;
  }

  offer(n: number, s: number): void {
    const docs = this.docs;
    if (this.all) {
      docs.push(n);
      return;
    }
    if (docs.length >= this.k && (s < this.floor || (s === this.floor && n > this.floorDoc))) return;
    if (this.k === 0) return;
    const scores = this.scores;
    let lo = 0;
    let hi = docs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = docs[mid] as number;
      const ms = scores[m] as number;
      if (ms > s || (ms === s && m < n)) lo = mid + 1;
      else hi = mid;
    }
    docs.splice(lo, 0, n);
    if (docs.length > this.k) docs.pop();
    if (docs.length >= this.k) {
      this.floorDoc = docs[docs.length - 1] as number;
      this.floor = scores[this.floorDoc] as number;
    }
  }

  /** The documents kept, best first. */
  sorted(): number[] {
    if (this.all) {
      const scores = this.scores;
      this.docs.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    }
    return this.docs;
  }
}

/** Documents in every accumulator, with their summed scores. */
function intersect(accs: readonly Accumulator[], pool: AccumulatorPool): Accumulator {
  const out = pool.take();
  if (accs.length === 0) return out;
  const [smallest, ...rest] = [...accs].sort((a, b) => a.size - b.size) as [Accumulator, ...Accumulator[]];
  outer: for (const n of smallest.touched) {
    let sum = smallest.scores[n] as number;
    for (const a of rest) {
      const s = a.scores[n] as number;
      if (s === 0) continue outer;
      sum += s;
    }
    out.add(n, sum);
  }
  return out;
}

/** Documents in any accumulator, with their summed scores. */
function union(accs: readonly Accumulator[], pool: AccumulatorPool): Accumulator {
  const out = pool.take();
  for (const a of accs) for (const n of a.touched) out.add(n, a.scores[n] as number);
  return out;
}

export { editDistance };

/** Field weights of the exact-forms index: all 1, as a default MiniSearch weighs them. */
const EXACT_BOOST: Record<string, number> = Object.fromEntries(EXACT_FIELDS.map((f) => [f, 1]));

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
