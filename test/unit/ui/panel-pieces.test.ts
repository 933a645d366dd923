import { describe, expect, it } from 'vitest';
import { nextRecent } from '../../../extension/features/app/use-recent-searches';
import { whyMatched } from '../../../extension/features/entry/why-matched';
import { matches, queryWords } from '../../../extension/features/markdown/highlight';
import { shortList } from '../../../extension/features/patterns/PatternsView';
import { keepKey, unresolved } from '../../../extension/features/personal-data/guard';
import { fieldProblem } from '../../../extension/features/proposal/fields';
import { weighingTexts } from '../../../extension/features/waardendriehoek/use-weighing';
import { findPersonalData } from '../../../kb/privacy/privacy-guard';
import type { StoredEntry } from '../../../kb/search/index-format';
import { KnowledgeIndex } from '../../../kb/search/search';
import { emptyShortWeighing } from '../../../kb/weighing/short-weighing';
import { emptyWeighing } from '../../../kb/weighing/waardendriehoek';
import { asset } from '../../../scripts/eval-set';

describe('marking the query words in an opened entry', () => {
  it('marks a word where it starts a word, ignoring case and accents', () => {
    const text = 'Een Fietskar voor de Überfiets; geen bakfietskar.';
    const words = queryWords('fietska uberfiets');
    expect(words).toEqual(['fietska', 'uberfiets']);
    expect(matches(text, words).map(([s, e]) => text.slice(s, e))).toEqual(['Fietska', 'Überfiets']);
  });
  it('merges overlapping marks and ignores one-letter words and punctuation-only queries', () => {
    expect(matches('fietskar', queryWords('fiets fietskar'))).toEqual([[0, 8]]);
    expect(matches('pgb-budget', queryWords('pgb-budget'))).toEqual([
      [0, 3],
      [4, 10],
    ]);
    expect(queryWords('a , ;')).toEqual([]);
    expect(queryWords('wat is maatwerk per jaar')).toEqual(['maatwerk', 'jaar']);
    expect(matches('tekst', [])).toEqual([]);
  });
  it('marks nothing rather than the wrong letters when folding changes the length', () => {
    expect(matches('ﬁets', queryWords('fiets'))).toEqual([]);
  });
});

describe('why an opened entry matched', () => {
  const index = KnowledgeIndex.load(asset().quick, asset().full);
  const entry = (id: string) => index.fullEntries().find((e) => e.id === id);
  const withoutQuestions = (e: StoredEntry) =>
    ({ ...e, meta: { ...e.meta, voorbeeldvragen: [] } }) as StoredEntry;

  it('names the zoektermen and voorbeeldvragen when only they hold a query word, as the result list counts them', () => {
    const e = entry('lelystad-fietskar-in-plaats-van-bakfiets');
    if (!e) throw new Error('entry missing');
    const word = (e.meta.voorbeeldvragen ?? [])
      .flatMap((q) => queryWords(q))
      .find((w) => !whyMatched(withoutQuestions(e), w)?.fields.length);
    expect(word, 'a word only the voorbeeldvragen hold').toBeDefined();
    expect(whyMatched(e, word as string)).toEqual({ fields: ['examples'], sections: [], missing: [] });
    const term = (e.meta.zoektermen ?? [])
      .flatMap((q) => queryWords(q))
      .find((w) => {
        const why = whyMatched(withoutQuestions(e), w);
        return why?.fields.length === 1 && why.fields[0] === 'searchTerms' && why.sections.length === 0;
      });
    expect(term, 'a word only the zoektermen hold').toBeDefined();
  });

  it('names the examples when only the searches written for the entry (zoekvragen) hold a query word', () => {
    const e = entry('lelystad-fietskar-in-plaats-van-bakfiets');
    if (!e) throw new Error('entry missing');
    const searches = index.zoekvragenOf(e.id);
    expect(searches.length).toBeGreaterThan(30);
    const bare = withoutQuestions(e);
    const word = searches
      .flatMap((q) => queryWords(q))
      .find((w) => {
        const why = whyMatched(bare, w);
        return why && why.fields.length + why.sections.length === 0;
      });
    expect(word, 'a word only the zoekvragen hold').toBeDefined();
    expect(whyMatched(bare, word as string)).toEqual({ fields: [], sections: [], missing: [word] });
    expect(whyMatched(bare, word as string, searches)).toEqual({
      fields: ['examples'],
      sections: [],
      missing: [],
    });
    expect(index.zoekvragenOf('constructor')).toEqual([]);
    expect(index.zoekvragenOf('geen-entry')).toEqual([]);
  });

  it('agrees with the result list: a voorbeeldvraag asked as a query finds its entry with no "related word only" line', () => {
    let related = 0;
    let asked = 0;
    for (const e of index.fullEntries())
      for (const q of e.meta.voorbeeldvragen ?? []) {
        const hit = index.query(q, { typing: false }).hits.find((h) => h.id === e.id);
        if (!hit) continue;
        asked++;
        const why = whyMatched(e, q);
        if (why && why.fields.length + why.sections.length === 0) related++;
      }
    expect(asked).toBeGreaterThan(1100);
    expect(related).toBe(0);
  });
});

describe('the personal-data guard over a weighing', () => {
  it('covers the proposal, the purpose, every note, every cost line and the short mode', () => {
    const w = emptyWeighing();
    w.voorstel = 'v';
    w.doel = 'd';
    w.answers = { b1: { answer: 'ja', note: 'n1' } };
    const short = emptyShortWeighing();
    short.sides.rendement.note = 'r';
    const texts = weighingTexts({
      weighing: w,
      short,
      mode: 'full',
      rendement: {
        solution: [{ label: 'Taxi 06-12345678', amount: 1, period: 'eenmalig' }],
        alternative: [{ label: 'alt', amount: 1, period: 'eenmalig' }],
        horizonMonths: 12,
      },
    });
    expect(texts).toEqual(
      expect.arrayContaining([
        ['wd-voorstel', 'v'],
        ['wd-doel', 'd'],
        ['note-b1', 'n1'],
        ['cost-solution-0', 'Taxi 06-12345678'],
        ['cost-alternative-0', 'alt'],
        ['s-side-rendement', 'r'],
      ]),
    );
    expect(unresolved(texts, new Set())).toEqual(['cost-solution-0']);
  });
  it('lets a kept finding pass, but warns again when new personal data is added', () => {
    const text = 'bel 06-12345678';
    const kept = new Set([keepKey('f', findPersonalData(text))]);
    expect(unresolved([['f', text]], kept)).toEqual([]);
    expect(unresolved([['f', `${text} of mail a@b.nl`]], kept)).toEqual(['f']);
    expect(unresolved([['g', text]], kept)).toEqual(['g']);
  });
});

describe('recent searches', () => {
  it('keep the last five distinct queries, newest first, tidied', () => {
    let list: string[] = [];
    for (const q of ['pgb', 'wmo', 'PGB', '  jeugd   wet ', 'a', 'b1', 'c1', 'd1'])
      list = nextRecent(list, q);
    expect(list).toEqual(['d1', 'c1', 'b1', 'jeugd wet', 'PGB']);
  });
  it('never keep a query that looks like personal data', () => {
    expect(nextRecent(['pgb'], 'bsn 111222333')).toEqual(['pgb']);
    expect(nextRecent([], 'mail jan@voorbeeld.nl')).toEqual([]);
  });
});

describe('small things in the views', () => {
  it('shortens a long list of municipalities', () => {
    const more = (n: number) => `en ${n} meer`;
    expect(shortList(['A', 'B'], 3, more)).toBe('A, B');
    expect(shortList(['A', 'B', 'C', 'D', 'E'], 3, more)).toBe('A, B, C en 2 meer');
  });
  it('checks a proposal field once it is left: required, period and length', () => {
    expect(fieldProblem('titel', '  ')).toEqual({ key: 'pfRequired' });
    expect(fieldProblem('periode', '2019-2021')).toBeNull();
    expect(fieldProblem('periode', 'vorig jaar')).toEqual({ key: 'pfPeriod' });
    expect(fieldProblem('titel', 'x'.repeat(121))).toEqual({ key: 'pfTooLong', vars: { max: 120 } });
    expect(fieldProblem('situatie', 'Een oudere kon niet naar buiten.')).toBeNull();
  });
});

describe('the bundled user guide', () => {
  it('splits into its title, intro and parts, without screenshot lines', async () => {
    const { guideParts } = await import('../../../extension/features/guide/GuideView');
    const g = guideParts(
      '# Gids\n\nIntro.\n\n## Deel A\n\n![plaatje](a.png)\n\nTekst A.\n\n## Deel B\nTekst B.',
    );
    expect(g).toEqual({
      title: 'Gids',
      intro: 'Intro.',
      parts: [
        { title: 'Deel A', body: 'Tekst A.' },
        { title: 'Deel B', body: 'Tekst B.' },
      ],
    });
  });
  it('is the Dutch handleiding for consulenten, trainers and ambassadeurs', async () => {
    const { readFileSync } = await import('node:fs');
    const { guideParts } = await import('../../../extension/features/guide/GuideView');
    const g = guideParts(readFileSync('docs/handleiding.md', 'utf8'));
    expect(g.parts.map((p) => p.title)).toEqual(
      expect.arrayContaining(['Voor consulenten', 'Voor trainers', 'Voor ambassadeurs']),
    );
    expect(JSON.stringify(g)).not.toMatch(/screenshots\//);
  });
});
