/**
 * Loading a whole knowledge base from its files (given as text: kb/ does no I/O): entries, synonyms and
 * renames, with every problem found. The CLI's check, build and search all start here.
 */

import { type CheckOptions, checkContent, type SourceFile } from '../content/check.ts';
import { extraChecks } from '../content/content-checks.ts';
import { errorsOf, type Problem } from '../content/problems.ts';
import type { Entry } from '../content/schema.ts';
import {
  type Knelpunt,
  parseKnelpunten,
  parseRelatedTerms,
  parseRenames,
  parseSynonyms,
  parseZoekvragen,
} from '../content/side-files.ts';
import type { SynonymGroups } from './analysis/analyzer.ts';
import { buildIndex } from './build-index.ts';
import type { IndexAsset } from './index-format.ts';

export const SYNONYMS_FILE = 'synoniemen.yaml';
export const RENAMES_FILE = 'renames.yaml';
export const KNELPUNTEN_FILE = 'knelpunten.yaml';
export const RELATED_FILE = 'verwante-termen.yaml';
export const ZOEKVRAGEN_FILE = 'zoekvragen.yaml';

export interface KnowledgeBaseFiles {
  entries: SourceFile[];
  synonyms?: SourceFile;
  renames?: SourceFile;
  knelpunten?: SourceFile;
  /** Related terms (verwante-termen.yaml): query widening at a lower weight. */
  related?: SourceFile;
  /** Searches per entry (zoekvragen.yaml), indexed with its voorbeeldvragen. */
  zoekvragen?: SourceFile;
}

export interface LoadedKnowledgeBase {
  entries: Entry[];
  synonyms: SynonymGroups;
  related: SynonymGroups;
  renames: Record<string, string>;
  knelpunten: Knelpunt[];
  zoekvragen: Record<string, string[]>;
  problems: Problem[];
}

export function loadKnowledgeBase(files: KnowledgeBaseFiles, options: CheckOptions): LoadedKnowledgeBase {
  const { entries, problems } = checkContent(files.entries, options);
  const syn = files.synonyms
    ? parseSynonyms(files.synonyms.path, files.synonyms.text)
    : { groups: [], problems: [] };
  const rel = files.related
    ? parseRelatedTerms(files.related.path, files.related.text)
    : { groups: [], problems: [] };
  const ids = new Set(files.entries.map((f) => f.path.split('/').pop()?.replace(/\.md$/, '') ?? ''));
  const ren = files.renames
    ? parseRenames(files.renames.path, files.renames.text, ids)
    : { renames: {}, problems: [] };
  const kn = files.knelpunten
    ? parseKnelpunten(files.knelpunten.path, files.knelpunten.text)
    : { knelpunten: [], problems: [] };
  const zv = files.zoekvragen
    ? parseZoekvragen(files.zoekvragen.path, files.zoekvragen.text, ids, ren.renames)
    : { zoekvragen: {}, problems: [] };
  const links = checkLinks(files.entries, entries, new Set(kn.knelpunten.map((k) => k.id)), ids);
  // Near-duplicates (warnings) and anything that looks like personal data (errors), in every file.
  const sideFiles = [files.synonyms, files.related, files.renames, files.knelpunten, files.zoekvragen].filter(
    (f): f is SourceFile => !!f,
  );
  const extra = extraChecks([...files.entries, ...sideFiles], entries, options);
  const broken = new Set([...links, ...extra].filter((p) => p.severity === 'error').map((p) => p.file));
  return {
    entries: entries.filter((e) => !broken.has(e.file)),
    synonyms: syn.groups,
    related: rel.groups,
    renames: ren.renames,
    knelpunten: kn.knelpunten,
    zoekvragen: zv.zoekvragen,
    problems: [
      ...problems,
      ...syn.problems,
      ...rel.problems,
      ...ren.problems,
      ...kn.problems,
      ...zv.problems,
      ...links,
      ...extra,
    ],
  };
}

/** Builds the index asset, or returns the errors that prevent it. */
export function buildKnowledgeBase(
  files: KnowledgeBaseFiles,
  options: CheckOptions,
): { asset: IndexAsset | null; problems: Problem[] } {
  const kb = loadKnowledgeBase(files, options);
  if (errorsOf(kb.problems).length) return { asset: null, problems: kb.problems };
  return {
    asset: buildIndex(kb.entries, kb.synonyms, kb.renames, kb.knelpunten, kb.related, kb.zoekvragen),
    problems: kb.problems,
  };
}

/** Knelpunt tags must be in the vocabulary; learning-path steps must point at existing entries. */
function checkLinks(
  files: readonly SourceFile[],
  entries: readonly Entry[],
  knelpunten: ReadonlySet<string>,
  ids: ReadonlySet<string>,
): Problem[] {
  const out: Problem[] = [];
  const lineOf = (file: string, needle: string) => {
    const text = files.find((f) => f.path === file)?.text ?? '';
    const i = text.split('\n').findIndex((l) => l.includes(needle));
    return i >= 0 ? i + 1 : 1;
  };
  for (const e of entries) {
    if (e.type === 'voorbeeld') {
      for (const k of e.meta.knelpunten ?? []) {
        if (!knelpunten.has(k))
          out.push({
            file: e.file,
            line: lineOf(e.file, 'knelpunten:'),
            severity: 'error',
            message: `unknown knelpunt "${k}": add it to knelpunten.yaml or use a known one`,
          });
      }
    }
    if (e.type === 'leerroute') {
      for (const s of e.meta.stappen) {
        if (!ids.has(s.item))
          out.push({
            file: e.file,
            line: lineOf(e.file, `item: ${s.item}`),
            severity: 'error',
            message: `step item "${s.item}" does not exist`,
          });
      }
    }
  }
  return out;
}
