import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeExports } from '../../../kb/organisation/signals';
import { runSignals } from '../../../scripts/signals';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runSignals(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const HEADER = 'knelpunt,wet,maand,aantal\r\n';
let dir: string;
let files: Record<string, string>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mw-signals-'));
  files = {};
  const put = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    files[name] = path;
  };
  put(
    'alice.csv',
    `${HEADER}kostendelersnorm,participatiewet,2025-03,2\r\nschaarste-aan-woonruimte,wmo,2025-03,1\r\n`,
  );
  put('bob.csv', `${HEADER}kostendelersnorm,participatiewet,2025-03,3\r\n`);
  put('kapot.csv', 'naam,wet,maand,aantal\r\nJan,wmo,2025-03,1\r\n');
});

describe('signals merge', () => {
  it('prints the merged table and exits 0 when every file is good', async () => {
    const r = await run(['merge', files['alice.csv'] as string, files['bob.csv'] as string]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('| kostendelersnorm | participatiewet | 2025-03 | 5 |');
    // A merged cell of fewer than three signals is suppressed, as in an export.
    expect(r.out).not.toContain('schaarste-aan-woonruimte');
    expect(r.out).toContain('Cellen met minder dan 3 signalen zijn weggelaten (1 signaal in totaal).');
  });

  it('reports a rejected file with its reason on stderr, exits 1 and still merges the rest', async () => {
    const r = await run([
      'merge',
      files['alice.csv'] as string,
      files['kapot.csv'] as string,
      files['bob.csv'] as string,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`afgewezen: ${files['kapot.csv']}: regel 1: kopregel`);
    expect(r.err).not.toContain('Jan');
    expect(r.out).toContain('| kostendelersnorm | participatiewet | 2025-03 | 5 |');
  });

  it('rejects a file that does not exist without stopping the merge', async () => {
    const r = await run(['merge', files['bob.csv'] as string, join(dir, 'weg.csv')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('weg.csv: bestand bestaat niet');
    expect(r.out).toContain('| kostendelersnorm | participatiewet | 2025-03 | 3 |');
  });

  it('writes merged.csv, merged.md and chart.svg with --out-dir, also when a file was rejected', async () => {
    const out = join(dir, 'rapport');
    const r = await run([
      'merge',
      files['alice.csv'] as string,
      '--out-dir',
      out,
      files['kapot.csv'] as string,
      files['bob.csv'] as string,
    ]);
    expect(r.code).toBe(1);
    const csv = readFileSync(join(out, 'merged.csv'), 'utf8');
    expect(csv).toBe(`${HEADER}kostendelersnorm,participatiewet,2025-03,5\r\n`);
    // The merged CSV is itself a valid export: it can be merged again.
    expect(mergeExports([{ name: 'merged.csv', text: csv }]).rejected).toEqual([]);
    expect(readFileSync(join(out, 'merged.md'), 'utf8')).toBe(r.out);
    const svg = readFileSync(join(out, 'chart.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title id="mw-chart-title">Signalen per knelpunt en maand</title>');
    expect(svg).not.toMatch(/<script/i);
  });

  it('writes nothing without --out-dir', async () => {
    await run(['merge', files['bob.csv'] as string]);
    expect(existsSync(join(dir, 'merged.csv'))).toBe(false);
  });

  it('warns about an identical file but counts it', async () => {
    const copy = join(dir, 'kopie.csv');
    writeFileSync(copy, readFileSync(files['bob.csv'] as string));
    const r = await run(['merge', files['bob.csv'] as string, copy]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('kopie.csv heeft dezelfde inhoud als');
    expect(r.out).toContain('| kostendelersnorm | participatiewet | 2025-03 | 6 |');
  });

  it('shows the usage and exits 2 without files, with an unknown option or a missing --out-dir', async () => {
    for (const args of [
      ['merge'],
      ['merge', '--vandaag', 'x.csv'],
      ['merge', 'x.csv', '--out-dir'],
      ['split'],
      [],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('gebruik: npm run kb -- signals merge');
      expect(r.out).toBe('');
    }
  });

  it('accepts the arguments with a leading "signals" too', async () => {
    const r = await run(['signals', 'merge', files['bob.csv'] as string]);
    expect(r.code).toBe(0);
  });
});
