/**
 * Loads the evaluation sets and builds the engines they compare: ours, a default MiniSearch and a
 * VitePress-style MiniSearch (fuzzy 0.2, prefix, title boost 4), all over the same entries.
 *
 * The tuning set `test/eval/tuning.yaml` and the retired held-out sets `heldout.yaml` … `heldout-26.yaml`
 * (the ranking has been tuned on both), and the held-out sets `heldout-27.yaml` … `heldout-30.yaml` (written
 * by writers who saw only content/ and the sources, never the ranking code or other queries; never tuned
 * on, reported only as aggregates).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';
import { errorsOf } from '../kb/content/problems.ts';
import { zoekvraagKey } from '../kb/content/side-files.ts';
import { buildIndex } from '../kb/search/build-index.ts';
import { type EvalQuery, evaluate } from '../kb/search/evaluate.ts';
import { toIndexDoc } from '../kb/search/index-doc.ts';
import type { IndexAsset } from '../kb/search/index-format.ts';
import { loadKnowledgeBase } from '../kb/search/knowledge-base.ts';
import { KnowledgeIndex } from '../kb/search/search.ts';
import { FIELDS } from '../kb/search/search-options.ts';
import { ROOT, readKnowledgeBaseFiles } from './content-files.ts';

export type EvalSetName = 'tuning' | RetiredSetName | HeldOutSetName;
/**
 * Retired held-out sets, oldest first: written as held-out sets and read (aggregates only) after ranking
 * changes, then retired to be tuning material, since a set that has been read no longer measures unseen
 * queries. `heldout` (251 queries, round 2 of issue 12), `heldout-2` (205, round 3), `heldout-3` (208, end
 * of round 3), and, written from a content snapshot without voorbeeldvragen, `heldout-4`, `heldout-5` and
 * `heldout-6` (225 each, round 4), all retired at the start of round 5; `heldout-7` and `heldout-8` (300
 * each, written at the start of round 5, 3 queries an entry): a scratch script printed some of their misses
 * by mistake before they were measured, so they were measured once, on round 4's ranking and on the first
 * change of round 5, and then retired too; `heldout-9` and `heldout-10` (300 each, midway through round 5,
 * from a snapshot without voorbeeldvragen, synonyms or related terms), read after round 5's changes and
 * retired at the start of round 6; `heldout-11` and `heldout-12` (300 each, written at the start of round 6
 * the same way), read once after round 6's changes and retired at the start of round 7; `heldout-13` and
 * `heldout-14` (300 each, written at the start of round 7 the same way), read once after round 7's content
 * changes (24a1b5b) and retired within round 7, when sets 15 and 16 were written; `heldout-15` and
 * `heldout-16` (300 each, from a snapshot without zoektermen too), read once at b6cb636 and retired within
 * round 7, when sets 17 and 18 were written; `heldout-17` and `heldout-18` (300 each, the same way), read
 * once at 087910c and retired within round 7, when sets 19 and 20 were written; `heldout-19` and `heldout-20`
 * (300 each, the same way), read once at 0faf05f, after round 7's last ranking change, and retired at the
 * start of round 8; `heldout-21` … `heldout-24` (300 each, the same way, two pairs of writers) and
 * `heldout-25` and `heldout-26` (300 each, written from a pictured household without the entry's title,
 * summary or keyword words: the paraphrase recipe), read once at 6053e53, after the zoekvragen, and
 * retired within round 8, when their queries joined the zoekvragen.
 */
export type RetiredSetName =
  | 'heldout'
  | 'heldout-2'
  | 'heldout-3'
  | 'heldout-4'
  | 'heldout-5'
  | 'heldout-6'
  | 'heldout-7'
  | 'heldout-8'
  | 'heldout-9'
  | 'heldout-10'
  | 'heldout-11'
  | 'heldout-12'
  | 'heldout-13'
  | 'heldout-14'
  | 'heldout-15'
  | 'heldout-16'
  | 'heldout-17'
  | 'heldout-18'
  | 'heldout-19'
  | 'heldout-20'
  | 'heldout-21'
  | 'heldout-22'
  | 'heldout-23'
  | 'heldout-24'
  | 'heldout-25'
  | 'heldout-26';
export const RETIRED_SETS: readonly RetiredSetName[] = [
  'heldout',
  'heldout-2',
  'heldout-3',
  'heldout-4',
  'heldout-5',
  'heldout-6',
  'heldout-7',
  'heldout-8',
  'heldout-9',
  'heldout-10',
  'heldout-11',
  'heldout-12',
  'heldout-13',
  'heldout-14',
  'heldout-15',
  'heldout-16',
  'heldout-17',
  'heldout-18',
  'heldout-19',
  'heldout-20',
  'heldout-21',
  'heldout-22',
  'heldout-23',
  'heldout-24',
  'heldout-25',
  'heldout-26',
];
/**
 * The held-out sets, 300 queries each, each written by two new writers (the 100 entries dealt alternately,
 * 3 queries an entry) in round 8 from a content snapshot without voorbeeldvragen, zoektermen, synonyms or
 * related terms, seeing only content/ and the sources; never tuned on, reported only as aggregates.
 *
 * `HELD_OUT_SETS`: `heldout-27` and `heldout-28`, written the way the issue asks (situations, keywords,
 * informal, law and cost questions in professional phrasing). `PARAPHRASE_SETS`: `heldout-29` and
 * `heldout-30`, the same kinds written from a household the writer pictured, with no noun or verb of the
 * entry's title, summary or keywords and abbreviations in at most a third: a harder test of paraphrase.
 * All four were committed unread and read once, at 4546936, after round 8's last ranking change.
 * `heldout-31.yaml` and `heldout-32.yaml` (the issue's recipe) and `heldout-33.yaml` and `heldout-34.yaml`
 * (the paraphrase recipe), 300 queries each, written the same way at the end of round 8, are committed
 * unread for the next round: nothing loads them yet. Retire 27 to 30 into the zoekvragen and name these
 * here when a change is to be measured on queries nobody has seen.
 */
export type HeldOutSetName = 'heldout-27' | 'heldout-28' | 'heldout-29' | 'heldout-30';
export const HELD_OUT_SETS: readonly HeldOutSetName[] = ['heldout-27', 'heldout-28'];
export const PARAPHRASE_SETS: readonly HeldOutSetName[] = ['heldout-29', 'heldout-30'];

/** The queries of the retired sets together (tuning material). */
export function loadRetiredSets(): EvalQuery[] {
  return RETIRED_SETS.flatMap((name) => loadEvalSet(name) ?? []);
}

/** Where the sets live: test/eval, or MW_EVAL_DIR (to try the scripts on other files). */
export const evalSetPath = (name: EvalSetName) =>
  join(process.env.MW_EVAL_DIR ?? join(ROOT, 'test', 'eval'), `${name}.yaml`);

/** The queries of a set, or null when its file does not exist (yet). */
export function loadEvalSet(name: EvalSetName = 'tuning'): EvalQuery[] | null {
  const path = evalSetPath(name);
  if (!existsSync(path)) return null;
  return parse(readFileSync(path, 'utf8')) as EvalQuery[];
}

/** The tuning set, which always exists. */
export function loadTuningSet(): EvalQuery[] {
  const q = loadEvalSet('tuning');
  if (!q) throw new Error('test/eval/tuning.yaml is missing');
  return q;
}

let cached: IndexAsset | null = null;
let cachedKb: ReturnType<typeof knowledgeBase> | null = null;
/**
 * The index over the content as it is now. Other people edit content/ while the ranking is measured:
 * a file with errors is left out (and named on stderr) instead of stopping the measurement.
 */
function knowledgeBase() {
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(), { today: new Date().toISOString().slice(0, 10) });
  const broken = [...new Set(errorsOf(kb.problems).map((p) => p.file))];
  if (broken.length) console.error(`eval: left out (content errors): ${broken.join(', ')}`);
  return kb;
}

function sharedKnowledgeBase() {
  cachedKb ??= knowledgeBase();
  return cachedKb;
}

/** The index over the content as it is now, with these zoekvragen. */
function indexWith(zoekvragen: Readonly<Record<string, readonly string[]>>): IndexAsset {
  const kb = sharedKnowledgeBase();
  return buildIndex(kb.entries, kb.synonyms, kb.renames, kb.knelpunten, kb.related, zoekvragen);
}

export function asset(): IndexAsset {
  cached ??= indexWith(sharedKnowledgeBase().zoekvragen);
  return cached;
}

/**
 * The index with every zoekvraag equal (folded) to one of `queries` left out: content/zoekvragen.yaml holds
 * the tuning and retired queries, so a set is measured on an index that has not seen it.
 */
export function assetWithout(queries: readonly EvalQuery[]): IndexAsset {
  const drop = new Set(queries.map((q) => zoekvraagKey(q.q)));
  const kept = Object.fromEntries(
    Object.entries(sharedKnowledgeBase().zoekvragen).map(([id, list]) => [
      id,
      list.filter((q) => !drop.has(zoekvraagKey(q))),
    ]),
  );
  return indexWith(kept);
}

/** The index without any zoekvragen: to show what a ranking rule does on the entries alone. */
export function assetWithoutZoekvragen(): IndexAsset {
  return indexWith({});
}

/**
 * An engine measured one set out: a query of `sets[i]` is asked of an index without the zoekvragen of all
 * of `sets[i]` (the first set holding it). Sets that are not in the zoekvragen cost nothing extra.
 */
export function leaveSetOut(
  sets: readonly (readonly EvalQuery[])[],
  engine: (a: IndexAsset) => (q: string) => string[],
): (q: string) => string[] {
  const bank = new Set(Object.values(sharedKnowledgeBase().zoekvragen).flat().map(zoekvraagKey));
  const routes = new Map<string, number>();
  sets.forEach((set, i) => {
    for (const q of set) if (!routes.has(zoekvraagKey(q.q))) routes.set(zoekvraagKey(q.q), i);
  });
  // Whether any query of a set is among the zoekvragen (otherwise the shipped index is already one set out).
  const inBank = sets.map((set) => set.some((x) => bank.has(zoekvraagKey(x.q))));
  const engines = new Map<number, (q: string) => string[]>();
  let whole: ((q: string) => string[]) | null = null;
  return (q) => {
    const i = routes.get(zoekvraagKey(q));
    const set = i === undefined ? undefined : sets[i];
    if (i === undefined || !set || !inBank[i]) {
      whole ??= engine(asset());
      return whole(q);
    }
    let e = engines.get(i);
    if (!e) {
      e = engine(assetWithout(set));
      engines.set(i, e);
    }
    return e(q);
  };
}

export function ourSearch(a: IndexAsset = asset()): (q: string) => string[] {
  const index = KnowledgeIndex.load(a.quick, a.full);
  return (q) => index.search(q, { limit: 10, typing: true }).map((h) => h.id);
}

function miniSearch(
  searchOptions: ConstructorParameters<typeof MiniSearch>[0]['searchOptions'],
  a: IndexAsset = asset(),
  withZoekvragen = false,
) {
  const mini = new MiniSearch({ fields: [...FIELDS], searchOptions });
  mini.addAll(a.full.entries.map((e) => toIndexDoc(e, withZoekvragen ? a.full.zoekvragen[e.id] : [])));
  return (q: string) =>
    mini
      .search(q)
      .slice(0, 10)
      .map((r) => r.id as string);
}

/** A plain MiniSearch with its defaults over the same fields and text: the baseline to beat. */
export function defaultMiniSearch(a?: IndexAsset): (q: string) => string[] {
  return miniSearch(undefined, a);
}

/**
 * The default MiniSearch given the zoekvragen too, in the voorbeeldvragen field: not a baseline from the
 * issue (which indexes the entries' files), shown to say how much of our lead the zoekvragen make.
 */
export function defaultMiniSearchWithZoekvragen(a?: IndexAsset): (q: string) => string[] {
  return miniSearch(undefined, a, true);
}

/** MiniSearch configured the way VitePress's local search configures it: the stronger baseline. */
export function vitePressMiniSearch(a?: IndexAsset): (q: string) => string[] {
  return miniSearch({ fuzzy: 0.2, prefix: true, boost: { titel: 4 } }, a);
}

/**
 * A third measure besides the tuning and held-out sets: the voorbeeldvragen in two folds. Fold k indexes
 * every entry with the voorbeeldvragen at positions not ≡ k (mod 2) and asks the others, expecting their
 * own entry: about 600 queries a fold, by five writers who wrote neither the tuning nor the held-out
 * queries. Each entry's 12 are grouped by kind (five situations, three keyword searches, two informal, two
 * law or cost), so taking every other one gives both folds every kind (fold 0 one situation more).
 */
export type Fold = { asset: IndexAsset; queries: EvalQuery[] };
export function voorbeeldvragenFolds(): Fold[] {
  const kb = sharedKnowledgeBase();
  return [0, 1].map((k) => {
    const queries: EvalQuery[] = [];
    const entries = kb.entries.map((e) => {
      const all = e.meta.voorbeeldvragen ?? [];
      for (const [i, q] of all.entries()) if (i % 2 === k) queries.push({ q, expect: [e.id], kind: 'vraag' });
      const kept = all.filter((_, i) => i % 2 !== k);
      return { ...e, meta: { ...e.meta, voorbeeldvragen: kept } } as typeof e;
    });
    return {
      asset: buildIndex(entries, kb.synonyms, kb.renames, kb.knelpunten, kb.related, kb.zoekvragen),
      queries,
    };
  });
}

/** MRR@10 of an engine (ours or a baseline, built over each fold's index) averaged over the folds. */
export function foldsMrr(folds: readonly Fold[], engine: (a: IndexAsset) => (q: string) => string[]): number {
  return (
    folds.reduce((sum, fold) => sum + evaluate(fold.queries, engine(fold.asset)).mrr10, 0) / folds.length
  );
}
