import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../kb/search/analysis/analyzer';
import { Accumulator, CompactTier, compactFromMiniSearch } from '../../../kb/search/compact-index';
import { BOOST, type IndexDoc, miniSearchOptions } from '../../../kb/search/search-options';
import { asset } from '../../../scripts/eval-set';

const docs: IndexDoc[] = [
  {
    id: 'a',
    titel: 'Fietskar voor moeder',
    samenvatting: 'Vervoer van kinderen naar behandeling',
    trefwoorden: 'fietskar vervoer',
    zoektermen: 'kinderen naar therapie',
    voorbeeldvragen: '',
    knelpunt: '',
    tekst: '',
  },
  {
    id: 'b',
    titel: 'Bakfiets afgewezen',
    samenvatting: 'Wmo vergoedt geen bakfiets',
    trefwoorden: 'bakfiets wmo',
    zoektermen: '',
    voorbeeldvragen: '',
    knelpunt: '',
    tekst: '',
  },
  {
    id: 'c',
    titel: 'Thuisonderwijs met zorgbegeleider',
    samenvatting: 'Moeder overbelast door onderwijs thuis',
    trefwoorden: 'thuisonderwijs zbl',
    zoektermen: 'moeder thuis',
    voorbeeldvragen: '',
    knelpunt: '',
    tekst: '',
  },
];
const analyzer = createAnalyzer([]);
const mini = new MiniSearch(miniSearchOptions(analyzer, ['titel', 'samenvatting', 'trefwoorden']));
mini.addAll(docs);
const tier = new CompactTier(compactFromMiniSearch(mini.toJSON(), ['a', 'b', 'c']), BOOST);

describe('the compact index', () => {
  it('scores every term exactly as MiniSearch does', () => {
    for (const term of ['fietskar', 'moeder', 'bakfiet', 'wmo', 'onderwijs', 'thuis']) {
      const acc = new Accumulator(3);
      tier.add(term, 1, acc);
      const ours = Object.fromEntries(Array.from(acc.touched, (n) => [['a', 'b', 'c'][n], acc.scores[n]]));
      const theirs = Object.fromEntries(
        mini
          .search({ queries: [term] }, { boost: BOOST, prefix: false, fuzzy: false })
          .map((r) => [r.id, r.score]),
      );
      expect(Object.keys(ours).sort(), term).toEqual(Object.keys(theirs).sort());
      for (const id of Object.keys(theirs)) expect(ours[id]).toBeCloseTo(theirs[id] as number, 9);
    }
  });

  it('finds prefix completions, most frequent first, and close terms for typos', () => {
    expect(tier.prefixTerms('fiets', 5)).toContain('fietskar');
    expect(tier.prefixTerms('zzz', 5)).toEqual([]);
    expect(tier.closeTerms('fietskra', 2, 3).map(([t]) => t)).toContain('fietskar');
  });

  it('marks the documents holding a term in a bit mask and counts only those newly marked', () => {
    const acc = new Accumulator(3);
    const mask = new Uint32Array(3);
    expect(tier.add('moeder', 1, acc, mask, 0b10)).toBe(2);
    expect([...mask]).toEqual([0b10, 0, 0b10]);
    // The same term again in another field or tier: the documents are marked already.
    expect(tier.add('moeder', 1, acc, mask, 0b10)).toBe(0);
    expect(tier.add('fietskar', 1, acc, mask, 0b01)).toBe(1);
    expect([...mask]).toEqual([0b11, 0, 0b10]);
    expect(tier.add('onbekend', 1, acc, mask, 0b100)).toBe(0);
    // Document frequency as MiniSearch keeps it: per field, the most of any field (one title, one summary).
    expect(tier.df('moeder')).toBe(1);
    expect(tier.df('wmo')).toBe(1);
    expect(tier.df('onbekend')).toBe(0);
  });

  it('lists a touched document once, also when a weight is 0, and forgets everything on reset', () => {
    const acc = new Accumulator(3);
    tier.add('moeder', 0, acc);
    tier.add('moeder', 0, acc);
    acc.add(2, 0);
    expect([...acc.touched]).toEqual([0, 2]);
    expect([...acc.scores]).toEqual([0, 0, 0]);
    acc.add(1, 0.5);
    expect(acc.size).toBe(3);
    acc.reset();
    expect(acc.size).toBe(0);
    acc.add(2, 1);
    expect([...acc.touched]).toEqual([2]);
    expect([...acc.scores]).toEqual([0, 0, 1]);
  });

  it('offers the most frequent completions of a prefix, ties in term order, as a full sort would', () => {
    const shipped = new CompactTier(asset().full.index, BOOST);
    const terms = asset().full.index.terms;
    for (const prefix of ['a', 'ma', 'ge', 'kin', 'wmo', 'z', 'zzz']) {
      const all = terms
        .filter((t) => t.startsWith(prefix) && t !== prefix)
        .map((t) => [t, shipped.df(t)] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([t]) => t);
      for (const max of [0, 1, 3, 12, 10_000])
        expect(shipped.prefixTerms(prefix, max)).toEqual(all.slice(0, max));
    }
  });

  it('refuses an index whose document numbers are not the entries’ positions', () => {
    expect(() => compactFromMiniSearch(mini.toJSON(), ['b', 'a', 'c'])).toThrow(/document 0 is not b/);
  });

  it('refuses postings that overrun their array, name an unknown field or document, or have no count', () => {
    const good = compactFromMiniSearch(mini.toJSON(), ['a', 'b', 'c']);
    const broken = (change: (p: number[]) => void) => {
      const postings = good.postings.map((p) => [...p]);
      change(postings[0] as number[]);
      return () => new CompactTier({ ...good, postings }, BOOST);
    };
    expect(broken(() => {})).not.toThrow();
    expect(broken((p) => (p[1] = 1e9))).toThrow(/postings of .* are malformed/);
    expect(broken((p) => (p[1] = -1))).toThrow(/malformed/);
    expect(broken((p) => (p[1] = 0.5))).toThrow(/malformed/);
    expect(broken((p) => (p[0] = 99))).toThrow(/malformed/);
    expect(broken((p) => (p[2] = 7))).toThrow(/posting of .* is malformed/);
    expect(broken((p) => (p[3] = Number.NaN))).toThrow(/malformed/);
    expect(broken((p) => (p[2] = 0.5))).toThrow(/malformed/);
    expect(broken((p) => (p[3] = Number.POSITIVE_INFINITY))).toThrow(/malformed/);
    const postings = good.postings.map((p) => [...p]) as unknown[];
    postings[0] = { 1: 60_000_000, length: 120_000_002 };
    expect(() => new CompactTier({ ...good, postings } as never, BOOST)).toThrow(/malformed/);
    const other = (change: Partial<typeof good>) => () => new CompactTier({ ...good, ...change }, BOOST);
    expect(other({ terms: [7, ...good.terms.slice(1)] as never })).toThrow(/terms or field lengths/);
    expect(other({ fieldLength: ['x', ...good.fieldLength.slice(1)] as never })).toThrow(/field lengths/);
    expect(other({ avgFieldLength: good.avgFieldLength.map(() => -1) })).toThrow(/field lengths/);
    expect(other({ avgFieldLength: [1] })).toThrow(/field lengths/);
  });
});
