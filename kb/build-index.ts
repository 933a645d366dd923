/** Builds the index asset from validated entries. Deterministic: the same content gives the same bytes. */
import MiniSearch from 'minisearch';
import { createAnalyzer, type SynonymGroups } from './analysis/analyzer.ts';
import { learnLexicon } from './analysis/lexicon.ts';
import { fnv1a64 } from './hash.ts';
import { toIndexDoc } from './index-doc.ts';
import { INDEX_FORMAT, type IndexAsset, type StoredEntry } from './index-format.ts';
import type { Entry } from './schema.ts';
import { INDEX_SCHEMA_VERSION, type IndexDoc, miniSearchOptions } from './search-options.ts';

export function buildIndex(
  entries: readonly Entry[],
  synonyms: SynonymGroups,
  renames: Record<string, string>,
): IndexAsset {
  const stored: StoredEntry[] = [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ file: _file, ...rest }) => rest);
  const docs = stored.map(toIndexDoc);
  const lexicon = learnLexicon(
    docs.map((d) => `${d.titel} ${d.samenvatting} ${d.trefwoorden} ${d.knelpunt} ${d.tekst}`),
  );
  const analyzer = createAnalyzer(synonyms, lexicon);
  const mini = new MiniSearch<IndexDoc>(miniSearchOptions(analyzer));
  mini.addAll(docs);
  const sortedRenames = Object.fromEntries(Object.entries(renames).sort(([a], [b]) => (a < b ? -1 : 1)));
  const contentHash = fnv1a64(JSON.stringify([stored, synonyms, sortedRenames, lexicon]));
  return {
    manifest: {
      format: INDEX_FORMAT,
      schemaVersion: INDEX_SCHEMA_VERSION,
      contentHash,
      entryCount: stored.length,
    },
    entries: stored,
    synonyms,
    lexicon,
    renames: sortedRenames,
    index: mini.toJSON(),
  };
}
