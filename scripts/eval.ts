/**
 * `npm run eval [-- --json] [-- --tuning]`: ranking quality on the tuning set and the held-out set, for
 * ours, a default MiniSearch and a VitePress-style MiniSearch (MRR@10, recall@5, top-1).
 *
 * The held-out set is reported only as aggregates (overall and per kind), never per query: looking at
 * its misses would be tuning on it. `--tuning` skips it (for tuning runs).
 */
import { type EvalQuery, type EvalResult, evaluate } from '../kb/search/evaluate.ts';
import {
  defaultMiniSearch,
  type EvalSetName,
  evalSetPath,
  HELD_OUT_SETS,
  loadEvalSet,
  ourSearch,
  vitePressMiniSearch,
} from './eval-set.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const heldOutSets = HELD_OUT_SETS.filter((name) => loadEvalSet(name));
/** `held-out (all)`: every held-out set together, the figure the issue's targets are checked on. */
const ALL = 'held-out (all)';
const sets: string[] = args.includes('--tuning') ? ['tuning'] : ['tuning', ...HELD_OUT_SETS, ALL];
const engines = {
  Maatwerkwijzer: ourSearch(),
  'default MiniSearch': defaultMiniSearch(),
  'VitePress MiniSearch': vitePressMiniSearch(),
};
const f = (x: number) => x.toFixed(3);
const out: Record<string, unknown> = {};

for (const name of sets) {
  const queries: EvalQuery[] | null =
    name === ALL
      ? heldOutSets.length
        ? heldOutSets.flatMap((set) => loadEvalSet(set) ?? [])
        : null
      : loadEvalSet(name as EvalSetName);
  if (!queries) {
    if (!json)
      console.log(
        `\n${name}: ${name === ALL ? 'no held-out set exists' : `${evalSetPath(name as EvalSetName)} does not exist`}; skipped.`,
      );
    out[name] = null;
    continue;
  }
  const results = Object.fromEntries(
    Object.entries(engines).map(([engine, search]) => [engine, evaluate(queries, search)]),
  ) as Record<string, EvalResult>;
  const heldOut = name !== 'tuning';
  out[name] = Object.fromEntries(
    Object.entries(results).map(([engine, r]) => [
      engine,
      // Held-out: aggregates only.
      heldOut
        ? { ...r, misses: undefined }
        : { ...r, misses: engine === 'Maatwerkwijzer' ? r.misses : undefined },
    ]),
  );
  if (json) continue;
  console.log(`\n${name} set: ${queries.length} queries`);
  console.log(`                        MRR@10  recall@5  top-1`);
  for (const [engine, r] of Object.entries(results))
    console.log(`${engine.padEnd(22)}  ${f(r.mrr10)}   ${f(r.recall5)}    ${f(r.top1)}`);
  const kinds = Object.keys(results.Maatwerkwijzer?.byKind ?? {});
  console.log(`per kind (MRR@10 / recall@5; ours | default | VitePress):`);
  for (const kind of kinds) {
    const cells = Object.values(results).map((r) => {
      const m = r.byKind[kind];
      return m ? `${f(m.mrr10)} / ${f(m.recall5)}` : '-';
    });
    console.log(
      `  ${kind.padEnd(14)} n=${String(results.Maatwerkwijzer?.byKind[kind]?.queries).padEnd(4)} ${cells.join(' | ')}`,
    );
  }
  if (!heldOut) {
    const misses = results.Maatwerkwijzer?.misses ?? [];
    console.log(`\ntuning queries whose first hit is not expected (${misses.length}):`);
    for (const m of misses)
      console.log(`  "${m.q}": rank ${m.rank ?? '-'} of [${m.expect.join(', ')}]; got [${m.got.join(', ')}]`);
  }
}
if (json) console.log(JSON.stringify(out, null, 2));
