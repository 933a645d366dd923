/**
 * `signals merge <files...> [--out-dir DIR]`: merges aggregated signal exports (CSV) from several
 * professionals into one table. Every output (table, merged.csv, chart) leaves out cells of fewer than
 * MIN_CELL signals, as an export does. Prints the merged table (markdown) on stdout and every rejected file with
 * its reason on stderr; exits 1 when a file was rejected, after still merging and writing the good ones.
 * With `--out-dir`, writes merged.csv, merged.md and chart.svg there.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  barChartSvg,
  countsCsv,
  MAX_EXPORT_CHARS,
  mergedMarkdown,
  mergeExports,
  suppressSmallCells,
} from '../kb/organisation/signals.ts';

export interface SignalsIo {
  out(s: string): void;
  err(s: string): void;
}

const USAGE = `gebruik: npm run kb -- signals merge <bestanden...> [--out-dir MAP]
  voegt geaggregeerde signaal-exports (CSV: knelpunt,wet,maand,aantal) samen tot één tabel;
  met --out-dir ook merged.csv, merged.md en chart.svg in MAP
`;

export const CHART_TITLE = 'Signalen per knelpunt en maand';

/** Runs `signals <args>`; `args` start after `signals` (a leading `signals` is skipped too). */
export async function runSignals(args: string[], io: SignalsIo): Promise<number> {
  const rest = args[0] === 'signals' ? args.slice(1) : args;
  const [cmd, ...params] = rest;
  if (cmd !== 'merge') {
    io.err(USAGE);
    return 2;
  }
  const paths: string[] = [];
  let outDir: string | undefined;
  for (let i = 0; i < params.length; i++) {
    const a = params[i] as string;
    if (a === '--out-dir') {
      const dir = params[i + 1];
      if (dir === undefined || dir === '') {
        io.err(`--out-dir vraagt een map\n${USAGE}`);
        return 2;
      }
      outDir = dir;
      i++;
    } else if (a.startsWith('--')) {
      io.err(`onbekende optie ${a}\n${USAGE}`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    io.err(USAGE);
    return 2;
  }

  const files: { name: string; text: string }[] = [];
  const unreadable: { name: string; reason: string }[] = [];
  for (const path of paths) {
    try {
      // Check the size before reading: a huge file is rejected, not loaded (UTF-8 bytes ≥ UTF-16 units).
      if (statSync(path).size > MAX_EXPORT_CHARS * 3) {
        unreadable.push({ name: path, reason: `bestand te groot (meer dan ${MAX_EXPORT_CHARS} tekens)` });
        continue;
      }
      files.push({ name: path, text: readFileSync(path, 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      unreadable.push({
        name: path,
        reason: code === 'ENOENT' ? 'bestand bestaat niet' : `kan bestand niet lezen (${code ?? 'fout'})`,
      });
    }
  }

  const { rows, rejected, duplicates } = mergeExports(files);
  const allRejected = [...unreadable, ...rejected].sort(
    (a, b) => paths.indexOf(a.name) - paths.indexOf(b.name),
  );
  for (const r of allRejected) io.err(`afgewezen: ${r.name}: ${r.reason}\n`);
  for (const d of duplicates)
    io.err(`let op: ${d.name} heeft dezelfde inhoud als ${d.sameAs}; beide zijn meegeteld\n`);

  const markdown = mergedMarkdown(rows);
  io.out(markdown);

  if (outDir !== undefined) {
    mkdirSync(outDir, { recursive: true });
    const shown = suppressSmallCells(rows).rows;
    const outputs = [
      ['merged.csv', countsCsv(shown)],
      ['merged.md', markdown],
      ['chart.svg', barChartSvg(shown, { title: CHART_TITLE })],
    ] as const;
    // Write beside the targets and rename: a failed write never leaves a half-written report.
    for (const [name, data] of outputs) writeFileSync(join(outDir, `${name}.tmp-${process.pid}`), data);
    for (const [name] of outputs) renameSync(join(outDir, `${name}.tmp-${process.pid}`), join(outDir, name));
    io.err(
      `geschreven naar ${outDir}: merged.csv, merged.md, chart.svg (${files.length - rejected.length} van ${paths.length} bestanden samengevoegd)\n`,
    );
  }
  return allRejected.length ? 1 : 0;
}
