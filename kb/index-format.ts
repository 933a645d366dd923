/**
 * The index asset the extension ships (`extension/public/kb/index.json`): a versioned manifest, the
 * entries as data, the synonym groups and renames the analyzer and favourites need, and the serialized
 * MiniSearch index. Pagefind's habit: the panel checks the manifest before it trusts the rest.
 */
import type { SynonymGroups } from './analysis/analyzer.ts';
import type { Entry } from './schema.ts';

export const INDEX_FORMAT = 'maatwerkwijzer-index';

export interface IndexManifest {
  format: typeof INDEX_FORMAT;
  schemaVersion: number;
  /** Hash of the entries, synonyms and renames: equal content gives an equal hash. */
  contentHash: string;
  entryCount: number;
}

/** An entry as shipped: everything but its file path. */
export type StoredEntry = Entry extends infer E ? (E extends Entry ? Omit<E, 'file'> : never) : never;

export interface IndexAsset {
  manifest: IndexManifest;
  entries: StoredEntry[];
  synonyms: SynonymGroups;
  /** Compound parts learned from the entries (see analysis/lexicon.ts). */
  lexicon: string[];
  /** Old id → new id, so saved favourites survive a rename. */
  renames: Record<string, string>;
  index: unknown;
}
