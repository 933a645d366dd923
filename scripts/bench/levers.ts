/**
 * `tsx scripts/bench/levers.ts [name=value …]`: measures ranking knobs on tuning material only (never the
 * held-out sets): MRR@10 on the tuning set per writing round (the original 143 queries, round 2's 85, round
 * 3's 131 and 120 situations, and 150 short queries) and over the whole set with its even and odd halves (a
 * change that helps only one half or one round is likely fitted to a few queries); MRR@10 / recall@5 on the
 * retired held-out sets together (`retired`, 7,339 queries); MRR@10 over the two voorbeeldvragen folds
 * (vragen-cv: 1,200 queries by other writers, each asked of an index without it); and the mean of the
 * three MRR@10 figures, on which round 5 chose. One line for each setting given on the command line.
 * content/zoekvragen.yaml holds the tuning and retired queries, so the tuning set and each retired set are
 * asked of an index without their own (one set out, as `npm run eval` does).
 * Example: `tsx scripts/bench/levers.ts coordinationPower=1 coordinationPower=2 boost.zoektermen=3 type.wet=1.2`.
 */
import { evaluate } from '../../kb/search/evaluate.ts';
import { BOOST, RANK, TYPE_WEIGHT } from '../../kb/search/search-options.ts';
import {
  assetWithout,
  defaultMiniSearch,
  foldsMrr,
  loadEvalSet,
  loadRetiredSets,
  loadTuningSet,
  ourSearch,
  RETIRED_SETS,
  voorbeeldvragenFolds,
} from '../eval-set.ts';

const queries = loadTuningSet();
const retired = loadRetiredSets();
// One index per set without its own zoekvragen, built once; the engines over them are made per setting
// (field weights are read when an index is loaded).
const tuningAsset = assetWithout(queries);
const retiredSets = RETIRED_SETS.map((name) => loadEvalSet(name) ?? []);
const retiredAssets = retiredSets.map((set) => assetWithout(set));
const folds = voorbeeldvragenFolds();
/** Where each writing round of the tuning set starts (see the comments in test/eval/tuning.yaml). */
const ROUNDS = [0, 143, 228, 359, 479, queries.length];
const f = (x: number) => x.toFixed(4);
const knobs = RANK as unknown as Record<string, number>;
const boosts = BOOST as unknown as Record<string, number>;
const types = TYPE_WEIGHT as Record<string, number>;
const report = (label: string) => {
  const search = ourSearch(tuningAsset);
  const rounds = ROUNDS.slice(1).map((end, i) => f(evaluate(queries.slice(ROUNDS[i], end), search).mrr10));
  const all = evaluate(queries, search);
  const even = evaluate(
    queries.filter((_, i) => i % 2 === 0),
    search,
  );
  const odd = evaluate(
    queries.filter((_, i) => i % 2 === 1),
    search,
  );
  // The retired sets together, each one set out: weighted by their sizes.
  const perSet = retiredSets.map((set, i) => evaluate(set, ourSearch(retiredAssets[i])));
  const old = {
    mrr10: perSet.reduce((sum, r) => sum + r.mrr10 * r.queries, 0) / retired.length,
    recall5: perSet.reduce((sum, r) => sum + r.recall5 * r.queries, 0) / retired.length,
  };
  const cv = foldsMrr(folds, ourSearch);
  const tune = (all.mrr10 + old.mrr10 + cv) / 3;
  console.log(
    `${label.padEnd(28)} rounds ${rounds.join(' / ')}  all ${f(all.mrr10)}/${f(all.recall5)}/${f(all.top1)}  halves ${f(even.mrr10)} ${f(odd.mrr10)}  retired ${f(old.mrr10)}/${f(old.recall5)}  vragen-cv ${f(cv)}  mean ${tune.toFixed(4)}`,
  );
};
console.log(
  `default MiniSearch: all ${f(evaluate(queries, defaultMiniSearch()).mrr10)}  retired ${f(evaluate(retired, defaultMiniSearch()).mrr10)}  vragen-cv ${f(foldsMrr(folds, defaultMiniSearch))}`,
);
report('current');
for (const arg of process.argv.slice(2)) {
  // `a=1,boost.titel=4`: several knobs at once; `boost.<field>` a field weight, `type.<type>` a type weight.
  const saved: [Record<string, number>, string, number][] = [];
  for (const pair of arg.split(',')) {
    const [name, value] = pair.split('=') as [string, string];
    const [obj, key] = name.startsWith('boost.')
      ? [boosts, name.slice(6)]
      : name.startsWith('type.')
        ? [types, name.slice(5)]
        : [knobs, name];
    saved.push([obj, key, obj[key] as number]);
    obj[key] = Number(value);
  }
  report(arg);
  for (const [obj, key, v] of saved.reverse()) obj[key] = v;
}
