/**
 * Builds the editor matrix test page (`demo/editors/`) from the real editor packages with esbuild, into
 * an ignored folder (default `.tmp/editors`, or the first argument / MW_EDITORS_OUT). No CDN, no
 * network: everything comes from node_modules. Serve the folder over http on localhost; the page's
 * cross-origin frame is the same server under 127.0.0.1.
 */
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'demo', 'editors');

export async function buildEditors(out = process.argv[2] ?? process.env.MW_EDITORS_OUT ?? '.tmp/editors') {
  const target = resolve(ROOT, out);
  // Build next to the target and swap it in, so a parallel reader never sees a half-written folder.
  const staging = `${target}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await build({
    entryPoints: { editors: join(SRC, 'main.tsx') },
    outdir: staging,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'react',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The @lexical/* packages each carry their own copy of lexical; one editor needs one copy.
    alias: { lexical: './node_modules/@lexical/rich-text/node_modules/lexical' },
    absWorkingDir: ROOT,
    // The repository's tsconfig is for Preact; this page is React.
    tsconfigRaw: '{}',
  });
  for (const f of ['index.html', 'frame.html', 'cross.html']) copyFileSync(join(SRC, f), join(staging, f));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(resolve(target, '..'), { recursive: true });
  renameSync(staging, target);
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = await buildEditors();
  console.log(`editor matrix page built in ${dir}`);
}
