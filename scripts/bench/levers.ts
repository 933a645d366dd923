/**
 * `tsx scripts/bench/levers.ts [name=value …]`: measures ranking knobs on the TUNING set only (never the
 * held-out set): the original 143 queries and the whole set, for each setting given on the command line.
 * Example: `tsx scripts/bench/levers.ts coordinationPower=1 coordinationPower=2 coordinationPower=3`.
 */
import { evaluate } from '../../kb/search/evaluate.ts';
import { BOOST, RANK } from '../../kb/search/search-options.ts';
import { loadTuningSet, ourSearch } from '../eval-set.ts';

const queries = loadTuningSet();
const original = queries.slice(0, 143);
const f = (x: number) => x.toFixed(3);
const knobs = RANK as unknown as Record<string, number>;
const boosts = BOOST as unknown as Record<string, number>;
const report = (label: string) => {
  const search = ourSearch();
  const a = evaluate(original, search);
  const b = evaluate(queries, search);
  const kinds = ['situation', 'informal', 'law-cost', 'keywords']
    .map((k) => `${k} ${f(b.byKind[k]?.mrr10 ?? 0)}`)
    .join('  ');
  console.log(
    `${label.padEnd(28)} orig ${f(a.mrr10)}/${f(a.recall5)}  all ${f(b.mrr10)}/${f(b.recall5)}/${f(b.top1)}  ${kinds}`,
  );
};
report('current');
for (const arg of process.argv.slice(2)) {
  // `a=1,boost.titel=4`: several knobs at once; `boost.<field>` sets a field weight.
  const saved: [Record<string, number>, string, number][] = [];
  for (const pair of arg.split(',')) {
    const [name, value] = pair.split('=') as [string, string];
    const [obj, key] = name.startsWith('boost.') ? [boosts, name.slice(6)] : [knobs, name];
    saved.push([obj, key, obj[key] as number]);
    obj[key] = Number(value);
  }
  report(arg);
  for (const [obj, key, v] of saved.reverse()) obj[key] = v;
}
