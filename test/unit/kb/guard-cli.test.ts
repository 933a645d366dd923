/**
 * The `kb guard` contract a privacy officer relies on: text on stdin, the findings of exactly the
 * panel's guard on stdout (`--json`: an array of {kind, text, start, end}, `[]` when nothing is found),
 * exit 0.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../kb/privacy/privacy-guard';
import { runGuard } from '../../../scripts/guard';
import { runCli } from '../../../scripts/kb-cli';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function run(args: string[], input: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runGuard(args, { out: (s) => (out += s), err: (s) => (err += s) }, input);
  return { code, out, err };
}

const SAMPLE = 'Mevr. De Vries (BSN 1234.56.782), tel. 06.12.34.56.78, IBAN NL91 ABNA 0417 1643 00.';

describe('kb guard --json', () => {
  it('prints the panel guard findings as {kind, text, start, end} and exits 0', () => {
    const r = run(['--json'], SAMPLE);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as Record<string, unknown>[];
    expect(parsed).toEqual(
      findPersonalData(SAMPLE).map(({ kind, text, start, end }) => ({ kind, text, start, end })),
    );
    expect(parsed.map((f) => f.kind)).toEqual(['naam', 'bsn', 'telefoon', 'iban']);
    for (const f of parsed) {
      expect(Object.keys(f)).toEqual(['kind', 'text', 'start', 'end']);
      expect(SAMPLE.slice(f.start as number, f.end as number)).toBe(f.text);
    }
    expect(r.out.endsWith('\n')).toBe(true);
  });

  it('prints [] when nothing is found', () => {
    expect(run(['--json'], 'Maatwerk op grond van art. 2.3.5 Wmo 2015, € 13.000 per jaar.')).toEqual({
      code: 0,
      out: '[]\n',
      err: '',
    });
    expect(run(['--json'], '').out).toBe('[]\n');
  });

  it('prints one line per finding and a count without --json', () => {
    const r = run([], 'tel 06.12.34.56.78');
    expect(r).toEqual({ code: 0, out: 'telefoon\t4-18\t"06.12.34.56.78"\n1 finding\n', err: '' });
  });

  it('refuses unknown arguments with the usage and exit 2', () => {
    const r = run(['--csv'], 'x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: npm run kb -- guard/);
  });

  it('is reachable as `kb guard` and reads standard input in a real process', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/kb.ts', 'guard', '--json'], {
      cwd: ROOT,
      input: SAMPLE,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(run(['--json'], SAMPLE).out));
  }, 60_000);

  it('is listed in the kb usage', async () => {
    let err = '';
    await runCli(['help'], { out: () => undefined, err: (s) => (err += s) });
    expect(err).toMatch(/guard \[--json\]/);
  });
});
