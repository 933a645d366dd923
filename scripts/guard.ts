/**
 * `guard [--json]`: reads text on standard input and prints what the side panel's personal-data guard
 * finds in it: exactly `findPersonalData` from kb/privacy/privacy-guard.ts, the function the panel calls.
 * A privacy officer can test the guard on their own samples this way, without the extension.
 *
 * Contract (kept stable): with `--json`, one line with a JSON array of `{"kind","text","start","end"}`
 * objects (offsets in UTF-16 code units, `end` exclusive, sorted by `start`), `[]` when nothing is
 * found; without it, one line per finding and a count. Exit 0 whenever the text was read.
 */
import { readFileSync } from 'node:fs';
import { findPersonalData } from '../kb/privacy/privacy-guard.ts';
import type { Io } from './io.ts';

export const GUARD_USAGE = `usage: npm run kb -- guard [--json] < text.txt
  prints the personal-data findings of the panel's guard in the text on standard input
`;

/** Runs `guard <args>`; `input` is the text to check (standard input when not given). */
export function runGuard(args: string[], io: Io, input?: string): number {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length) {
    io.err(`unknown argument ${unknown[0]}\n${GUARD_USAGE}`);
    return 2;
  }
  const text = input ?? readFileSync(0, 'utf8');
  const findings = findPersonalData(text).map(({ kind, text, start, end }) => ({ kind, text, start, end }));
  if (args.includes('--json')) {
    io.out(`${JSON.stringify(findings)}\n`);
    return 0;
  }
  for (const f of findings) io.out(`${f.kind}\t${f.start}-${f.end}\t${JSON.stringify(f.text)}\n`);
  io.out(findings.length === 1 ? '1 finding\n' : `${findings.length} findings\n`);
  return 0;
}
