/**
 * The knowledge base's data files beside the entries: `synoniemen.yaml` and `verwante-termen.yaml` (word
 * groups for search), `renames.yaml` (old id → new id), `knelpunten.yaml` (the shared vocabulary of
 * knelpunten) and `zoekvragen.yaml` (searches per entry). Parsed as plain YAML data, validated, with line
 * numbers.
 */
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { fold } from '../search/analysis/fold.ts';
import { LAW_KEYS } from './laws.ts';
import type { Problem } from './problems.ts';
import { ID_PATTERN } from './schema.ts';

function load(
  path: string,
  text: string,
  problems: Problem[],
): {
  value: unknown;
  line: (i: number) => number;
  itemLine: (i: number, j: number) => number;
  /** The top-level keys as written, in the file's order ("" for an item without a scalar key). */
  keys: () => string[];
} | null {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, schema: 'core', merge: false });
  const errs = [...doc.errors, ...doc.warnings];
  for (const e of errs)
    problems.push({
      file: path,
      line: lc.linePos(e.pos[0]).line,
      severity: 'error',
      message: `YAML: ${e.message.split('\n')[0]}`,
    });
  if (errs.length) return null;
  if (text.includes('&') && /(^|\s)[&*][\w-]+/m.test(text)) {
    problems.push({
      file: path,
      line: 1,
      severity: 'error',
      message: 'YAML anchors and aliases are not allowed',
    });
    return null;
  }
  type Node = {
    range?: number[];
    key?: { range?: number[]; value?: unknown };
    value?: { items?: Node[] } | null;
  };
  const items = (doc.contents as { items?: Node[] } | null)?.items ?? [];
  const lineOf = (it: Node | undefined) => {
    const off = it?.range?.[0] ?? it?.key?.range?.[0];
    return off === undefined ? 1 : lc.linePos(off).line;
  };
  return {
    value: doc.toJS({ maxAliasCount: 0 }),
    line: (i) => lineOf(items[i]),
    // The line of the j-th item in the list under top-level key i (j < 0: the key's own line).
    itemLine: (i, j) => {
      const inner = j >= 0 ? items[i]?.value?.items?.[j] : undefined;
      return inner ? lineOf(inner) : lineOf(items[i]);
    },
    keys: () =>
      items.map((it) =>
        it.key && (typeof it.key.value === 'string' || typeof it.key.value === 'number')
          ? String(it.key.value)
          : '',
      ),
  };
}

const synonymsSchema = z.array(z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(2)));

export function parseSynonyms(path: string, text: string): { groups: string[][]; problems: Problem[] } {
  return parseGroups(path, text, 'synonym group');
}

/**
 * `verwante-termen.yaml`: groups of related words and phrases (everyday word, formal term, abbreviation).
 * Same shape as the synonym groups; search widens a query with them at a lower weight instead of
 * treating them as equal.
 */
export function parseRelatedTerms(path: string, text: string): { groups: string[][]; problems: Problem[] } {
  return parseGroups(path, text, 'related-terms group');
}

function parseGroups(path: string, text: string, what: string): { groups: string[][]; problems: Problem[] } {
  const problems: Problem[] = [];
  const doc = load(path, text, problems);
  if (!doc) return { groups: [], problems };
  const r = synonymsSchema.safeParse(doc.value);
  if (!r.success) {
    for (const i of r.error.issues) {
      problems.push({
        file: path,
        line: doc.line(Number(i.path[0] ?? 0)),
        severity: 'error',
        message: `${what} ${Number(i.path[0] ?? 0) + 1}: ${i.message} (each group is a list of at least two phrases)`,
      });
    }
    return { groups: [], problems };
  }
  return { groups: r.data, problems };
}

const renamesSchema = z.record(
  z.string().check(z.regex(ID_PATTERN)),
  z.string().check(z.regex(ID_PATTERN, 'must be an ASCII kebab-case id')),
);

export function parseRenames(
  path: string,
  text: string,
  knownIds: ReadonlySet<string>,
): { renames: Record<string, string>; problems: Problem[] } {
  const problems: Problem[] = [];
  const doc = load(path, text, problems);
  if (!doc) return { renames: {}, problems };
  const value = doc.value ?? {};
  const r = renamesSchema.safeParse(value);
  if (!r.success) {
    for (const i of r.error.issues)
      problems.push({
        file: path,
        line: 1,
        severity: 'error',
        message: `${i.path.join('.') || 'renames'}: ${i.message}`,
      });
    return { renames: {}, problems };
  }
  Object.entries(r.data).forEach(([from, to], i) => {
    if (knownIds.has(from))
      problems.push({
        file: path,
        line: doc.line(i),
        severity: 'error',
        message: `"${from}" still exists; only removed ids can be renamed`,
      });
    if (!knownIds.has(to))
      problems.push({
        file: path,
        line: doc.line(i),
        severity: 'error',
        message: `rename target "${to}" does not exist`,
      });
  });
  return { renames: problems.length ? {} : r.data, problems };
}

export interface Knelpunt {
  id: string;
  naam: string;
  wetten: string[];
  omschrijving: string;
  /** What the sources recommend doing at the level of policy when it recurs. */
  aanpak?: string;
}

const knelpuntenSchema = z.array(
  z.strictObject({
    id: z.string().check(z.regex(ID_PATTERN, 'must be an ASCII kebab-case id')),
    naam: z.string().check(z.trim(), z.minLength(1)),
    wetten: z.array(z.enum(LAW_KEYS)),
    omschrijving: z.string().check(z.trim(), z.minLength(1)),
    aanpak: z.optional(z.string().check(z.trim(), z.minLength(1))),
  }),
);

/** The shared vocabulary of knelpunten (`knelpunten.yaml`): what blocks maatwerk, tied to the laws involved. */
export function parseKnelpunten(path: string, text: string): { knelpunten: Knelpunt[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const doc = load(path, text, problems);
  if (!doc) return { knelpunten: [], problems };
  const r = knelpuntenSchema.safeParse(doc.value ?? []);
  if (!r.success) {
    for (const i of r.error.issues) {
      problems.push({
        file: path,
        line: doc.line(Number(i.path[0] ?? 0)),
        severity: 'error',
        message: `knelpunt ${Number(i.path[0] ?? 0) + 1}: ${i.path.slice(1).join('.') || 'entry'}: ${i.message}`,
      });
    }
    return { knelpunten: [], problems };
  }
  const seen = new Set<string>();
  r.data.forEach((k, i) => {
    if (seen.has(k.id))
      problems.push({
        file: path,
        line: doc.line(i),
        severity: 'error',
        message: `duplicate knelpunt id "${k.id}"`,
      });
    seen.add(k.id);
  });
  return { knelpunten: problems.length ? [] : r.data, problems };
}

/** When two searches are the same: folded (case and accents ignored), runs of spaces as one. */
export function zoekvraagKey(search: string): string {
  return fold(search).replace(/\s+/g, ' ').trim();
}

/** Longest zoekvraag, as for a voorbeeldvraag: one search as typed, not a paragraph. */
export const ZOEKVRAAG_MAX_LENGTH = 120;

const zoekvragenSchema = z.record(
  z.string(),
  z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(ZOEKVRAAG_MAX_LENGTH))),
);

/**
 * `zoekvragen.yaml`: per entry id, searches written for that entry (never shown; indexed with the
 * entry's voorbeeldvragen). Every key must be an existing id (a renamed one names its new id), no entry
 * lists the same search twice (compared folded: case and accents ignored).
 */
export function parseZoekvragen(
  path: string,
  text: string,
  knownIds: ReadonlySet<string>,
  renames: Readonly<Record<string, string>> = {},
): { zoekvragen: Record<string, string[]>; problems: Problem[] } {
  const problems: Problem[] = [];
  const doc = load(path, text, problems);
  if (!doc) return { zoekvragen: {}, problems };
  const value = doc.value ?? {};
  const err = (line: number, message: string) =>
    problems.push({ file: path, line, severity: 'error', message });
  if (typeof value !== 'object' || Array.isArray(value)) {
    err(1, 'the file maps entry ids to lists of searches ("id:" and below it "- search")');
    return { zoekvragen: {}, problems };
  }
  // The keys as written, in the file's order: also "__proto__" or "2024", which a plain object hides or
  // reorders.
  const keys = doc.keys();
  keys.forEach((id, i) => {
    if (!knownIds.has(id))
      err(
        doc.itemLine(i, -1),
        Object.hasOwn(renames, id) ? `"${id}" was renamed: use "${renames[id]}"` : `unknown entry id "${id}"`,
      );
  });
  const r = zoekvragenSchema.safeParse(value);
  if (!r.success) {
    for (const issue of r.error.issues) {
      const key = String(issue.path[0] ?? '');
      const at = keys.indexOf(key);
      const j = typeof issue.path[1] === 'number' ? issue.path[1] : -1;
      err(
        at >= 0 ? doc.itemLine(at, j) : 1,
        j >= 0
          ? `${key} search ${j + 1}: must be text of 1 to ${ZOEKVRAAG_MAX_LENGTH} characters`
          : `${key}: must be a list of searches ("- search" on the lines below it)`,
      );
    }
    problems.sort((a, b) => a.line - b.line);
    return { zoekvragen: {}, problems };
  }
  keys.forEach((id, i) => {
    const seen = new Set<string>();
    const searches = Object.hasOwn(r.data, id) ? (r.data[id] ?? []) : [];
    searches.forEach((s, j) => {
      const key = zoekvraagKey(s);
      if (seen.has(key)) err(doc.itemLine(i, j), `${id}: "${s}" is listed twice`);
      seen.add(key);
    });
  });
  problems.sort((a, b) => a.line - b.line);
  return { zoekvragen: problems.length ? {} : r.data, problems };
}
