/**
 * Parses one content file: YAML front matter (data only, never code) plus markdown body split into H2
 * sections, validated against the schema of its folder's type. Every problem carries a line number.
 */
import { isAlias, isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { LAWS } from './laws.ts';
import type { Problem } from './problems.ts';
import { type Entry, type EntryType, ID_PATTERN, SCHEMAS, SECTIONS, TYPE_FOLDERS } from './schema.ts';

export const MAX_FILE_BYTES = 256 * 1024;

const FOLDER_TYPES = new Map<string, EntryType>(
  Object.entries(TYPE_FOLDERS).map(([type, folder]) => [folder, type as EntryType]),
);

/** The entry type and id a content path implies, e.g. `voorbeelden/x.md` → voorbeeld, x. */
export function classifyPath(relPath: string): { type: EntryType; id: string } | { error: string } {
  const parts = relPath.split('/');
  if (parts.length !== 2)
    return { error: `entries live one level deep, in ${[...FOLDER_TYPES.keys()].join(', ')}` };
  const [folder, name] = parts as [string, string];
  const type = FOLDER_TYPES.get(folder);
  if (!type)
    return { error: `unknown folder "${folder}"; use one of ${[...FOLDER_TYPES.keys()].join(', ')}` };
  if (!name.endsWith('.md')) return { error: 'entry files end in .md' };
  const id = name.slice(0, -3);
  if (!ID_PATTERN.test(id))
    return { error: `file name "${name}" must be ASCII kebab-case (a-z, 0-9, -): it is the id` };
  return { type, id };
}

export interface ParseResult {
  entry: Entry | null;
  problems: Problem[];
}

export function parseEntry(relPath: string, source: string): ParseResult {
  const problems: Problem[] = [];
  const err = (line: number, message: string) =>
    problems.push({ file: relPath, line, message, severity: 'error' });
  const fail = (line: number, message: string): ParseResult => {
    err(line, message);
    return { entry: null, problems };
  };

  const kind = classifyPath(relPath);
  if ('error' in kind) return fail(1, kind.error);
  if (source.length > MAX_FILE_BYTES) return fail(1, `file is larger than ${MAX_FILE_BYTES / 1024} kB`);
  if (source.charCodeAt(0) === 0xfeff)
    return fail(1, 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  const cr = source.indexOf('\r');
  if (cr >= 0) return fail(lineAt(source, cr), 'file uses CRLF or CR line endings; use LF only');
  if (source.includes('\u0000'))
    return fail(lineAt(source, source.indexOf('\u0000')), 'file contains a NUL byte');

  const lines = source.split('\n');
  const first = lines[0] ?? '';
  if (first !== '---') {
    if (first.startsWith('---')) {
      return fail(
        1,
        `front matter must open with a plain "---" line; "${first.slice(0, 20)}" (code or typed front matter) is never evaluated and not allowed`,
      );
    }
    return fail(1, 'file must start with YAML front matter opened by a "---" line');
  }
  const close = lines.indexOf('---', 1);
  if (close < 0) return fail(1, 'front matter is not closed by a "---" line');

  const yamlText = lines.slice(1, close).join('\n');
  const meta = parseYaml(yamlText, 2, err);
  if (!meta) return { entry: null, problems };

  const schema = SCHEMAS[kind.type];
  const result = schema.safeParse(meta.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          err(meta.lineOf([...path, key], true), `unknown field "${[...path, key].join('.')}"`);
        }
      } else {
        const where = path.length ? `field "${path.join('.')}"` : 'front matter';
        const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
        err(meta.lineOf(path, false), missing ? `missing required ${where}` : `${where}: ${issue.message}`);
      }
    }
  }

  const sections = parseSections(lines, close + 1, kind.type, err);

  if (result.success) {
    const data = result.data as Record<string, unknown>;
    checkTypeRules(kind.type, data, meta.lineOf, err);
  }
  if (problems.length > 0 || !result.success) return { entry: null, problems };
  return {
    entry: { id: kind.id, type: kind.type, file: relPath, meta: result.data, sections } as Entry,
    problems,
  };
}

type LineOf = (path: (string | number)[], key: boolean) => number;

function parseYaml(
  text: string,
  firstLine: number,
  err: (line: number, message: string) => void,
): { value: unknown; lineOf: LineOf } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    schema: 'core',
    merge: false,
    prettyErrors: false,
  });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  let ok = true;
  for (const e of [...doc.errors, ...doc.warnings]) {
    ok = false;
    const msg = e.code === 'DUPLICATE_KEY' ? 'duplicate key in front matter' : e.message.split('\n')[0];
    err(toLine(e.pos[0]), `YAML: ${msg}`);
  }
  if (!ok) return null;
  visit(doc, {
    Alias(_, node) {
      ok = false;
      err(toLine(node.range?.[0] ?? 0), 'YAML anchors and aliases are not allowed in front matter');
      return visit.BREAK;
    },
    Node(_, node) {
      if (isNode(node) && (node.anchor || (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')))) {
        ok = false;
        err(
          toLine(node.range?.[0] ?? 0),
          node.anchor
            ? 'YAML anchors are not allowed in front matter'
            : `YAML tag "${node.tag}" is not allowed`,
        );
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (!ok) return null;
  if (!isMap(doc.contents)) {
    err(firstLine, 'front matter must be a YAML mapping of fields');
    return null;
  }
  const value = doc.toJS({ maxAliasCount: 0 });
  const lineOf: LineOf = (path, key) => {
    let node: unknown = doc.contents;
    let line = firstLine - 1;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
        if (!pair) break;
        const k = pair.key as Node;
        if (key && i === path.length - 1) return toLine(k.range?.[0] ?? 0);
        line = toLine(k.range?.[0] ?? 0);
        node = pair.value;
      } else if (node && typeof node === 'object' && 'items' in node && typeof seg === 'number') {
        const item = (node as { items: unknown[] }).items[seg];
        if (!isNode(item) || isAlias(item)) break;
        line = toLine(item.range?.[0] ?? 0);
        node = item;
      } else break;
    }
    return Math.max(line, 1);
  };
  return { value, lineOf };
}

function parseSections(
  lines: string[],
  start: number,
  type: EntryType,
  err: (line: number, message: string) => void,
): Record<string, string> {
  const spec = SECTIONS[type];
  const allowed = new Set([...spec.required, ...spec.optional]);
  const sections: Record<string, string> = {};
  const seenAt: Record<string, number> = {};
  let current: string | null = null;
  let buf: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current !== null) {
      const body = buf.join('\n').trim();
      if (!body) err(seenAt[current] ?? 1, `section "## ${current}" is empty`);
      sections[current] = body;
    }
    buf = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = inFence ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h && (h[1] as string).length <= 2) {
      const lineNo = i + 1;
      if (h[1] === '#') {
        err(lineNo, 'no "# " heading in the body: the title lives in front matter ("titel")');
        continue;
      }
      flush();
      const name = h[2] as string;
      if (!allowed.has(name)) {
        err(lineNo, `unknown section "## ${name}"; allowed: ${[...allowed].join(', ')}`);
        current = null;
        continue;
      }
      if (name in sections) err(lineNo, `section "## ${name}" appears twice`);
      current = name;
      seenAt[name] = lineNo;
      continue;
    }
    if (current === null) {
      if (line.trim()) err(i + 1, 'text before the first "## " section');
      continue;
    }
    buf.push(line);
  }
  flush();
  const bodyLine = start + 1;
  for (const name of spec.required) {
    if (!(name in sections)) err(bodyLine, `missing required section "## ${name}"`);
  }
  return sections;
}

function checkTypeRules(
  type: EntryType,
  data: Record<string, unknown>,
  lineOf: LineOf,
  err: (line: number, message: string) => void,
) {
  if (type === 'wet') {
    const law = LAWS.find((l) => l.key === data.wet);
    if (law) {
      if (!law.bwb) {
        if (data.bwb)
          err(
            lineOf(['bwb'], false),
            `no BWB id for ${law.name} is verified in kb/laws.ts; remove "bwb" rather than guess one`,
          );
        if (!data.te_controleren)
          err(
            lineOf(['wet'], false),
            `${law.name} has no verified BWB id: add "te_controleren" with the reason`,
          );
      } else if (data.bwb !== law.bwb) {
        err(
          lineOf(['bwb'], false),
          data.bwb === undefined
            ? `missing required field "bwb" (${law.bwb} for ${law.name})`
            : `field "bwb": ${String(data.bwb)} is not the BWB id of ${law.name} (${law.bwb})`,
        );
      }
      if (
        typeof data.url === 'string' &&
        law.bwb &&
        !data.url.startsWith(`https://wetten.overheid.nl/${law.bwb}`)
      ) {
        err(
          lineOf(['url'], false),
          `field "url" must point to the official text of ${law.name}: https://wetten.overheid.nl/${law.bwb}`,
        );
      }
      if (law.bwb && !law.verified && !data.te_controleren) {
        err(
          lineOf(['wet'], false),
          `the BWB id of ${law.name} is not verified: add "te_controleren" with the reason`,
        );
      }
    }
  }
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
