/**
 * The `pack` and `review` commands of the `kb` command line, importable so tests run them in-process.
 *
 *   pack <folder> --out <file> [--name N] [--version V] [--created-for W]
 *       validate a folder laid out like content/ and write its entries as a knowledge pack
 *   review [--days N] [--json] [--dir DIR]
 *       list the entries due for review (stale or marked te_controleren), by curator
 *
 * Both take the arguments after the command name and return an exit code: 0 ok, 1 problems, 2 usage.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { reviewDue } from '../kb/content/content-checks.ts';
import { errorsOf, formatProblem, type Problem } from '../kb/content/problems.ts';
import { buildPack, validatePack } from '../kb/organisation/pack.ts';
import { loadKnowledgeBase } from '../kb/search/knowledge-base.ts';
import { CONTENT_DIR, readContentFiles, readKnowledgeBaseFiles } from './content-files.ts';
import { type Io, today } from './io.ts';

const PACK_USAGE = `usage: npm run kb -- pack <folder> --out <file> [--name N] [--version V] [--created-for W]
  validates <folder> (laid out like content/) and writes its entries as a knowledge pack
`;
const REVIEW_USAGE = `usage: npm run kb -- review [--days N] [--json] [--dir DIR]
  lists the entries due for review (last checked more than N days ago, default 365, or te_controleren)
`;

/** Splits arguments into positionals and `--flag value` pairs; null on an unknown or valueless flag. */
function parseArgs(
  args: readonly string[],
  valued: readonly string[],
  switches: readonly string[],
): { positional: string[]; flags: Map<string, string>; switches: Set<string> } | null {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  const on = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (valued.includes(a)) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--') || flags.has(a)) return null;
      flags.set(a, v);
      i++;
    } else if (switches.includes(a)) on.add(a);
    else if (a.startsWith('--')) return null;
    else positional.push(a);
  }
  return { positional, flags, switches: on };
}

/** How paths under `dir` are shown: `content/...` for the bundled content, else as given. */
function prefixOf(dir: string): string {
  return resolve(dir) === resolve(CONTENT_DIR) ? 'content/' : `${dir.replace(/\/+$/, '')}/`;
}

function withPrefix(problems: readonly Problem[], dir: string): Problem[] {
  const prefix = prefixOf(dir);
  return problems.map((p) => ({ ...p, file: prefix + p.file }));
}

/** `pack <folder> --out <file> ...` (the arguments after `pack`; a leading `pack` is tolerated). */
export async function runPack(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['--out', '--name', '--version', '--created-for'], []);
  if (!parsed) {
    io.err(PACK_USAGE);
    return 2;
  }
  const positional =
    parsed.positional[0] === 'pack' && parsed.positional.length === 2
      ? parsed.positional.slice(1)
      : parsed.positional;
  const folder = positional[0];
  const out = parsed.flags.get('--out');
  if (positional.length !== 1 || folder === undefined || out === undefined) {
    io.err(PACK_USAGE);
    return 2;
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.err(`pack failed: ${folder} is not a folder\n`);
    return 1;
  }
  const name = parsed.flags.get('--name') ?? basename(resolve(folder));
  const version = parsed.flags.get('--version') ?? today();
  const createdFor = parsed.flags.get('--created-for');

  const files = readKnowledgeBaseFiles(folder);
  const kb = loadKnowledgeBase(files, { today: today() });
  const shown = withPrefix(kb.problems, folder);
  for (const p of shown) io.err(`${formatProblem(p)}\n`);
  if (errorsOf(shown).length) {
    io.err('pack failed: the folder has errors; nothing was written\n');
    return 1;
  }
  if (kb.entries.length === 0) {
    io.err(`pack failed: no entries found in ${folder}\n`);
    return 1;
  }

  const pack = buildPack(name, version, kb, createdFor === undefined ? {} : { createdFor });
  // A pack cannot be added beside the bundled knowledge base if it reuses one of its ids; unless we
  // are packing the bundled content itself, check against it now rather than at import.
  const bundled =
    resolve(folder) === resolve(CONTENT_DIR) || !existsSync(CONTENT_DIR)
      ? new Set<string>()
      : new Set(readContentFiles(CONTENT_DIR).map((f) => basename(f.path, '.md')));
  const text = `${JSON.stringify(pack)}\n`;
  const check = validatePack(text, bundled);
  if (!check.ok) {
    for (const e of check.errors) io.err(`${e}\n`);
    io.err('pack failed: the pack would not be accepted; nothing was written\n');
    return 1;
  }

  // Write beside the target and rename: a failed write never leaves a half-written pack.
  const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    io.err(`pack failed: could not write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  io.out(
    `wrote ${pack.entries.length} entries to ${out} (pack "${pack.name}" ${pack.version}, checksum ${pack.checksum})\n`,
  );
  return 0;
}

/** `review [--days N] [--json] [--dir DIR]` (the arguments after `review`; a leading `review` is tolerated). */
export async function runReview(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['--days', '--dir'], ['--json']);
  const positional = parsed?.positional.filter((p, i) => !(i === 0 && p === 'review'));
  if (!parsed || positional?.length) {
    io.err(REVIEW_USAGE);
    return 2;
  }
  const daysText = parsed.flags.get('--days') ?? '365';
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText) || !Number.isSafeInteger(days)) {
    io.err('--days takes a whole number of 0 or more\n');
    return 2;
  }
  const dir = parsed.flags.get('--dir') ?? CONTENT_DIR;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(`review failed: ${dir} is not a folder\n`);
    return 1;
  }
  const now = today();
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(dir), { today: now });
  const errors = withPrefix(errorsOf(kb.problems), dir);
  const prefix = prefixOf(dir);
  const groups = reviewDue(kb.entries, now, days).map((g) => ({
    curator: g.curator,
    items: g.items.map((it) => ({ ...it, file: prefix + it.file })),
  }));
  const count = groups.reduce((n, g) => n + g.items.length, 0);

  if (parsed.switches.has('--json')) {
    io.out(`${JSON.stringify({ today: now, days, due: count, curators: groups, errors }, null, 2)}\n`);
  } else {
    for (const p of errors) io.err(`${formatProblem(p)}\n`);
    if (errors.length)
      io.err(`${errors.length} errors: entries with errors are left out of the list below\n`);
    if (count === 0) io.out(`nothing due for review (checked within ${days} days, none te_controleren)\n`);
    for (const g of groups) {
      io.out(`${g.curator} (${g.items.length})\n`);
      for (const it of g.items) io.out(`  ${it.reason.padEnd(14)}  ${it.file}: ${it.detail}\n`);
    }
    if (count) io.out(`${count} due for review\n`);
  }
  return errors.length ? 1 : 0;
}
