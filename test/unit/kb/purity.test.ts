import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const KB = join(import.meta.dirname, '..', '..', '..', 'kb');
const files = readdirSync(KB, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
const FORBIDDEN = [
  /^preact/,
  /^dexie/,
  /^wxt/,
  /^#imports/,
  /^@wxt-dev/,
  /^node:/,
  /^(fs|path|os|child_process)$/,
  /extension\//,
  /scripts\//,
];
const GLOBALS =
  /(?<![.\w])(window|document|chrome|browser|indexedDB|localStorage|navigator|fetch|XMLHttpRequest)\s*[.(]/;

describe('kb/ stays pure', () => {
  it('imports no browser, storage, UI or Node modules', () => {
    const bad: string[] = [];
    for (const f of files) {
      const src = readFileSync(join(KB, f), 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)) {
        if (FORBIDDEN.some((re) => re.test(m[1] as string))) bad.push(`${f}: ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses no browser globals', () => {
    const bad = files.filter((f) =>
      GLOBALS.test(readFileSync(join(KB, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(bad).toEqual([]);
  });
});
