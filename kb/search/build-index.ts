/** Builds both index tiers from validated entries. Deterministic: the same content gives the same bytes. */
import MiniSearch from 'minisearch';
import { fnv1a64 } from '../content/hash.ts';
import type { Entry } from '../content/schema.ts';
import type { Knelpunt } from '../content/side-files.ts';
import { createAnalyzer, exactForms, type SynonymGroups } from './analysis/analyzer.ts';
import { learnLexicon } from './analysis/lexicon.ts';
import { compactFromMiniSearch } from './compact-index.ts';
import { FACETS, type Facet, facetValues } from './facets.ts';
import { toIndexDoc } from './index-doc.ts';
import { INDEX_FORMAT, type IndexAsset, type StoredEntry } from './index-format.ts';
import {
  EXACT_FIELDS,
  FULL_FIELDS,
  INDEX_SCHEMA_VERSION,
  miniSearchOptions,
  QUICK_FIELDS,
} from './search-options.ts';

export function buildIndex(
  entries: readonly (Entry | StoredEntry)[],
  synonyms: SynonymGroups,
  renames: Record<string, string>,
  knelpunten: Knelpunt[] = [],
  related: SynonymGroups = [],
  zoekvragen: Readonly<Record<string, readonly string[]>> = {},
): IndexAsset {
  const stored: StoredEntry[] = [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((e) => {
      const { file: _file, ...rest } = e as Entry;
      return rest as StoredEntry;
    });
  // Searches per entry, only for entries in this index, in id order (part of the full tier and its hash).
  const searches: Record<string, string[]> = {};
  for (const e of stored) {
    const list = Object.hasOwn(zoekvragen, e.id) ? zoekvragen[e.id] : undefined;
    if (list?.length) searches[e.id] = [...list];
  }
  const docs = stored.map((e) => toIndexDoc(e, searches[e.id]));
  const ids = stored.map((e) => e.id);
  const lexicon = learnLexicon(
    docs.map((d) => `${d.titel} ${d.samenvatting} ${d.trefwoorden} ${d.knelpunt} ${d.tekst}`),
  );
  const analyzer = createAnalyzer(synonyms, lexicon);
  const quick = new MiniSearch(miniSearchOptions(analyzer, QUICK_FIELDS));
  quick.addAll(docs);
  const exact = new MiniSearch(miniSearchOptions(exactForms, EXACT_FIELDS));
  exact.addAll(docs);
  const full = new MiniSearch(miniSearchOptions(analyzer, FULL_FIELDS));
  full.addAll(docs);
  // Each voorbeeldvraag and zoekvraag a document of its words as written: how many hold each word (see
  // QuestionStats).
  const questionDf = new Map<string, number>();
  let questionCount = 0;
  let questionWords = 0;
  for (const e of stored) {
    const own = (e.meta as { voorbeeldvragen?: string[] }).voorbeeldvragen ?? [];
    for (const q of [...own, ...(searches[e.id] ?? [])]) {
      const words = exactForms.documentTerms(q);
      questionCount++;
      questionWords += words.length;
      for (const w of new Set(words)) questionDf.set(w, (questionDf.get(w) ?? 0) + 1);
    }
  }
  const questionTerms = [...questionDf.keys()].sort();
  const facetValueList: [Facet, string][] = [];
  for (const e of stored)
    for (const f of FACETS) for (const v of facetValues(e, f)) facetValueList.push([f, v]);
  const facetValues_ = [...new Map(facetValueList.map((fv) => [`${fv[0]}\u0000${fv[1]}`, fv])).values()].sort(
    (a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : FACETS.indexOf(a[0]) - FACETS.indexOf(b[0])),
  );
  const codeOf = new Map(facetValues_.map(([f, v], i) => [`${f}\u0000${v}`, i]));
  const sortedRenames = Object.fromEntries(Object.entries(renames).sort(([a], [b]) => (a < b ? -1 : 1)));
  const contentHash = fnv1a64(
    JSON.stringify([stored, synonyms, sortedRenames, lexicon, knelpunten, related, searches]),
  );
  const base = {
    format: INDEX_FORMAT,
    schemaVersion: INDEX_SCHEMA_VERSION,
    contentHash,
    entryCount: stored.length,
  } as const;
  return {
    quick: {
      manifest: { ...base, tier: 'quick' },
      facetValues: facetValues_,
      knelpunten,
      entries: stored.map((e) => ({
        id: e.id,
        type: e.type,
        titel: e.meta.titel,
        samenvatting: e.meta.samenvatting,
        trefwoorden: e.meta.trefwoorden,
        ...(e.meta.zoektermen ? { zoektermen: e.meta.zoektermen } : {}),
        ...(e.meta.gerelateerd ? { gerelateerd: e.meta.gerelateerd } : {}),
        ...(e.type === 'voorbeeld' && e.meta.knelpunten ? { knelpunten: e.meta.knelpunten } : {}),
        facets: FACETS.flatMap((f) => facetValues(e, f).map((v) => codeOf.get(`${f}\u0000${v}`) as number)),
      })),
      synonyms,
      related,
      lexicon,
      renames: sortedRenames,
      index: compactFromMiniSearch(quick.toJSON(), ids),
    },
    full: {
      manifest: { ...base, tier: 'full' },
      entries: stored,
      index: compactFromMiniSearch(full.toJSON(), ids),
      exact: compactFromMiniSearch(exact.toJSON(), ids),
      questions: {
        count: questionCount,
        avgLength: questionCount ? questionWords / questionCount : 0,
        terms: questionTerms,
        df: questionTerms.map((t) => questionDf.get(t) as number),
      },
      zoekvragen: searches,
    },
  };
}
