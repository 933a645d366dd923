/** Implementation of the `kb` command line, kept importable so tests can run it in-process. */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorsOf, formatProblem, type Problem } from '../kb/content/problems.ts';
import { scaffold } from '../kb/content/scaffold.ts';
import { ENTRY_TYPES, type EntryType, ID_PATTERN, TYPE_FOLDERS } from '../kb/content/schema.ts';
import { buildKnowledgeBase, loadKnowledgeBase } from '../kb/search/knowledge-base.ts';
import { KnowledgeIndex } from '../kb/search/search.ts';
import { CONTENT_DIR, INDEX_DIR, readContentFiles, readKnowledgeBaseFiles } from './content-files.ts';
import { runGuard } from './guard.ts';
import { type Io, today } from './io.ts';
import { runKeygen } from './keygen.ts';
import { runPack, runReview } from './pack.ts';
import { runSignals } from './signals.ts';

export type { Io } from './io.ts';

const USAGE = `usage: npm run kb -- <command>
  check [--json] [--dir DIR]              validate the knowledge base
  build [--dir DIR] [--out DIR]           write the search index the extension bundles
  search "<query>" [--limit N] [--json]   search the knowledge base
  new <type> <id>                         scaffold an entry (types: ${ENTRY_TYPES.join(', ')})
  review [--days N] [--json]              list entries due for review, by curator
  pack <folder> --out <file> [--name N] [--version V] [--expires D] [--proposals DIR] [--sign KEY]
                                          build (and sign) a knowledge pack from a folder of entries
  pack verify <file> --key <public-key>   exit 0 if intact and signed by that key, else 1 with the reason
  keygen --out <dir>                      make an Ed25519 key pair for signing packs
  signals merge <files...> [--out-dir D]  merge colleagues' aggregated signal exports into one table and chart
  guard [--json] < FILE                   print the personal-data findings of the panel's guard in the text on stdin
`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function withPrefix(problems: Problem[], dir: string): Problem[] {
  const prefix = dir === CONTENT_DIR ? 'content/' : `${dir.replace(/\/$/, '')}/`;
  return problems.map((p) => ({ ...p, file: prefix + p.file }));
}

export async function runCli(args: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = args;
  const dir = flag(rest, '--dir') ?? CONTENT_DIR;
  switch (cmd) {
    case 'check': {
      const files = readKnowledgeBaseFiles(dir);
      const kb = loadKnowledgeBase(files, { today: today() });
      const shown = withPrefix(kb.problems, dir);
      const errors = errorsOf(shown);
      if (rest.includes('--json')) {
        io.out(
          `${JSON.stringify({ ok: errors.length === 0, entries: kb.entries.length, files: files.entries.length, problems: shown }, null, 2)}\n`,
        );
      } else {
        for (const p of shown) io.err(`${formatProblem(p)}\n`);
        io.out(
          `${files.entries.length} files, ${kb.entries.length} valid entries, ${errors.length} errors, ${shown.length - errors.length} warnings\n`,
        );
      }
      return errors.length ? 1 : 0;
    }
    case 'build': {
      const outDir = flag(rest, '--out') ?? INDEX_DIR;
      const { asset, problems } = buildKnowledgeBase(readKnowledgeBaseFiles(dir), { today: today() });
      for (const p of withPrefix(problems, dir)) io.err(`${formatProblem(p)}\n`);
      if (!asset) {
        io.err('build failed: the knowledge base has errors; nothing was written\n');
        return 1;
      }
      mkdirSync(outDir, { recursive: true });
      // Write beside the targets and rename: a failed write never leaves a half-written index.
      const files = [
        ['index.json', asset.quick],
        ['full.json', asset.full],
      ] as const;
      for (const [name, data] of files)
        writeFileSync(join(outDir, `${name}.tmp-${process.pid}`), JSON.stringify(data));
      for (const [name] of files) renameSync(join(outDir, `${name}.tmp-${process.pid}`), join(outDir, name));
      io.out(
        `wrote ${asset.quick.manifest.entryCount} entries to ${outDir} (index.json, full.json; hash ${asset.quick.manifest.contentHash})\n`,
      );
      return 0;
    }
    case 'search': {
      const query = rest.find(
        (a, i) => !a.startsWith('--') && !['--limit', '--dir'].includes(rest[i - 1] ?? ''),
      );
      if (query === undefined) {
        io.err(USAGE);
        return 2;
      }
      const limit = Number(flag(rest, '--limit') ?? 10);
      if (!Number.isInteger(limit) || limit < 1) {
        io.err('--limit takes a whole number of at least 1\n');
        return 2;
      }
      const { asset, problems } = buildKnowledgeBase(readKnowledgeBaseFiles(dir), { today: today() });
      if (!asset) {
        for (const p of withPrefix(errorsOf(problems), dir)) io.err(`${formatProblem(p)}\n`);
        io.err('search failed: the knowledge base has errors\n');
        return 1;
      }
      // The panel searches with typing: true (the last word may be incomplete); so does the CLI.
      const hits = KnowledgeIndex.load(asset.quick, asset.full).search(query, { limit, typing: true });
      if (rest.includes('--json')) io.out(`${JSON.stringify(hits)}\n`);
      else if (hits.length === 0) io.out('no results\n');
      else {
        for (const [i, h] of hits.entries())
          io.out(`${String(i + 1).padStart(2)}. ${h.title}  [${h.type}: ${h.id}]  ${h.score}\n`);
      }
      return 0;
    }
    case 'new': {
      const [type, id] = rest;
      if (!type || !ENTRY_TYPES.includes(type as EntryType) || !id) {
        io.err(USAGE);
        return 2;
      }
      if (!ID_PATTERN.test(id)) {
        io.err(`id "${id}" must be ASCII kebab-case (a-z, 0-9, -)\n`);
        return 2;
      }
      const existing = readContentFiles(dir).find((f) => f.path.split('/').pop() === `${id}.md`);
      if (existing) {
        io.err(`id "${id}" already exists: ${existing.path}\n`);
        return 1;
      }
      const file = join(dir, TYPE_FOLDERS[type as EntryType], `${id}.md`);
      if (existsSync(file)) {
        io.err(`${file} already exists\n`);
        return 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, scaffold(type as EntryType, id, today()), { flag: 'wx' });
      io.out(`created ${file}\n`);
      return 0;
    }
    case 'guard':
      return runGuard(rest, io);
    case 'signals':
      return runSignals(rest, io);
    case 'pack':
      return runPack(rest, io);
    case 'keygen':
      return runKeygen(rest, io);
    case 'review':
      return runReview(rest, io);
    default:
      io.err(USAGE);
      return 2;
  }
}
