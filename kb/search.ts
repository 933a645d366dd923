/**
 * Search over a loaded index asset. The CLI (`kb search`), the benchmarks and the side panel all go
 * through this class, so they rank identically.
 */
import MiniSearch, { type SearchResult as MiniResult, type Query } from 'minisearch';
import { type Analyzer, createAnalyzer, type QueryTerm } from './analysis/analyzer.ts';
import { fold, tokenizeWords } from './analysis/fold.ts';
import { excerpt, highlight, matcherFor, type Segment } from './excerpt.ts';
import { countFacets, type Facet, type FacetValue, type Filters, matchesFilters } from './facets.ts';
import { INDEX_FORMAT, type IndexAsset, type StoredEntry } from './index-format.ts';
import type { EntryType } from './schema.ts';
import {
  BASE_SEARCH,
  COST_INTENT,
  COST_INTENT_WEIGHT,
  DEFAULT_LIMIT,
  INDEX_SCHEMA_VERSION,
  type IndexDoc,
  maxEdits,
  miniSearchOptions,
  TYPE_WEIGHT,
} from './search-options.ts';

export interface SearchHit {
  id: string;
  type: EntryType;
  title: string;
  score: number;
}

export interface DetailedHit extends SearchHit {
  entry: StoredEntry;
  titleSegments: Segment[];
  excerpt: Segment[];
}

export interface SearchResponse {
  query: string;
  /** `all`: every term matched; `any`: no entry had all terms, so entries with some are shown. */
  mode: 'all' | 'any' | 'browse';
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
}

export class IndexVersionError extends Error {}

export function checkManifest(asset: unknown): asserts asset is IndexAsset {
  const m = (asset as { manifest?: Record<string, unknown> } | null)?.manifest;
  if (!m || m.format !== INDEX_FORMAT) throw new IndexVersionError('Dit is geen Maatwerkwijzer-index.');
  if (m.schemaVersion !== INDEX_SCHEMA_VERSION) {
    throw new IndexVersionError(
      `Index-versie ${String(m.schemaVersion)} past niet bij deze versie (${INDEX_SCHEMA_VERSION}).`,
    );
  }
  const entries = (asset as { entries?: unknown }).entries;
  if (!Array.isArray(entries) || entries.length !== m.entryCount) {
    throw new IndexVersionError('De index is onvolledig: het aantal items klopt niet met het manifest.');
  }
}

export class KnowledgeIndex {
  readonly analyzer: Analyzer;
  readonly entries: ReadonlyMap<string, StoredEntry>;
  readonly all: readonly StoredEntry[];
  private readonly mini: MiniSearch<IndexDoc>;
  private vocabulary: string[] | null = null;
  private readonly types: ReadonlyMap<string, EntryType>;

  private constructor(readonly asset: IndexAsset) {
    this.analyzer = createAnalyzer(asset.synonyms, asset.lexicon ?? []);
    this.all = asset.entries;
    this.entries = new Map(asset.entries.map((e) => [e.id, e]));
    this.mini = MiniSearch.loadJS(asset.index as never, miniSearchOptions(this.analyzer));
    this.types = new Map(asset.entries.map((e) => [e.id, e.type]));
  }

  /** Loads an asset after checking its manifest; throws IndexVersionError on a mismatch. */
  static load(asset: unknown): KnowledgeIndex {
    checkManifest(asset);
    return new KnowledgeIndex(asset);
  }

  get(id: string): StoredEntry | undefined {
    return this.entries.get(id) ?? this.entries.get(this.asset.renames[id] ?? '');
  }

  /** Resolves an id through the renames map (for saved favourites). */
  resolveId(id: string): string | undefined {
    if (this.entries.has(id)) return id;
    const renamed = this.asset.renames[id];
    return renamed && this.entries.has(renamed) ? renamed : undefined;
  }

  /** Ranked hits for a query: the contract of `kb search --json`. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.run(query, options).hits.map(({ id, type, title, score }) => ({ id, type, title, score }));
  }

  /** Everything the side panel shows for a query: hits with excerpts, facets, suggestions. */
  query(query: string, options: SearchOptions = {}): SearchResponse {
    return this.run(query, options);
  }

  private run(query: string, options: SearchOptions): SearchResponse {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const filters = options.filters ?? {};
    const terms = this.analyzer.query(query, { typing: options.typing });
    if (terms.length === 0) {
      const list = this.all.filter((e) => matchesFilters(e, filters)).sort(browseOrder);
      return {
        query,
        mode: 'browse',
        total: list.length,
        hits: list.slice(0, limit).map((e) => this.detail(e, 0, [])),
        facets: countFacets(this.all.filter((e) => matchesFilters(e, filters))),
        suggestions: [],
      };
    }
    const costIntent = terms.some((t) => COST_INTENT.has(t.term));
    const base = this.searchOptions(costIntent);
    const filter = (r: MiniResult) => {
      const e = this.entries.get(r.id as string);
      return !!e && matchesFilters(e, filters);
    };
    let mode: 'all' | 'any' = 'all';
    let results = this.mini.search(toQuery(terms, 'AND'), { ...base, filter });
    if (results.length === 0 && terms.length > 1) {
      mode = 'any';
      results = this.mini.search(toQuery(terms, 'OR'), { ...base, filter });
    }
    const matched = results.map((r) => this.entries.get(r.id as string)).filter((e): e is StoredEntry => !!e);
    return {
      query,
      mode,
      total: results.length,
      hits: results
        .slice(0, limit)
        .map((r) => this.detail(this.entries.get(r.id as string) as StoredEntry, r.score, terms)),
      facets: countFacets(matched),
      suggestions: results.length === 0 ? this.suggest(query) : [],
    };
  }

  /** Type weights; a question about an amount turns the weight of reference costs around. */
  private searchOptions(costIntent: boolean): typeof BASE_SEARCH {
    return {
      ...BASE_SEARCH,
      boostDocument: (id) => {
        const type = this.types.get(id as string);
        if (type === 'referentiekosten' && costIntent) return COST_INTENT_WEIGHT;
        return type ? (TYPE_WEIGHT[type] ?? 1) : 1;
      },
    };
  }

  private detail(e: StoredEntry, score: number, terms: QueryTerm[]): DetailedHit {
    const match = matcherFor(terms, this.analyzer);
    return {
      id: e.id,
      type: e.type,
      title: e.meta.titel,
      score: Math.round(score * 1000) / 1000,
      entry: e,
      titleSegments: highlight(e.meta.titel, match),
      excerpt: terms.length
        ? excerpt([e.meta.samenvatting, ...Object.values(e.sections)], match)
        : [{ text: e.meta.samenvatting, hit: false }],
    };
  }

  /** Known words close to the query's words (by edit distance), for "bedoelde u…". */
  suggest(query: string, max = 5): string[] {
    if (!this.vocabulary) {
      const words = new Set<string>();
      for (const e of this.all) {
        for (const t of [e.meta.titel, ...e.meta.trefwoorden, ...(e.meta.zoektermen ?? [])]) {
          for (const w of tokenizeWords(fold(t))) if (w.length >= 4) words.add(w);
        }
      }
      this.vocabulary = [...words].sort();
    }
    const out: { w: string; d: number }[] = [];
    for (const q of tokenizeWords(fold(query))) {
      for (const w of this.vocabulary) {
        const d = editDistance(q, w, 3);
        if (d <= Math.max(1, Math.floor(q.length / 3)) && d > 0) out.push({ w, d });
      }
    }
    return [...new Set(out.sort((a, b) => a.d - b.d).map((o) => o.w))].slice(0, max);
  }

  /** Related entries: explicit links first, then entries linking here, then the most similar. */
  related(id: string, max = 6): StoredEntry[] {
    const e = this.get(id);
    if (!e) return [];
    const seen = new Set<string>([e.id]);
    const out: StoredEntry[] = [];
    const add = (x: StoredEntry | undefined) => {
      if (x && !seen.has(x.id) && out.length < max) {
        seen.add(x.id);
        out.push(x);
      }
    };
    for (const r of e.meta.gerelateerd ?? []) add(this.get(r));
    for (const other of this.all) if (other.meta.gerelateerd?.includes(e.id)) add(other);
    if (out.length < max) {
      const terms = this.analyzer.query([e.meta.titel, ...e.meta.trefwoorden].join(' '));
      for (const r of this.mini.search(toQuery(terms, 'OR'), this.searchOptions(false)))
        add(this.entries.get(r.id as string));
    }
    return out;
  }
}

const TYPE_ORDER: Record<EntryType, number> = {
  voorbeeld: 0,
  wet: 1,
  instrument: 2,
  werkwijze: 3,
  referentiekosten: 4,
};
function browseOrder(a: StoredEntry, b: StoredEntry): number {
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.meta.titel.localeCompare(b.meta.titel, 'nl');
}

function toQuery(terms: readonly QueryTerm[], combineWith: 'AND' | 'OR'): Query {
  const exact = (term: string, fuzzy: boolean): Query => ({
    queries: [term],
    fuzzy: fuzzy ? maxEdits(term) || false : false,
    prefix: false,
  });
  return {
    combineWith,
    queries: terms.map((t) => {
      // A term matches as written, as its compound parts written apart, or (while typing) as a prefix.
      const alternatives: Query[] = [exact(t.term, t.fuzzy)];
      if (t.parts)
        alternatives.push({ combineWith: 'AND', queries: t.parts.map((p) => exact(p, p.length >= 5)) });
      if (t.prefix) alternatives.push({ queries: [t.prefix], prefix: true, fuzzy: false });
      return alternatives.length === 1
        ? (alternatives[0] as Query)
        : { combineWith: 'OR', queries: alternatives };
    }),
  };
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}
