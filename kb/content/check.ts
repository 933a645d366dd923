/**
 * Validates a whole knowledge base: every file on its own (parse.ts), then what only the set shows:
 * duplicate ids, dangling links, stale review dates. Every problem is reported; nothing stops early.
 */
import { parseEntry } from './parse.ts';
import type { Problem } from './problems.ts';
import type { Entry } from './schema.ts';

export interface SourceFile {
  /** Path relative to the content root, with forward slashes. */
  path: string;
  text: string;
}

export interface CheckOptions {
  /** "Today" as YYYY-MM-DD, for the staleness warning. */
  today: string;
  /** Days after `laatst_gecontroleerd` before an entry counts as stale. */
  staleAfterDays?: number;
}

export interface CheckResult {
  entries: Entry[];
  problems: Problem[];
}

export function checkContent(files: readonly SourceFile[], options: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const firstById = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sorted) {
    const r = parseEntry(f.path, f.text);
    problems.push(...r.problems);
    const id = f.path.split('/').pop()?.replace(/\.md$/, '') ?? f.path;
    const prior = firstById.get(id);
    if (prior) {
      problems.push({
        file: f.path,
        line: 1,
        severity: 'error',
        message: `duplicate id "${id}": also used by ${prior}`,
      });
      continue;
    }
    firstById.set(id, f.path);
    if (r.entry) entries.push(r.entry);
  }

  const ids = new Set(firstById.keys());
  const staleMs = (options.staleAfterDays ?? 365) * 86_400_000;
  const today = Date.parse(`${options.today}T00:00:00Z`);
  for (const e of entries) {
    for (const rel of e.meta.gerelateerd ?? []) {
      if (!ids.has(rel))
        problems.push({
          file: e.file,
          line: lineOfKey(files, e.file, 'gerelateerd'),
          severity: 'error',
          message: `related id "${rel}" does not exist`,
        });
      if (rel === e.id)
        problems.push({
          file: e.file,
          line: lineOfKey(files, e.file, 'gerelateerd'),
          severity: 'error',
          message: 'an entry cannot be related to itself',
        });
    }
    if (e.type === 'voorbeeld') {
      for (const c of e.meta.kosten ?? []) {
        if (c.referentie && !ids.has(c.referentie)) {
          problems.push({
            file: e.file,
            line: lineOfKey(files, e.file, 'kosten'),
            severity: 'error',
            message: `cost reference "${c.referentie}" does not exist`,
          });
        }
      }
    }
    const checked = Date.parse(`${e.meta.laatst_gecontroleerd}T00:00:00Z`);
    if (today - checked > staleMs) {
      problems.push({
        file: e.file,
        line: lineOfKey(files, e.file, 'laatst_gecontroleerd'),
        severity: 'warning',
        message: `last checked ${e.meta.laatst_gecontroleerd}: more than a year ago, due for review`,
      });
    }
    if (checked - today > 86_400_000) {
      problems.push({
        file: e.file,
        line: lineOfKey(files, e.file, 'laatst_gecontroleerd'),
        severity: 'error',
        message: `laatst_gecontroleerd ${e.meta.laatst_gecontroleerd} lies in the future`,
      });
    }
  }
  const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return { entries: entries.filter((e) => !broken.has(e.file)), problems };
}

function lineOfKey(files: readonly SourceFile[], path: string, key: string): number {
  const text = files.find((f) => f.path === path)?.text ?? '';
  const idx = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return idx >= 0 ? idx + 1 : 1;
}
