/**
 * The `pack` and `review` commands of the `kb` command line, importable so tests run them in-process.
 *
 *   pack <folder> --out <file> [--name N] [--version V] [--created-for W] [--expires D]
 *        [--proposals DIR] [--sign KEY]
 *       validate a folder laid out like content/ (plus a folder of accepted proposals, the panel's
 *       export) with the kb check rules, version it, sign it and write it as a knowledge pack
 *   pack verify <file> --key <public-key>
 *       exit 0 when the pack is intact and signed by that key; 1 with the reason otherwise
 *   review [--days N] [--json] [--dir DIR]
 *       list the entries due for review (stale or marked te_controleren), by curator
 *
 * Both take the arguments after the command name and return an exit code: 0 ok, 1 problems, 2 usage.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { reviewDue } from '../kb/content/content-checks.ts';
import { errorsOf, formatProblem, type Problem } from '../kb/content/problems.ts';
import { buildPack, parsePackText, validatePack } from '../kb/organisation/pack.ts';
import { compareVersions } from '../kb/organisation/pack-merge.ts';
import { openPack } from '../kb/organisation/pack-open.ts';
import { keyId, privateKeyFromPem, signPack } from '../kb/organisation/signing.ts';
import { KNELPUNTEN_FILE, loadKnowledgeBase } from '../kb/search/knowledge-base.ts';
import { CONTENT_DIR, readContentFiles, readKnowledgeBaseFiles } from './content-files.ts';
import { type Io, today } from './io.ts';
import { publicKeyOf, readPublicKeyArg } from './keygen.ts';

const PACK_USAGE = `usage: npm run kb -- pack <folder> --out <file> [--name N] [--version V] [--created-for W]
                          [--expires YYYY-MM-DD] [--proposals DIR] [--sign PRIVATE-KEY-FILE]
  validates <folder> (laid out like content/) and the accepted proposals in DIR (the panel's export,
  one .md per case) with the kb check rules, and writes them as one knowledge pack, signed with the key
  when --sign is given. The version defaults to the build time (YYYY.MMDD.HHMMSS), so every build is
  newer than the last; a version not newer than the pack already at <file> is refused.
       npm run kb -- pack verify <file> --key <PUBLIC-KEY or file>
  exit 0: intact and signed by that key; exit 1 with the reason (tampered, unsigned, other key, …)
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

/** A version that grows with time: YYYY.MMDD.HHMMSS (UTC). */
export function timeVersion(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}.${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}.${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** Accepted proposals (flat .md files, each a case) as content files under voorbeelden/. */
function proposalFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md') && d.name !== 'README.md')
    .map((d) => ({ path: `voorbeelden/${d.name}`, text: readFileSync(join(dir, d.name), 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** `pack <folder> --out <file> ...` or `pack verify ...` (the arguments after `pack`). */
export async function runPack(args: string[], io: Io): Promise<number> {
  if (args[0] === 'verify') return runPackVerify(args.slice(1), io);
  const parsed = parseArgs(
    args,
    ['--out', '--name', '--version', '--created-for', '--expires', '--proposals', '--sign'],
    [],
  );
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
  const version = parsed.flags.get('--version') ?? timeVersion();
  const createdFor = parsed.flags.get('--created-for');
  const expires = parsed.flags.get('--expires');
  const proposals = parsed.flags.get('--proposals');
  const keyFile = parsed.flags.get('--sign');
  if (proposals !== undefined && (!existsSync(proposals) || !statSync(proposals).isDirectory())) {
    io.err(`pack failed: ${proposals} is not a folder\n`);
    return 1;
  }
  let privateKey: Uint8Array<ArrayBuffer> | null = null;
  if (keyFile !== undefined) {
    privateKey = existsSync(keyFile) ? privateKeyFromPem(readFileSync(keyFile, 'utf8')) : null;
    if (!privateKey) {
      io.err(`pack failed: ${keyFile} is not a private key made by "npm run kb -- keygen"\n`);
      return 1;
    }
  }

  const files = readKnowledgeBaseFiles(folder);
  // Knelpunten are checked against the folder's own list, else the bundled one (as kb check does).
  if (!files.knelpunten && existsSync(join(CONTENT_DIR, KNELPUNTEN_FILE)))
    files.knelpunten = {
      path: KNELPUNTEN_FILE,
      text: readFileSync(join(CONTENT_DIR, KNELPUNTEN_FILE), 'utf8'),
    };
  const fromProposals = proposals === undefined ? [] : proposalFiles(proposals);
  const own = new Set(files.entries.map((f) => basename(f.path)));
  const twice = fromProposals.filter((f) => own.has(basename(f.path)));
  if (twice.length) {
    io.err(
      `pack failed: ${twice.map((f) => basename(f.path)).join(', ')} is both in ${folder} and in ${proposals}\n`,
    );
    return 1;
  }
  const kb = loadKnowledgeBase(
    { ...files, entries: [...files.entries, ...fromProposals] },
    { today: today() },
  );
  const shown = kb.problems.map((p) =>
    fromProposals.some((f) => f.path === p.file)
      ? { ...p, file: `${(proposals as string).replace(/\/+$/, '')}/${basename(p.file)}` }
      : { ...p, file: prefixOf(folder) + p.file },
  );
  for (const p of shown) io.err(`${formatProblem(p)}\n`);
  if (errorsOf(shown).length) {
    io.err('pack failed: the folder has errors; nothing was written\n');
    return 1;
  }
  if (kb.entries.length === 0) {
    io.err(`pack failed: no entries found in ${folder}\n`);
    return 1;
  }

  // Never a downgrade: the pack already at <file> (last build) must be older.
  if (existsSync(out)) {
    const previous = parsePackText(readFileSync(out, 'utf8'));
    const prevVersion = previous.ok ? (previous.value as { version?: unknown }).version : undefined;
    if (typeof prevVersion === 'string' && compareVersions(version, prevVersion) <= 0) {
      io.err(
        `pack failed: version ${version} is not newer than ${prevVersion} already at ${out}; the panel never downgrades\n`,
      );
      return 1;
    }
  }
  let pack = buildPack(name, version, kb, {
    ...(createdFor === undefined ? {} : { createdFor }),
    ...(expires === undefined ? {} : { expires }),
  });
  let signer = '';
  if (privateKey) {
    const publicKey = await publicKeyOf(privateKey);
    pack = await signPack(pack, privateKey, publicKey);
    signer = `, signed by key ${await keyId(publicKey)} (${publicKey})`;
  }
  // Entries may link to bundled entries; ids are namespaced in the panel, so they never clash.
  const bundled = existsSync(CONTENT_DIR)
    ? new Set(readContentFiles(CONTENT_DIR).map((f) => basename(f.path, '.md')))
    : new Set<string>();
  const text = `${JSON.stringify(pack)}\n`;
  const check = validatePack(text, bundled, { today: today() });
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
    `wrote ${pack.entries.length} entries to ${out} (pack "${pack.name}" ${pack.version}, checksum ${pack.checksum}${signer})\n`,
  );
  return 0;
}

const VERIFY_USAGE = `usage: npm run kb -- pack verify <file> --key <PUBLIC-KEY or file>
  exit 0: the pack is intact and signed by that key; 1: it is not (the reason is printed); 2: usage
`;

/**
 * `pack verify <file> --key <public-key>`. This contract is relied on (e.g. by an organisation's CI
 * before it publishes a pack): exit 0 only for a pack that is valid, unexpired, intact and signed by
 * exactly that key; exit 1 with `verify failed (<code>): <reason>` for anything else.
 */
export async function runPackVerify(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['--key'], []);
  const file = parsed?.positional[0];
  const keyArg = parsed?.flags.get('--key');
  if (parsed?.positional.length !== 1 || file === undefined || keyArg === undefined) {
    io.err(VERIFY_USAGE);
    return 2;
  }
  const key = readPublicKeyArg(keyArg);
  if (!key) {
    io.err(
      `--key takes a public key (44 characters of base64, as "kb keygen" prints) or a file holding one\n`,
    );
    return 2;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.err(`verify failed (invalid): ${file} is not a file\n`);
    return 1;
  }
  const bundled = existsSync(CONTENT_DIR)
    ? new Set(readContentFiles(CONTENT_DIR).map((f) => basename(f.path, '.md')))
    : new Set<string>();
  const r = await openPack(readFileSync(file, 'utf8'), {
    existingIds: bundled,
    today: today(),
    trust: { keys: [{ label: `key ${await keyId(key)}`, key }], requireSignatures: true },
  });
  if (!r.ok) {
    const shown = r.errors.slice(0, 10);
    io.err(`verify failed (${r.code}): ${shown.join('; ')}${r.errors.length > 10 ? ' …' : ''}\n`);
    return 1;
  }
  io.out(
    `ok: ${file} is intact and signed by key ${await keyId(key)} (pack "${r.pack.name}" ${r.pack.version}, ${r.pack.entries.length} entries${r.pack.expires ? `, valid until ${r.pack.expires}` : ''})\n`,
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
