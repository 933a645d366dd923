/** `tsx scripts/copy-check.ts [files...]`: lists runs of 10+ words that content shares with ../shared/sources. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedRuns, shingles } from '../kb/content/copy-check.ts';
import { CONTENT_DIR, readContentFiles } from './content-files.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'shared', 'sources');
if (!existsSync(SOURCES)) {
  console.log(`skipped: ${SOURCES} does not exist on this machine`);
  process.exit(0);
}
const src = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SOURCES, f), 'utf8'));
const set = shingles(src, 10);
const args = process.argv.slice(2);
const files = args.length
  ? args.map((p) => ({ path: p, text: readFileSync(p, 'utf8') }))
  : readContentFiles(CONTENT_DIR);
let bad = 0;
for (const f of files) {
  for (const run of sharedRuns(f.text, set, 10)) {
    bad++;
    console.log(`${f.path}: copied run: "${run}"`);
  }
}
console.log(bad ? `${bad} copied runs` : 'no copied runs');
process.exit(bad ? 1 : 0);
