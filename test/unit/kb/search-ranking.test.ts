/**
 * The ranked union (issue 12): every entry matching any query word is a candidate, ranked by BM25+ times
 * its IDF-weighted share of the query; filler words, related terms and which words each hit holds.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../kb/content/check';
import { parseRelatedTerms, parseZoekvragen } from '../../../kb/content/side-files';
import { buildIndex } from '../../../kb/search/build-index';
import { KnowledgeIndex, TopK } from '../../../kb/search/search';
import { RANK } from '../../../kb/search/search-options';
import { assetWithoutZoekvragen, asset as shippedAsset } from '../../../scripts/eval-set';
import { VALID_VOORBEELD, withLine } from '../../helpers/entries';

interface Spec {
  id: string;
  titel: string;
  samenvatting?: string;
  trefwoorden?: string[];
  zoektermen?: string[];
  voorbeeldvragen?: string[];
  tekst?: string;
}

function entryText(s: Spec): string {
  let t = withLine(VALID_VOORBEELD, 'titel:', `titel: "${s.titel}"`);
  t = withLine(t, 'samenvatting:', `samenvatting: "${s.samenvatting ?? 'Een korte samenvatting.'}"`);
  t = withLine(
    t,
    'trefwoorden:',
    `trefwoorden: [${(s.trefwoorden ?? ['casus']).join(', ')}]${s.zoektermen ? `\nzoektermen: [${s.zoektermen.join(', ')}]` : ''}${s.voorbeeldvragen ? `\nvoorbeeldvragen: [${s.voorbeeldvragen.map((v) => JSON.stringify(v)).join(', ')}]` : ''}`,
  );
  return t.replace('## Maatwerk\n\nTekst.', `## Maatwerk\n\n${s.tekst ?? 'Tekst.'}`);
}

function indexOf(
  specs: Spec[],
  related: string[][] = [],
  zoekvragen: Record<string, string[]> = {},
): KnowledgeIndex {
  const { entries, problems } = checkContent(
    specs.map((s) => ({ path: `voorbeelden/${s.id}.md`, text: entryText(s) })),
    { today: '2026-11-23' },
  );
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const a = buildIndex(entries, [], {}, [], related, zoekvragen);
  return KnowledgeIndex.load(JSON.parse(JSON.stringify(a.quick)), JSON.parse(JSON.stringify(a.full)));
}

const ids = (index: KnowledgeIndex, q: string) => index.search(q, { typing: true }).map((h) => h.id);

describe('ranked union instead of AND-or-nothing', () => {
  it('returns the entry matching 7 of 8 query words first when the 8th is in no entry', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    const seven = 'moeder lopend jonge kinderen kinderbehandelcentrum fietskar fonds';
    expect(ids(index, seven)[0]).toBe('lelystad-fietskar-in-plaats-van-bakfiets');
    const r = index.query(`${seven} qqxzvbnw`, { typing: true });
    expect(r.hits[0]?.id).toBe('lelystad-fietskar-in-plaats-van-bakfiets');
    expect(r.hits[0]?.missed).toEqual(['qqxzvbnw']);
  });

  it('does so on a small corpus too, where the other entries hold one word each', () => {
    const index = indexOf([
      { id: 'seven', titel: 'Moeder fietst kinderen naar therapie met een fietskar van het fonds' },
      { id: 'one-a', titel: 'Moeder zoekt werk' },
      { id: 'one-b', titel: 'Therapie voor jongeren' },
    ]);
    expect(ids(index, 'moeder fietst kinderen therapie fietskar fonds zonder xyzzyq')[0]).toBe('seven');
  });

  it('keeps a strong partial match that one weak entry with every word would hide under AND', () => {
    const index = indexOf([
      {
        id: 'strong',
        titel: 'Wmo huishoudelijke hulp na verhuizing',
        samenvatting: 'Huishoudelijke hulp via de Wmo voor een gezin.',
        trefwoorden: ['huishoudelijke hulp', 'wmo'],
      },
      {
        id: 'weak',
        titel: 'Pgb en zorg',
        tekst: 'Ook wmo, hulp in het huishoudelijke en weigeren kwamen ter sprake.',
      },
    ]);
    const got = ids(index, 'wmo huishoudelijke hulp weigeren');
    expect(got).toContain('strong');
    expect(got).toContain('weak');
    expect(got[0]).toBe('strong');
  });

  it('ranks an entry holding every word above one holding the same words but one', () => {
    const index = indexOf([
      { id: 'all', titel: 'Pleegzorg na 18 jaar betaald uit bijzondere bijstand' },
      { id: 'most', titel: 'Pleegzorg na 18 jaar' },
    ]);
    expect(ids(index, 'pleegzorg 18 jaar bijstand')).toEqual(['all', 'most']);
  });

  it('tells per hit which query words it holds and which it lacks, leaving filler words out', () => {
    const index = indexOf([
      { id: 'fiets', titel: 'Elektrische fiets voor een vrijwilliger' },
      { id: 'kar', titel: 'Fietskar voor de kinderen' },
    ]);
    const r = index.query('mag elektrische fiets vrijwilliger kinderen', { typing: false });
    const fiets = r.hits.find((h) => h.id === 'fiets');
    expect(fiets?.matched).toEqual(['elektrische', 'fiets', 'vrijwilliger']);
    expect(fiets?.missed).toEqual(['kinderen']);
    expect(r.mode).toBe('any');
    expect(index.query('elektrische fiets', { typing: false }).mode).toBe('all');
  });

  it('claims no missing word from a quick-only search while the full text, which may hold it, is loaded', () => {
    const index = indexOf([
      { id: 'kar', titel: 'Fietskar voor de kinderen', tekst: 'Een vrijwilliger bracht de fietskar.' },
    ]);
    const quick = index.query('fietskar vrijwilliger', { typing: false, quickOnly: true }).hits[0];
    expect(quick?.id).toBe('kar');
    expect(quick?.missed).toEqual([]);
    const full = index.query('fietskar vrijwilliger', { typing: false }).hits[0];
    expect(full?.missed).toEqual([]);
    expect(full?.matched).toEqual(['fietskar', 'vrijwilliger']);
    const lacking = index.query('fietskar scooter', { typing: false }).hits[0];
    expect(lacking?.missed).toEqual(['scooter']);
  });
});

describe('natural-language queries', () => {
  it('lets question and filler words neither hide results nor take over the ranking', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    const plain = ids(index, 'kostendelersnorm bijstand')[0];
    expect(ids(index, 'mag iemand kostendelersnorm krijgen in de bijstand')[0]).toBe(plain);
    expect(ids(index, 'hoe zit het met de kostendelersnorm in de bijstand')[0]).toBe(plain);
  });

  it('looks up an unknown diminutive as its base word', () => {
    const index = indexOf([
      { id: 'zoon', titel: 'Moeder verzorgt haar zoon' },
      { id: 'other', titel: 'Vader zoekt werk' },
    ]);
    expect(ids(index, 'zoontje')).toEqual(['zoon']);
    expect(index.query('verzorgt zoontje', { typing: false }).hits[0]?.missed).toEqual([]);
  });

  it('still answers a query of only filler and question words', () => {
    const index = indexOf([{ id: 'a', titel: 'Wat mag de gemeente' }]);
    expect(ids(index, 'wat mag')).toEqual(['a']);
  });
});

describe('related terms (content/verwante-termen.yaml)', () => {
  const specs: Spec[] = [
    { id: 'dakloos', titel: 'Dreigende dakloosheid van een moeder', trefwoorden: ['dakloos'] },
    { id: 'straat', titel: 'Kinderen spelen op straat', trefwoorden: ['straat'] },
    { id: 'other', titel: 'Gehoorapparaat voor een statushouder' },
  ];
  const related = [['dakloos', 'op straat', 'zonder woning']];

  it('finds an entry that says it in other words', () => {
    expect(ids(indexOf(specs, []), 'op straat')).toEqual(['straat']);
    expect(ids(indexOf(specs, related), 'op straat')).toEqual(['straat', 'dakloos']);
    expect(ids(indexOf(specs.slice(0, 1), []), 'zonder woning')).toEqual([]);
    expect(ids(indexOf(specs.slice(0, 1), related), 'zonder woning')).toEqual(['dakloos']);
  });

  it('keeps the entry with the very word typed above the one with only a related term', () => {
    expect(ids(indexOf(specs, related), 'straat')[0]).toBe('straat');
    expect(ids(indexOf(specs, related), 'dakloos')[0]).toBe('dakloos');
  });

  it('counts a word found through a related term as matched', () => {
    const r = indexOf(specs.slice(0, 1), related).query('zonder woning', { typing: false });
    expect(r.hits[0]?.missed).toEqual([]);
  });

  it('rejects a malformed file with the line of the bad group', () => {
    const bad = parseRelatedTerms('verwante-termen.yaml', '- [dakloos, op straat]\n- [alleen]\n');
    expect(bad.groups).toEqual([]);
    expect(bad.problems[0]?.line).toBe(2);
    expect(bad.problems[0]?.message).toMatch(/related-terms group 2/);
    expect(parseRelatedTerms('v.yaml', '- [a, b]\n- [c, d, e]\n').groups).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect(parseRelatedTerms('v.yaml', 'a: b\n').problems.length).toBeGreaterThan(0);
  });
});

describe('excerpts and stability', () => {
  it('builds an excerpt only once, on first read, and returns the same one after', () => {
    const index = indexOf([{ id: 'a', titel: 'Fietskar', tekst: 'Een fietskar via het fonds.' }]);
    const hit = index.query('fonds', { typing: false }).hits[0];
    const first = hit?.excerpt;
    expect(first?.some((s) => s.hit && s.text === 'fonds')).toBe(true);
    expect(hit?.excerpt).toBe(first);
  });

  it('ranks identically on every call (no state leaks between queries)', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    const qs = ['bakfiets', 'moeder krijgt de kleintjes niet naar therapie', 'wmo hulp', 'pleegzorg 18'];
    const once = qs.map((q) => index.search(q, { typing: true }));
    for (const q of ['schulden woning', 'kinderopvang', ...qs.reverse()]) index.query(q, { typing: true });
    expect(qs.reverse().map((q) => index.search(q, { typing: true }))).toEqual(once);
  });
});

describe('typos of a synonym', () => {
  it('finds the synonym group through a typo of a one-word member', () => {
    const { entries } = checkContent(
      [
        {
          path: 'voorbeelden/sanering.md',
          text: withLine(VALID_VOORBEELD, 'titel:', 'titel: "Wettelijke schuldregeling voor een gezin"'),
        },
      ],
      { today: '2026-11-23' },
    );
    const a = buildIndex(entries, [['schuldregeling', 'schuldsanering']], {});
    const index = KnowledgeIndex.load(a.quick, a.full);
    expect(index.search('schuldsanering')[0]?.id).toBe('sanering');
    expect(index.search('schuldsannering')[0]?.id).toBe('sanering');
  });
});

describe('zoektermen, amounts and the top of the list', () => {
  it('finds an entry by its zoektermen in the quick tier, before the full text is loaded', () => {
    const index = indexOf([
      {
        id: 'hulp',
        titel: 'Huishoudelijke hulp na een operatie',
        zoektermen: ['huis niet schoon', 'stofzuigen'],
      },
      { id: 'other', titel: 'Vervoer naar school' },
    ]);
    expect(index.search('kan niet meer stofzuigen', { typing: false, quickOnly: true })[0]?.id).toBe('hulp');
  });

  it('finds an entry by words only its voorbeeldvragen hold once the full tier is there', () => {
    const index = indexOf([
      {
        id: 'fietskar',
        titel: 'Fietskar in plaats van bakfiets',
        voorbeeldvragen: ['moeder krijgt de kleintjes niet naar therapie'],
      },
      { id: 'other', titel: 'Therapie voor jongeren op school' },
    ]);
    // The quick tier (searched before the full tier has loaded) does not hold them.
    expect(index.query('kleintjes niet naar therapie', { typing: true, quickOnly: true }).hits[0]?.id).toBe(
      'other',
    );
    const r = index.query('kleintjes niet naar therapie', { typing: true });
    expect(r.hits[0]?.id).toBe('fietskar');
    expect(r.hits[0]?.missed).toEqual([]);
  });

  it('ranks an entry holding the word as typed above one holding only its stem, once the full tier is there', () => {
    // "woningen" and "woning" share their stem: the analyzed index cannot tell the two entries apart, and
    // a tie goes to the id first in order; each id below is named so that the tie would go the other way.
    const index = indexOf([
      { id: 'b-stem-only', titel: 'Een woning voor een gezin met schulden' },
      { id: 'c-as-typed', titel: 'Woningen voor een gezin met schulden' },
    ]);
    const quick = index.query('woningen gezin', { typing: false, quickOnly: true }).hits;
    expect(quick).toHaveLength(2);
    expect(quick[0]?.score).toBe(quick[1]?.score);
    expect(index.query('woningen gezin', { typing: false }).hits.map((h) => h.id)).toEqual([
      'c-as-typed',
      'b-stem-only',
    ]);
    const other = indexOf([
      { id: 'b-as-typed', titel: 'Woningen voor een gezin met schulden' },
      { id: 'c-stem-only', titel: 'Een woning voor een gezin met schulden' },
    ]);
    expect(other.query('woning gezin', { typing: false }).hits.map((h) => h.id)).toEqual([
      'c-stem-only',
      'b-as-typed',
    ]);
  });

  it('keeps every score between 0 and 1 once the full tier is there, also when no word is found as typed', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    // "de" is in the quick fields of more than half the entries (skipped as an exact form); the typo
    // "woningaanpasingen" is found by no word as typed; "xqzw" nowhere.
    expect(index.query('xqzw', { typing: false }).hits).toEqual([]);
    for (const q of ['de wmo', 'woningaanpasingen', 'wmo', 'moeder krijgt de kleintjes niet naar therapie']) {
      const hits = index.query(q, { typing: false }).hits;
      expect(hits.length, q).toBeGreaterThan(0);
      for (const h of hits) expect(h.score, q).toBeGreaterThan(0);
      for (const h of hits) expect(h.score, q).toBeLessThanOrEqual(1);
    }
  });

  it('removes hits with a type filter and never reorders the ones it keeps', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    const types = ['voorbeeld', 'wet', 'instrument', 'werkwijze', 'referentiekosten', 'leerroute'];
    let compared = 0;
    for (const q of [
      'gezin moet verhuizen maar schulden',
      'moeder krijgt de kleintjes niet naar therapie',
      'wmo huishoudelijke hulp weigeren',
      'kosten uithuisplaatsing',
      'jongere 18 jaar pleegzorg geld',
    ]) {
      const all = index.query(q, { typing: false, limit: 200 }).hits;
      for (const type of types) {
        const kept = index.query(q, { typing: false, limit: 200, filters: { type: [type] } }).hits;
        expect(
          kept.map((h) => h.id),
          `${q} / ${type}`,
        ).toEqual(all.filter((h) => h.type === type).map((h) => h.id));
        compared += kept.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('puts the reference cost first when the query asks for an amount, also through a compound or a rate', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    expect(ids(index, 'gezinsuitkering')[0]).toBe('lelystad-gezinsuitkering-kostendelersnorm-woning');
    expect(ids(index, 'gezinsuitkering per maand')[0]).toBe('lelystad-gezinsuitkering-per-maand');
    expect(ids(index, 'ten boer dorpscoaches')[0]).toBe('ten-boer-ontschotte-budgetten-dorpscoaches');
    expect(ids(index, '5 miljoen ten boer')[0]).toBe('ten-boer-integraal-budget-dorpscoaches-per-jaar');
    // "Vier ton": 400,000 euros.
    expect(ids(index, 'zaanstad maatwerk')[0]).toBe('zaanstad-maatwerkbudget-spijtregel');
    expect(ids(index, 'zaanstad vier ton maatwerk')[0]).toBe('zaanstad-maatwerkbudget-per-jaar');
    expect(ids(index, 'jaarkosten jeugdhulp met verblijf twee kinderen')[0]).toBe(
      'lelystad-jeugdhulp-met-verblijf-twee-kinderen-per-jaar',
    );
  });

  it('reads an amount compound the index cannot split as asking for an amount, a cost word written apart from a head that is not one as part of that compound', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    // "halfjaarkosten" is in no entry: its ending still asks for an amount.
    expect(index.search('halfjaarkosten jeugdhulp verblijf')[0]?.type).toBe('referentiekosten');
    // "kosten delersnorm" is the kostendelersnorm written apart, not a question for an amount: the case
    // stays near the top instead of below every amount (6th when "kosten" counted as a cost word).
    expect(ids(index, 'kosten delersnorm vader trekt in').slice(0, 3)).toContain(
      'lelystad-gezinsuitkering-kostendelersnorm-woning',
    );
    // Written apart with an amount word as its head, it still asks for one.
    expect(index.search('jaar kosten zorgbegeleider')[0]?.type).toBe('referentiekosten');
    expect(index.search('jaar bedrag jeugdhulp')[0]?.type).toBe('referentiekosten');
    expect(index.search('uur tarief begeleider')[0]?.type).toBe('referentiekosten');
    // Other amount words as the last part of a compound nobody wrote.
    expect(index.search('uurtarief begeleider')[0]?.type).toBe('referentiekosten');
    // "Bekostiging" is who pays, not how much: the law comes first.
    expect(ids(index, 'bekostiging leerlingenvervoer')[0]).toBe('leerlingenvervoer');
  });

  it('searches a pasted page by its first 500 characters', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    const page = `fietskar kinderen behandeling ${'lorem ipsum dolor '.repeat(20_000)}`;
    expect(page.length).toBeGreaterThan(300_000);
    expect(index.search(page)).toEqual(index.search(page.slice(0, 500)));
    expect(ids(index, page)[0]).toBe('lelystad-fietskar-in-plaats-van-bakfiets');
  });

  it('puts the law snippet first when the query asks for an article', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    expect(ids(index, 'welk artikel regelt bijzondere bijstand')[0]).toBe(
      'participatiewet-bijzondere-bijstand',
    );
    expect(ids(index, 'welk artikel gaat over de maatwerkvoorziening')[0]).toBe('wmo-maatwerkvoorziening');
    // On the entries alone (no zoekvragen, which now find it too), the rule is what puts the snippet
    // first: without it the learning path that names every law comes first.
    const bare = assetWithoutZoekvragen();
    expect(
      ids(KnowledgeIndex.load(bare.quick, bare.full), 'welk artikel regelt bijzondere bijstand')[0],
    ).toBe('participatiewet-bijzondere-bijstand');
    const saved = RANK.lawIntentWeight;
    RANK.lawIntentWeight = 1;
    try {
      const plain = KnowledgeIndex.load(bare.quick, bare.full);
      expect(ids(plain, 'welk artikel regelt bijzondere bijstand')[0]).toBe(
        'wet-en-ruimte-wmo-jeugdwet-participatiewet',
      );
    } finally {
      RANK.lawIntentWeight = saved;
    }
  });

  it('counts a word found only in the full text as partly covered, one in the title in full', () => {
    const index = indexOf([
      { id: 'title', titel: 'Fietskar voor een moeder' },
      {
        id: 'story',
        titel: 'Moeder met drie kinderen',
        tekst: 'De moeder kreeg een fietskar uit een fonds.',
      },
    ]);
    const score = (id: string) =>
      index.search('moeder fietskar', { typing: false }).find((h) => h.id === id)?.score;
    const saved = RANK.fullCoverage;
    try {
      RANK.fullCoverage = 1;
      const [title, story] = [score('title'), score('story')];
      RANK.fullCoverage = 0.6;
      expect(score('title')).toBe(title);
      expect(score('story')).toBeLessThan(story as number);
      expect(index.search('moeder fietskar', { typing: false })[0]?.id).toBe('title');
    } finally {
      RANK.fullCoverage = saved;
    }
  });

  it('takes any limit the same way when browsing and when ranking: a whole number, at least 0, else the default', () => {
    const index = KnowledgeIndex.load(shippedAsset().quick, shippedAsset().full);
    for (const q of ['', 'pleegzorg']) {
      const byDefault = Math.min(20, index.query(q).total);
      expect(byDefault).toBeGreaterThan(5);
      expect(index.search(q, { limit: 2.7 })).toHaveLength(2);
      expect(index.search(q, { limit: -3 })).toHaveLength(0);
      expect(index.search(q, { limit: '5' as unknown as number })).toHaveLength(byDefault);
      expect(index.search(q, { limit: Number.NaN })).toHaveLength(byDefault);
    }
    const all = index.search('pleegzorg', { limit: Number.POSITIVE_INFINITY });
    expect(all.length).toBe(index.query('pleegzorg').total);
    expect(index.search('pleegzorg', { limit: 5 })).toEqual(all.slice(0, 5));
  });

  it('finds two words run together ("rodeknop", "ebakfiets") when nothing else explains the word', () => {
    const index = indexOf([
      { id: 'knop', titel: 'De rode knop voor knellende regels' },
      { id: 'bak', titel: 'Een e-bakfiets voor de kinderen' },
      { id: 'other', titel: 'Rode kool met appel' },
    ]);
    expect(ids(index, 'rodeknop')).toEqual(['knop']);
    expect(ids(index, 'wat kost een ebakfiets')[0]).toBe('bak');
    // A known word is never split.
    expect(ids(index, 'kool')).toEqual(['other']);
  });

  it('selects the same best documents in the same order as a full sort, for any limit', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // Few distinct scores, so ties (broken by the lower document number) are common.
    const scores = Float64Array.from({ length: 2000 }, () => Math.floor(random() * 50) / 7);
    const docs = [...scores.keys()].filter(() => random() < 0.8);
    const sorted = [...docs].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    for (const k of [0, 1, 5, 30, 1999, 5000, Number.POSITIVE_INFINITY, Number.NaN, -3]) {
      const top = new TopK(k, scores);
      for (const n of docs) top.offer(n, scores[n] as number);
      const want = Number.isNaN(k) || k < 0 ? [] : sorted.slice(0, k);
      expect(top.sorted(), `k = ${k}`).toEqual(want);
    }
  });
});

describe('the nearest question (each voorbeeldvraag on its own)', () => {
  const specs: Spec[] = [
    {
      id: 'one-question',
      titel: 'Vervoer naar het werk',
      voorbeeldvragen: ['vader kan met kapotte auto niet naar zijn werk', 'garage te duur'],
    },
    {
      id: 'scattered',
      titel: 'Vervoer naar het werk',
      tekst: 'Een vader.',
      voorbeeldvragen: ['vader zoekt werk', 'kapotte fiets', 'auto te duur', 'kan niet naar de stad'],
    },
  ];
  const withWeight = <T>(w: number, run: () => T): T => {
    const saved = RANK.questionWeight;
    RANK.questionWeight = w;
    try {
      return run();
    } finally {
      RANK.questionWeight = saved;
    }
  };

  it('ranks the entry with one question saying what the query says above one with its words spread over several', () => {
    const index = indexOf(specs);
    const q = 'vader kan met kapotte auto niet naar werk';
    expect(ids(index, q)[0]).toBe('one-question');
    // Without the question index the scattered entry comes first: its text holds one of the words too.
    expect(withWeight(0, () => ids(index, q)[0])).toBe('scattered');
  });

  it('leaves queries of fewer than four words as the other rankings order them', () => {
    const index = indexOf(specs);
    for (const q of ['kapotte auto', 'vader werk', 'auto niet naar']) {
      const on = index.search(q, { typing: true });
      const off = withWeight(0, () => index.search(q, { typing: true }));
      expect(on, q).toEqual(off);
    }
  });
});

describe('zoekvragen (content/zoekvragen.yaml)', () => {
  const specs: Spec[] = [
    {
      id: 'opvang-grootouders',
      titel: 'Opvang door familie na school',
      tekst: 'Een gezin met drie kinderen.',
    },
    { id: 'opvang-buren', titel: 'Opvang door familie na school', tekst: 'Een gezin met drie kinderen.' },
  ];
  const zoekvragen = {
    'opvang-grootouders': ['oma haalt de kleinkinderen op en past op tot moeder thuis is'],
  };

  it('finds an entry by a search written for it once the full tier is there, in words its own text lacks', () => {
    const q = 'oma past op de kleinkinderen tot moeder thuis is';
    expect(ids(indexOf(specs, [], zoekvragen), q)[0]).toBe('opvang-grootouders');
    // The same entries without the zoekvraag: nothing tells the two apart.
    const without = indexOf(specs).search(q, { typing: true });
    expect(without.map((h) => h.score)).not.toContain(1);
  });

  it('never shows a zoekvraag: the entry as shipped and its excerpt are those of the entry alone', () => {
    const index = indexOf(specs, [], zoekvragen);
    const hit = index.search('oma past op de kleinkinderen', { typing: true })[0];
    expect(hit?.id).toBe('opvang-grootouders');
    const shipped = index.fullEntries().find((e) => e.id === 'opvang-grootouders');
    expect(JSON.stringify(shipped)).not.toContain('kleinkinderen');
    expect(JSON.stringify(hit)).not.toMatch(/oma haalt/);
  });

  it('keeps only the zoekvragen of entries in the index, in id order, and carries them into the full tier', () => {
    const { entries } = checkContent(
      specs.map((s) => ({ path: `voorbeelden/${s.id}.md`, text: entryText(s) })),
      { today: '2026-11-23' },
    );
    const a = buildIndex(entries, [], {}, [], [], { ...zoekvragen, verdwenen: ['weg'], 'opvang-buren': [] });
    expect(a.full.zoekvragen).toEqual(zoekvragen);
    const other = buildIndex(entries, [], {}, [], [], {});
    expect(other.full.manifest.contentHash).not.toBe(a.full.manifest.contentHash);
  });

  it('counts a word held only in the searches written for an entry as covered in full, one held only in its text partly', () => {
    const twins: Spec[] = [
      { id: 'asked', titel: 'Vervoer naar school', tekst: 'Een gezin met kinderen.' },
      { id: 'story', titel: 'Vervoer naar school', tekst: 'Een gezin met kinderen en een oma.' },
    ];
    const index = indexOf(twins, [], { asked: ['vervoer school oma'] });
    const score = (id: string) =>
      index.search('vervoer school oma', { typing: false }).find((h) => h.id === id)?.score;
    const saved = RANK.askedCoverage;
    try {
      // Scores are shares of the best hit's, so compare the story's share of the asked entry's.
      RANK.askedCoverage = RANK.fullCoverage;
      const partly = (score('story') as number) / (score('asked') as number);
      RANK.askedCoverage = 1;
      expect((score('story') as number) / (score('asked') as number)).toBeLessThan(partly);
      expect(index.search('vervoer school oma', { typing: false })[0]?.id).toBe('asked');
    } finally {
      RANK.askedCoverage = saved;
    }
  });

  it('rejects a malformed file with the line of the bad id or search, and an id that was renamed with its new id', () => {
    const known = new Set(['a-b', 'c-d']);
    const text = 'a-b:\n  - "eerste zoekvraag"\n  - "Eerste  Zoekvraag"\nonbekend:\n  - "x"\noud:\n  - "y"\n';
    const r = parseZoekvragen('zoekvragen.yaml', text, known, { oud: 'c-d' });
    expect(r.zoekvragen).toEqual({});
    expect(r.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: a-b: "Eerste  Zoekvraag" is listed twice',
      '4: unknown entry id "onbekend"',
      '6: "oud" was renamed: use "c-d"',
    ]);
    const long = parseZoekvragen('z.yaml', `a-b:\n  - "kort"\n  - "${'lang '.repeat(30)}"\n`, known);
    expect(long.problems.map((p) => p.line)).toEqual([3]);
    expect(long.problems[0]?.message).toMatch(/a-b search 2: .*120/);
    expect(parseZoekvragen('z.yaml', '- [a, b]\n', known).problems[0]?.message).toMatch(/maps entry ids/);
    // Keys a plain object would hide or reorder, and a key that only looks like a rename.
    const odd = parseZoekvragen('z.yaml', 'a-b:\n  - "x"\n2024:\n  - "y"\n__proto__:\n  - "z"\n', known, {});
    expect(odd.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: unknown entry id "2024"',
      '5: unknown entry id "__proto__"',
    ]);
    expect(parseZoekvragen('z.yaml', 'constructor:\n  - "x"\n', known).problems[0]?.message).toBe(
      'unknown entry id "constructor"',
    );
    expect(
      parseZoekvragen('z.yaml', 'a-b:\n  - 42\nc-d: "los"\n', known).problems.map((p) => p.message),
    ).toEqual([
      'a-b search 1: must be text of 1 to 120 characters',
      'c-d: must be a list of searches ("- search" on the lines below it)',
    ]);
    expect(parseZoekvragen('z.yaml', 'a-b: [\n', known).problems[0]?.message).toMatch(/^YAML/);
    expect(parseZoekvragen('z.yaml', 'a-b:\n  - "een"\nc-d: ["twee"]\n', known)).toEqual({
      zoekvragen: { 'a-b': ['een'], 'c-d': ['twee'] },
      problems: [],
    });
  });
});
