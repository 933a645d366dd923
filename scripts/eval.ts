/** `npm run eval`: ranking quality on test/eval/queries.yaml, ours against a default MiniSearch. */
import { evaluate } from '../kb/search/evaluate.ts';
import { defaultMiniSearch, loadEvalSet, ourSearch } from './eval-set.ts';

const queries = loadEvalSet();
const ours = evaluate(queries, ourSearch());
const base = evaluate(queries, defaultMiniSearch());
const pct = (x: number) => x.toFixed(3);
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      { queries: queries.length, ours, baseline: { ...base, misses: base.misses.length } },
      null,
      2,
    ),
  );
} else {
  console.log(`${queries.length} queries`);
  console.log(`                      MRR@10  recall@5  top-1`);
  console.log(`Maatwerkwijzer        ${pct(ours.mrr10)}   ${pct(ours.recall5)}    ${pct(ours.top1)}`);
  console.log(`default MiniSearch    ${pct(base.mrr10)}   ${pct(base.recall5)}    ${pct(base.top1)}`);
  console.log(`\nqueries whose first hit is not expected (${ours.misses.length}):`);
  for (const m of ours.misses)
    console.log(`  "${m.q}": rank ${m.rank ?? '-'} of [${m.expect.join(', ')}]; got [${m.got.join(', ')}]`);
}
