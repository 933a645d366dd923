import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const MAX_LINES = 300;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|css|html)$/.test(f))
    .map((f) => join(folder, f));
}

/** Every path-like name ARCHITECTURE.md puts in backticks (`kb/search/`, `scripts/eval.ts`, …). */
function namedPaths(doc: string): string[] {
  const names = new Set<string>();
  for (const m of doc.matchAll(/`((?:kb|extension|scripts|test|content|docs|demo)\/[A-Za-z0-9_./-]*)`/g)) {
    const name = (m[1] as string).replace(/\/$/, '');
    if (!name.includes('*') && !name.includes('<')) names.add(name);
  }
  return [...names].sort();
}

describe('the layout of the code', () => {
  it(`keeps every file in extension/ at ${MAX_LINES} lines or fewer`, () => {
    const long = sourceFiles('extension')
      .map((f) => ({ f, lines: readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > MAX_LINES)
      .map((x) => `${x.f}: ${x.lines} lines`);
    expect(long).toEqual([]);
  });

  it('names in ARCHITECTURE.md only folders and files that exist', () => {
    const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it('describes every kb/ capability folder and every extension feature folder in ARCHITECTURE.md', () => {
    const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const folders = (dir: string) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${dir}/${d.name}`);
    const missing = [...folders('kb'), ...folders('extension/features')].filter(
      (f) => !doc.includes(`\`${f}`),
    );
    expect(missing).toEqual([]);
  });
});
