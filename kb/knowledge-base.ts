/**
 * Loading a whole knowledge base from its files (given as text: kb/ does no I/O): entries, synonyms and
 * renames, with every problem found. The CLI's check, build and search all start here.
 */
import type { SynonymGroups } from './analysis/analyzer.ts';
import { buildIndex } from './build-index.ts';
import { type CheckOptions, checkContent, type SourceFile } from './check.ts';
import type { IndexAsset } from './index-format.ts';
import { errorsOf, type Problem } from './problems.ts';
import type { Entry } from './schema.ts';
import { parseRenames, parseSynonyms } from './side-files.ts';

export const SYNONYMS_FILE = 'synoniemen.yaml';
export const RENAMES_FILE = 'renames.yaml';

export interface KnowledgeBaseFiles {
  entries: SourceFile[];
  synonyms?: SourceFile;
  renames?: SourceFile;
}

export interface LoadedKnowledgeBase {
  entries: Entry[];
  synonyms: SynonymGroups;
  renames: Record<string, string>;
  problems: Problem[];
}

export function loadKnowledgeBase(files: KnowledgeBaseFiles, options: CheckOptions): LoadedKnowledgeBase {
  const { entries, problems } = checkContent(files.entries, options);
  const syn = files.synonyms
    ? parseSynonyms(files.synonyms.path, files.synonyms.text)
    : { groups: [], problems: [] };
  const ids = new Set(files.entries.map((f) => f.path.split('/').pop()?.replace(/\.md$/, '') ?? ''));
  const ren = files.renames
    ? parseRenames(files.renames.path, files.renames.text, ids)
    : { renames: {}, problems: [] };
  return {
    entries,
    synonyms: syn.groups,
    renames: ren.renames,
    problems: [...problems, ...syn.problems, ...ren.problems],
  };
}

/** Builds the index asset, or returns the errors that prevent it. */
export function buildKnowledgeBase(
  files: KnowledgeBaseFiles,
  options: CheckOptions,
): { asset: IndexAsset | null; problems: Problem[] } {
  const kb = loadKnowledgeBase(files, options);
  if (errorsOf(kb.problems).length) return { asset: null, problems: kb.problems };
  return { asset: buildIndex(kb.entries, kb.synonyms, kb.renames), problems: kb.problems };
}
