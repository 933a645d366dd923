/** Lint gates on our own source: no dynamic code, no HTML strings into the DOM. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const sources = ['kb', 'extension']
  .flatMap((d) => readdirSync(join(ROOT, d), { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)))
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('public'));
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['innerHTML', /\.innerHTML\b|\.outerHTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['setTimeout with a string', /setTimeout\(\s*['"`]/],
];

describe('source gates', () => {
  it('scans the source', () => {
    expect(sources.length).toBeGreaterThan(30);
  });
  it.each(FORBIDDEN)('uses no %s in kb/ or extension/', (_name, pattern) => {
    const hits = sources.filter((f) =>
      pattern.test(readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm, '')),
    );
    expect(hits).toEqual([]);
  });
});
