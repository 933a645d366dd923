/**
 * The knowledge base's two data files beside the entries: `synoniemen.yaml` (synonym groups for search)
 * and `renames.yaml` (old id → new id). Parsed as plain YAML data, validated, with line numbers.
 */
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { LAW_KEYS } from './laws.ts';
import type { Problem } from './problems.ts';
import { ID_PATTERN } from './schema.ts';

function load(
  path: string,
  text: string,
  problems: Problem[],
): { value: unknown; line: (i: number) => number } | null {
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
  const items =
    (doc.contents as { items?: { range?: number[]; key?: { range?: number[] } }[] } | null)?.items ?? [];
  return {
    value: doc.toJS({ maxAliasCount: 0 }),
    line: (i) => {
      const it = items[i];
      const off = it?.range?.[0] ?? it?.key?.range?.[0];
      return off === undefined ? 1 : lc.linePos(off).line;
    },
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
