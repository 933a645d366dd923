import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePack } from '../../../kb/organisation/pack';
import { readContentFiles } from '../../../scripts/content-files';
import { runPack, runReview } from '../../../scripts/pack';
import { VALID_VOORBEELD, withLine } from '../../helpers/entries';

async function run(fn: typeof runPack, args: string[]) {
  let out = '';
  let err = '';
  const code = await fn(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder laid out like content/, with the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-pack-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const bundledIds = new Set(readContentFiles().map((f) => f.path.replace(/^.*\//, '').replace(/\.md$/, '')));

describe('kb pack', () => {
  it('writes a pack of a folder that validates against the bundled knowledge base', async () => {
    const dir = folder({ 'voorbeelden/testgemeente-fietskar-proef.md': VALID_VOORBEELD });
    const out = join(dir, 'out', 'testgemeente.json');
    const r = await run(runPack, [dir, '--out', out, '--name', 'Testgemeente', '--version', '1.0.0']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^wrote 1 entries to .*testgemeente\.json \(pack "Testgemeente" 1\.0\.0, checksum [0-9a-f]{16}\)\n$/,
    );
    const result = validatePack(readFileSync(out, 'utf8'), bundledIds);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.pack.name).toBe('Testgemeente');
    expect(result.pack.entries.map((e) => e.id)).toEqual(['testgemeente-fietskar-proef']);
    // Only the pack is left behind: the temp file was renamed.
    expect(readdirSync(join(dir, 'out'))).toEqual(['testgemeente.json']);
  });

  it('refuses a folder with errors, prints them like kb check and writes nothing', async () => {
    const dir = folder({ 'voorbeelden/kapot.md': withLine(VALID_VOORBEELD, 'status:', 'status: 42') });
    const out = join(dir, 'pack.json');
    const r = await run(runPack, [dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${dir}/voorbeelden/kapot\\.md:8: field "status": `));
    expect(r.err).toContain('pack failed: the folder has errors; nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an entry whose id the bundled knowledge base already uses', async () => {
    const dir = folder({ 'voorbeelden/lelystad-fietskar-in-plaats-van-bakfiets.md': VALID_VOORBEELD });
    const out = join(dir, 'pack.json');
    const r = await run(runPack, [dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'entry "lelystad-fietskar-in-plaats-van-bakfiets" clashes with an id already in use',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('answers wrong usage with exit code 2', async () => {
    expect((await run(runPack, [])).code).toBe(2);
    expect((await run(runPack, ['somewhere'])).code).toBe(2);
    expect((await run(runPack, ['somewhere', '--out'])).code).toBe(2);
    expect((await run(runPack, ['somewhere', '--out', 'x.json', '--kleur', 'blauw'])).code).toBe(2);
  });
});

describe('kb review', () => {
  it('lists stale and flagged entries by curator', async () => {
    const flagged = withLine(
      withLine(VALID_VOORBEELD, 'titel:', 'titel: "Een ander geval"'),
      'curator:',
      'curator: "Anna"\nte_controleren: "Bedrag nakijken"',
    );
    const dir = folder({ 'voorbeelden/oud.md': VALID_VOORBEELD, 'voorbeelden/vlag.md': flagged });
    const text = await run(runReview, ['--dir', dir, '--days', '10']);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`Anna (2)\n  te controleren  ${dir}/voorbeelden/vlag.md: Bedrag nakijken\n`);
    expect(text.out).toContain(
      `Team (1)\n  verouderd       ${dir}/voorbeelden/oud.md: last checked 2026-11-01`,
    );

    const json = await run(runReview, ['--dir', dir, '--days', '10', '--json']);
    const data = JSON.parse(json.out);
    expect(data.due).toBe(3);
    expect(data.curators.map((g: { curator: string }) => g.curator)).toEqual(['Anna', 'Team']);
  });

  it('answers wrong usage with exit code 2', async () => {
    expect((await run(runReview, ['--days', 'veel'])).code).toBe(2);
    expect((await run(runReview, ['extra'])).code).toBe(2);
  });
});
