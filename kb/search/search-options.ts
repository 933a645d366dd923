/**
 * The one search-options module: index build (scripts/, Node) and search (side panel, CLI) both import
 * it, so the fields, boosts and analysis can never drift apart. Changing anything here that alters the
 * index must bump INDEX_SCHEMA_VERSION.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { Analyzer } from './analysis/analyzer.ts';

/** Bump when the index layout, fields or analysis change; the panel refuses an index of another version. */
export const INDEX_SCHEMA_VERSION = 7;

export const FIELDS = [
  'titel',
  'samenvatting',
  'trefwoorden',
  'zoektermen',
  'voorbeeldvragen',
  'knelpunt',
  'tekst',
] as const;
export type Field = (typeof FIELDS)[number];
/** The quick tier: short fields, searched on every keystroke. */
export const QUICK_FIELDS: readonly Field[] = ['titel', 'samenvatting', 'trefwoorden', 'zoektermen'];
/**
 * The full tier: long fields, searched once loaded. Voorbeeldvragen (about 80 words an entry) live here: in
 * the quick tier they took it over its size aim (590 against 550 gzipped bytes an entry at 10,000 in `npm run bench`)
 * for the same ranking on the tuning set (MRR@10 0.974 in either tier).
 */
export const FULL_FIELDS: readonly Field[] = ['voorbeeldvragen', 'knelpunt', 'tekst'];
/**
 * The fields of the exact-forms index (words as written, each field weighing 1; see RANK.exactWeight). The
 * voorbeeldvragen too were measured in round 5: flat on the tuning material (mean of tuning, retired sets and
 * folds 0.9258 against 0.9248), a larger full tier, and below the default MiniSearch on one retired set.
 */
export const EXACT_FIELDS: readonly Field[] = QUICK_FIELDS;

/** Field weights: a hit in the title counts most, one in the full text least. */
export const BOOST: Record<Field, number> = {
  titel: 6,
  samenvatting: 3,
  trefwoorden: 4,
  zoektermen: 4,
  /** The entry's voorbeeldvragen and its zoekvragen (zoekvragen.yaml); 2 before the zoekvragen came. */
  voorbeeldvragen: 3,
  knelpunt: 1.5,
  tekst: 1,
};

export interface IndexDoc {
  id: string;
  titel: string;
  samenvatting: string;
  trefwoorden: string;
  zoektermen: string;
  voorbeeldvragen: string;
  knelpunt: string;
  tekst: string;
}

export function miniSearchOptions(
  analyzer: Pick<Analyzer, 'documentTerms'>,
  fields: readonly Field[] = FIELDS,
): Options<IndexDoc> {
  return {
    idField: 'id',
    fields: [...fields],
    storeFields: [],
    tokenize: (text) => analyzer.documentTerms(text),
    processTerm: (term) => term,
    searchOptions: {
      // Query terms arrive analyzed (see search.ts); they must not be analyzed again.
      tokenize: (text) => [text],
      processTerm: (term) => term,
    },
  };
}

/** Typo tolerance by length: none under 5 letters (short words drown in neighbours), one edit up to 7, two from 8. */
export function maxEdits(term: string): number {
  if (term.length < 5) return 0;
  return term.length < 8 ? 1 : 2;
}

/**
 * Weight per entry type: a reference cost names one amount and would otherwise outrank the case it
 * comes from for that case's own words; professionals look for the case first.
 */
export const TYPE_WEIGHT: Record<string, number> = {
  voorbeeld: 1,
  wet: 1,
  instrument: 1,
  werkwijze: 1,
  referentiekosten: 0.6,
  leerroute: 0.8,
};

/** Query words (stems) that ask for an amount: then reference costs come first instead of last. */
export const COST_INTENT = new Set([
  'kost',
  'kosten',
  'bedrag',
  'prijs',
  'bespar',
  'besparing',
  'euro',
  'inleg',
  'tarief',
  'bespaart',
]);
export const COST_INTENT_WEIGHT = 2;
/** Query words (folded, as typed) that hint at an amount without asking for one outright. */
export const COST_HINT: ReadonlySet<string> = new Set(['hoeveel', 'geld', 'duur', 'goedkoop', 'goedkoper']);

export const BASE_SEARCH: SearchOptions = {
  boost: BOOST,
  maxFuzzy: 2,
};

/** While typing, a prefix expands to at most this many indexed terms (the most frequent ones): few for
 * a two-letter prefix that matches half the vocabulary, more as the prefix narrows. */
export function maxPrefixTerms(prefix: string): number {
  return prefix.length <= 2 ? 3 : prefix.length === 3 ? 6 : 12;
}
/** A word with a typo expands to at most this many close terms. */
export const MAX_FUZZY_TERMS = 6;
/** Weight of a prefix and of a fuzzy match relative to an exact one. */
export const PREFIX_WEIGHT = 0.4;
export const FUZZY_WEIGHT = 0.45;

/**
 * Ranking knobs (see search.ts): a document's score is its BM25+ sum × (IDF-weighted share of the query
 * terms it holds, full-text-only and related-only terms counting in part) ^ coordinationPower. Mutable only so the evaluation can measure alternatives.
 */
export const RANK = {
  coordinationPower: 2,
  /** Weight of a filler or question word ("mag", "krijgt") relative to a content word. */
  fillerWeight: 0.5,
  /** Weight of a related term (verwante-termen.yaml) relative to the word typed; 0 turns them off. */
  relatedWeight: 0.5,
  /** At most this many related members widen one query term. */
  maxRelated: 16,
  /** How much of a query word an entry covers when it holds only a related term. */
  relatedCoverage: 0.3,
  /**
   * How much of a query word an entry covers when only its full tier holds it (voorbeeldvragen or text, not
   * its title, summary, keywords or zoektermen): a long case story holds many words it is not about.
   */
  fullCoverage: 0.6,
  /**
   * 1: a query word held in an entry's voorbeeldvragen or zoekvragen (searches written for the entry, not a
   * story that happens to use the word) covers it in full, as in the quick fields; any other value: as the
   * body text does (RANK.fullCoverage). Since round 8 (see ARCHITECTURE.md, "Zoekvragen").
   */
  askedCoverage: 1,
  /** A related term in more than this share of the entries is not looked up (little meaning, much cost). */
  relatedMaxShare: 0.2,
  /** Weight of an unknown diminutive's base word ("kleintjes" → klein); 0: off. */
  diminutiveWeight: 0.9,
  /** Weight of the completions of an unknown, unexplained finished word ("autorep"); 0: off. */
  abbreviationWeight: 0.4,
  /** Weight of the two pieces of an unknown word that is two known words run together ("rodeknop"); 0: off. */
  runTogetherWeight: 0.9,
  /** Type weight of law snippets when the query asks for an article ("welk artikel"); 1: off. */
  lawIntentWeight: 2,
  /** Type weight of reference costs when the query only hints at money (COST_HINT); 0: off. */
  costHintWeight: 1,
  /** A typo of a one-word synonym also finds the synonym's group (1: on, 0: off). */
  fuzzySynonyms: 1,
  /** At most this many completions of the word being typed are looked up in the full text. */
  fullPrefixTerms: 4,
  /**
   * Share of the final score that comes from the exact-forms ranking (the query's words as typed, unstemmed,
   * in the quick fields, BM25 times the number of words held, as a default MiniSearch scores): each ranking
   * is scaled to its best hit and the two are mixed. 0: off. 0.3 until round 8; with the zoekvragen, 0.2.
   */
  exactWeight: 0.2,
  /**
   * A word that one quick field holds in more than this share of the entries is not looked up in the exact
   * forms (counted per field, as the index counts document frequency; over all fields it can be more).
   */
  exactMaxShare: 0.5,
  /**
   * Share of the final score that comes from the nearest question: each voorbeeldvraag scored on its own
   * with the query's words as typed (BM25+ over the questions, times the IDF-weighted share of the query's
   * words the question holds), an entry taking the mean of its RANK.questionTopK best questions' scores,
   * scaled to the best entry's.
   * Computed for the best RANK.questionShortlist entries of the other two rankings, so only with the full
   * tier and the exact forms on (RANK.exactWeight > 0); when no shortlisted question holds a query word,
   * nothing changes. 0: off. The questions are the entry's voorbeeldvragen and its zoekvragen (about 56 an
   * entry): with 12 an entry, 0.2 was best and more hurt; with the zoekvragen, 0.4 (one set out, see
   * ARCHITECTURE.md "Zoekvragen").
   */
  questionWeight: 0.4,
  /** Only for queries of at least this many words as typed: a short query is no question to match. */
  questionMinWords: 4,
  /**
   * How many of the best entries so far get a question score, whatever the number of hits asked for (so
   * the first ten are the same in a list of ten and of thirty). 10 / 20 / 32 / 64 / 200: mean 0.9277 /
   * 0.9280 / 0.9278 / 0.9277 / 0.9277 (tsx scripts/bench/levers.ts).
   */
  questionShortlist: 20,
  /** An entry's question score: the mean of its this many best-matching questions' scores. */
  questionTopK: 3,
  /** A word in more than this share of the questions is not looked for there (as RANK.exactMaxShare). */
  questionMaxShare: 0.5,
  /**
   * Weight of a stop word or filler word ("hoe", "zit", "het", "mag") when a question is matched, relative
   * to a content word: with thousands of questions, one worded the same way around another subject
   * otherwise outscores the entry the query is about.
   */
  questionStopWeight: 0.5,
  /** Power of the share of the query's words a question holds (0: any share counts in full). */
  questionCoverage: 1,
  /** The entry's type weight (cost and law intent) applied to its question score too (1: on, 0: off). */
  questionTypeWeight: 0,
};

/**
 * Words a question or a description of a situation is full of that say little about which entry is
 * meant ("mag ik…", "krijgt hij…"): kept as terms (they can still tip a tie) but weighted low, so they
 * neither hide results nor dominate. Folded, as typed (before stemming). Stop words are dropped already.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `mag mogen moeten kun kunt krijg krijgt krijgen zit zitten gaat gaan ga komt komen kom doet doe doen
  heel erg echt nou even graag weet weten vraag vragen zoek zoeken iemand mensen persoon
  willen wilt wel lukt lukken terwijl alleen steeds allemaal beetje soms vaak nooit waarom`
    .split(/\s+/)
    .filter(Boolean),
);

/** The weight a query term carries in scoring and coordination. */
export function termWeight(t: { source: string }): number {
  return FILLER_WORDS.has(t.source) ? RANK.fillerWeight : 1;
}

/**
 * Hits whose excerpt the panel builds at once (about what a 320-400 px panel shows, plus a little);
 * the rest get theirs when scrolled near. The benchmark's panel call builds this many.
 */
export const EXCERPTS_ON_SCREEN = 8;

/** Results per query by default. */
export const DEFAULT_LIMIT = 20;
