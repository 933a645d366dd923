import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const FOLDERS = ['kb', 'extension', 'scripts'];

/** Every relative import of every source file, as repo-relative paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of FOLDERS) {
    for (const f of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|tsx)$/.test(f) || f.endsWith('.d.ts')) continue;
      const file = join(folder, f);
      const src = readFileSync(join(ROOT, file), 'utf8');
      const deps: string[] = [];
      for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
        let target = relative(ROOT, resolve(dirname(join(ROOT, file)), m[1] as string));
        if (!/\.(ts|tsx|json|css)$/.test(target)) target += '.ts';
        deps.push(target);
      }
      graph.set(file, deps);
    }
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') found.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

/** What each capability folder of kb/ may import from the others (ARCHITECTURE.md says why). */
const MAY_IMPORT: Record<string, string[]> = {
  privacy: [],
  content: ['privacy', 'search/analysis'],
  search: ['content'],
  weighing: ['content', 'search', 'privacy'],
  organisation: ['content', 'search', 'privacy'],
};

function capability(file: string): string | undefined {
  const m = /^kb\/(search\/analysis|[a-z]+)\//.exec(file);
  return m?.[1];
}

describe('the import graph', () => {
  const graph = importGraph();

  it('has no import circles in kb/, extension/ or scripts/', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps every kb/ capability folder to the folders it may import', () => {
    const bad: string[] = [];
    for (const [file, deps] of graph) {
      const from = capability(file);
      if (!from) continue;
      const own = from === 'search/analysis' ? 'search' : from;
      for (const dep of deps) {
        const to = capability(dep);
        if (!to || to === from || (to === 'search/analysis' && own === 'search')) continue;
        if (from === 'search/analysis' && to !== 'search/analysis') {
          bad.push(`${file} -> ${dep}`);
          continue;
        }
        const allowed = MAY_IMPORT[own] ?? [];
        if (!allowed.includes(to) && !(to === 'search/analysis' && allowed.includes('search')) && to !== own)
          bad.push(`${file} -> ${dep}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('knows every kb/ folder it finds', () => {
    const folders = readdirSync(join(ROOT, 'kb'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(Object.keys(MAY_IMPORT).sort());
  });
});
