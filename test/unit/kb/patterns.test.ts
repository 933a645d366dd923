import { describe, expect, it } from 'vitest';
import type { Knelpunt } from '../../../kb/content/side-files';
import { escalationAdvice, type PatternCase, rankKnelpunten } from '../../../kb/organisation/patterns';

const vocabulary: Knelpunt[] = [
  {
    id: 'kostendelersnorm',
    naam: 'Kostendelersnorm',
    wetten: ['participatiewet'],
    omschrijving: 'De uitkering daalt als er iemand bij komt wonen.',
    aanpak: 'Zet inkomen, wonen en zorg tegelijk aan tafel.',
  },
  {
    id: 'passende-voorziening-ontbreekt',
    naam: 'Passende voorziening ontbreekt',
    wetten: ['wmo', 'jeugdwet', 'zvw'],
    omschrijving: 'Er bestaat geen voorziening die past.',
  },
  {
    id: 'vervoer-valt-buiten-voorzieningen',
    naam: 'Vervoer valt buiten de voorzieningen',
    wetten: ['wmo', 'jeugdwet'],
    omschrijving: 'Een eigen vervoermiddel telt niet als hulpmiddel.',
  },
  {
    id: 'aanvullende-verzekering-kwijt-door-schulden',
    naam: 'Aanvullende verzekering kwijt door schulden',
    wetten: ['zvw'],
    omschrijving: 'Kosten zijn niet te declareren.',
  },
];

function kase(id: string, gemeente: string, wetten: string[], knelpunten: string[]): PatternCase {
  return { id, gemeente, wetten, knelpunten };
}

describe('rankKnelpunten', () => {
  const cases = [
    kase('a', 'Lelystad', ['wmo', 'participatiewet'], ['kostendelersnorm', 'passende-voorziening-ontbreekt']),
    kase('b', 'Leeuwarden', ['participatiewet'], ['kostendelersnorm']),
    kase(
      'c',
      'Lelystad',
      ['participatiewet', 'jeugdwet'],
      ['kostendelersnorm', 'vervoer-valt-buiten-voorzieningen'],
    ),
    kase('d', 'Almelo', ['participatiewet'], ['kostendelersnorm']),
    kase('e', 'Utrecht', ['jeugdwet'], ['passende-voorziening-ontbreekt', 'onbekend-knelpunt']),
    kase('f', 'Zaanstad', ['zvw'], ['passende-voorziening-ontbreekt', 'vervoer-valt-buiten-voorzieningen']),
  ];

  it('ranks knelpunten by the number of cases, then by name, leaving out ones no case ran into', () => {
    const rows = rankKnelpunten(cases, vocabulary);
    expect(rows.map((r) => [r.knelpunt.id, r.count])).toEqual([
      ['kostendelersnorm', 4],
      ['passende-voorziening-ontbreekt', 3],
      ['vervoer-valt-buiten-voorzieningen', 2],
    ]);
  });

  it('breaks a tie in count by name', () => {
    const rows = rankKnelpunten(
      [
        kase(
          'x',
          'Ede',
          ['zvw'],
          ['vervoer-valt-buiten-voorzieningen', 'aanvullende-verzekering-kwijt-door-schulden'],
        ),
      ],
      vocabulary,
    );
    expect(rows.map((r) => r.knelpunt.naam)).toEqual([
      'Aanvullende verzekering kwijt door schulden',
      'Vervoer valt buiten de voorzieningen',
    ]);
  });

  it('lists the cases, their municipalities once and sorted, and law counts most frequent first', () => {
    const row = rankKnelpunten(cases, vocabulary)[0];
    expect(row?.caseIds).toEqual(['a', 'b', 'c', 'd']);
    expect(row?.gemeenten).toEqual(['Almelo', 'Leeuwarden', 'Lelystad']);
    expect(row?.wetten).toEqual([
      { key: 'participatiewet', count: 4 },
      { key: 'jeugdwet', count: 1 },
      { key: 'wmo', count: 1 },
    ]);
  });

  it('calls a knelpunt structural when three or more cases share it and a law among its wetten', () => {
    const row = rankKnelpunten(cases, vocabulary).find((r) => r.knelpunt.id === 'kostendelersnorm');
    expect(row?.structural).toBe(true);
    expect(row?.structuralLaws).toEqual(['participatiewet']);
  });

  it('does not call a knelpunt shared by three cases but under no common law structural', () => {
    const row = rankKnelpunten(cases, vocabulary).find(
      (r) => r.knelpunt.id === 'passende-voorziening-ontbreekt',
    );
    expect(row?.count).toBe(3);
    expect(row?.structural).toBe(false);
    expect(row?.structuralLaws).toEqual([]);
  });

  it('does not count a shared law that is not among the knelpunt’s own wetten', () => {
    const shared = ['p', 'q', 'r'].map((id) =>
      kase(id, 'Ede', ['participatiewet'], ['vervoer-valt-buiten-voorzieningen']),
    );
    const row = rankKnelpunten(shared, vocabulary)[0];
    expect(row?.count).toBe(3);
    expect(row?.structural).toBe(false);
  });

  it('does not call two cases under the same law a pattern', () => {
    const row = rankKnelpunten(cases.slice(0, 2), vocabulary)[0];
    expect(row?.count).toBe(2);
    expect(row?.structural).toBe(false);
  });

  it('counts a case listed twice, or naming a knelpunt twice, once', () => {
    const c = kase('a', 'Ede', ['participatiewet'], ['kostendelersnorm', 'kostendelersnorm']);
    const rows = rankKnelpunten([c, c, { ...c, id: 'b' }], vocabulary);
    expect(rows[0]?.count).toBe(2);
    expect(rows[0]?.caseIds).toEqual(['a', 'b']);
  });
});

describe('escalationAdvice', () => {
  const rows = rankKnelpunten(
    [
      kase('a', 'Lelystad', ['wmo'], ['kostendelersnorm', 'passende-voorziening-ontbreekt']),
      kase('b', 'Lelystad', ['wmo'], ['kostendelersnorm', 'passende-voorziening-ontbreekt']),
      kase(
        'c',
        'Lelystad',
        ['wmo', 'participatiewet'],
        ['kostendelersnorm', 'passende-voorziening-ontbreekt'],
      ),
      kase('d', 'Ede', ['zvw'], ['vervoer-valt-buiten-voorzieningen']),
    ],
    vocabulary,
  );
  const byId = (id: string) => rows.find((r) => r.knelpunt.id === id) as (typeof rows)[number];

  it('uses the knelpunt’s own aanpak when there is one', () => {
    const advice = escalationAdvice(byId('kostendelersnorm'));
    expect(advice).toContain('Zet inkomen, wonen en zorg tegelijk aan tafel.');
    expect(advice).toContain('3 casussen');
  });

  it('names a pattern and its shared law, and starts the generic ladder at the kwaliteitsteam', () => {
    const advice = escalationAdvice(byId('passende-voorziening-ontbreekt'));
    expect(advice).toMatch(/^Patroon: 3 casussen/);
    expect(advice).toContain('Wmo 2015');
    expect(advice).toContain('kwaliteitsteam');
    expect(advice).toContain('Landelijk Maatwerkloket');
    expect(advice).toContain('Rode Knop');
    expect(advice).toContain('escalatieteam');
    expect(advice).not.toContain('casusoverleg');
  });

  it('starts the generic ladder at the casusoverleg for a single case', () => {
    const advice = escalationAdvice(byId('vervoer-valt-buiten-voorzieningen'));
    expect(advice).toContain('1 casus: nog geen patroon');
    expect(advice).toMatch(/1\. bespreek de casus in het casusoverleg/);
    expect(advice.indexOf('casusoverleg')).toBeLessThan(advice.indexOf('kwaliteitsteam'));
    expect(advice.indexOf('kwaliteitsteam')).toBeLessThan(advice.indexOf('Landelijk Maatwerkloket'));
    expect(advice.indexOf('Landelijk Maatwerkloket')).toBeLessThan(advice.indexOf('escalatieteam'));
  });
});
