import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../../kb/content/parse';
import { scaffold } from '../../../kb/content/scaffold';
import { ENTRY_TYPES, TYPE_FOLDERS } from '../../../kb/content/schema';
import { runCli } from '../../../scripts/kb-cli';

describe('kb new', () => {
  it.each(ENTRY_TYPES)('scaffolds a valid %s with every field explained', (type) => {
    const text = scaffold(type, 'nieuw-item', '2026-11-23');
    const r = parseEntry(`${TYPE_FOLDERS[type]}/nieuw-item.md`, text);
    expect(r.problems).toEqual([]);
    expect(text.split('\n').filter((l) => /^\s*\w+:/.test(l) && l.includes('#')).length).toBeGreaterThan(3);
  });

  it('writes the file, refuses an existing id and a bad id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mw-new-'));
    const io = { out: () => undefined, err: () => undefined };
    expect(await runCli(['new', 'voorbeeld', 'mijn-casus', '--dir', dir], io)).toBe(0);
    expect(readFileSync(join(dir, 'voorbeelden', 'mijn-casus.md'), 'utf8')).toMatch(
      /^---\ntitel: "Mijn casus"/,
    );
    expect(await runCli(['new', 'wet', 'mijn-casus', '--dir', dir], io)).toBe(1);
    expect(await runCli(['new', 'voorbeeld', 'Mijn_Casus', '--dir', dir], io)).toBe(2);
    expect(await runCli(['new', 'onbekend', 'x', '--dir', dir], io)).toBe(2);
  });
});
