/**
 * The index the extension ships, in two tiers (Pagefind's habit: a versioned manifest the panel checks
 * before it trusts the rest):
 *
 * - `kb/index.json`, the quick tier: manifest, entry metadata (no body text), synonyms, compound
 *   lexicon, renames, and a small MiniSearch index over title, summary, keywords and zoektermen. Loaded at once;
 *   enough to search as you type, browse, and count facets.
 * - `kb/full.json`, the full tier: the body sections of every entry and a MiniSearch index over the
 *   voorbeeldvragen, the knelpunt and the full text, plus the exact-forms index of the quick fields and
 *   word statistics of the voorbeeldvragen and zoekvragen (each one a document) for the nearest-question
 *   ranking, and the zoekvragen themselves. Loaded right after, off the typing path;
 *   the panel uses it once present.
 */

import type { Entry, EntryType } from '../content/schema.ts';
import type { Knelpunt } from '../content/side-files.ts';
import type { SynonymGroups } from './analysis/analyzer.ts';
import type { CompactIndex } from './compact-index.ts';
import type { Facet } from './facets.ts';

export const INDEX_FORMAT = 'maatwerkwijzer-index';

export interface IndexManifest {
  format: typeof INDEX_FORMAT;
  schemaVersion: number;
  /** Hash of entries, synonyms, lexicon and renames: equal content gives an equal hash, in both tiers. */
  contentHash: string;
  entryCount: number;
  tier: 'quick' | 'full';
}

/** An entry as shipped: everything but its file path. */
export type StoredEntry = Entry extends infer E ? (E extends Entry ? Omit<E, 'file'> : never) : never;
/** What the quick tier knows of an entry: enough to list, browse, filter and suggest. */
export interface EntryHeader {
  id: string;
  type: EntryType;
  titel: string;
  samenvatting: string;
  trefwoorden: string[];
  zoektermen?: string[];
  gerelateerd?: string[];
  /** Knelpunten this case ran into (cases only). */
  knelpunten?: string[];
  /** Facet values as positions in `QuickAsset.facetValues` (compact: no repeated strings). */
  facets: number[];
}

export interface QuickAsset {
  manifest: IndexManifest & { tier: 'quick' };
  /** Sorted by id; position = document number in both tiers. */
  entries: EntryHeader[];
  synonyms: SynonymGroups;
  /** Related-term groups (verwante-termen.yaml): the query widens with them at a lower weight. */
  related?: SynonymGroups;
  /** Compound parts learned from the entries (see analysis/lexicon.ts). */
  lexicon: string[];
  /** Old id → new id, so saved favourites survive a rename. */
  renames: Record<string, string>;
  /** Every facet value in the knowledge base, as [facet, value]. */
  facetValues: [Facet, string][];
  /** The shared vocabulary of knelpunten. */
  knelpunten: Knelpunt[];
  index: CompactIndex;
}

export interface FullAsset {
  manifest: IndexManifest & { tier: 'full' };
  /** The complete entries, in the same order as the quick tier's headers. */
  entries: StoredEntry[];
  index: CompactIndex;
  /**
   * The quick tier's fields again, words as written (folded, not stemmed, stop words kept), for the
   * exact-forms ranking. Here rather than in the quick tier, which it would make half as large again.
   */
  exact: CompactIndex;
  /**
   * What the nearest-question ranking needs besides the voorbeeldvragen themselves (in `entries`): over
   * all questions, each one a document of its words as written (as `exact`), how many there are, their
   * mean length in words, and per word the number of questions holding it (RANK.questionWeight).
   */
  questions: QuestionStats;
  /**
   * Per entry id, the searches written for it (zoekvragen.yaml): indexed with its voorbeeldvragen and
   * matched one by one like them, never shown. Only ids of this index; an entry without any is absent.
   */
  zoekvragen: Record<string, string[]>;
}

export interface QuestionStats {
  count: number;
  avgLength: number;
  /** Sorted; `df[i]` questions hold `terms[i]`. */
  terms: string[];
  df: number[];
}

export interface IndexAsset {
  quick: QuickAsset;
  full: FullAsset;
}
