import { describe, expect, it } from 'vitest';
import { LAWS } from '../../../kb/content/laws';
import { errorsOf, formatProblem } from '../../../kb/content/problems';
import { loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import { readKnowledgeBaseFiles } from '../../../scripts/content-files';

const files = readKnowledgeBaseFiles();
const kb = loadKnowledgeBase(files, { today: '2026-12-02' });
const ids = new Set(kb.entries.map((e) => e.id));

const REQUIRED: Record<string, string[]> = {
  voorbeeld:
    `leeuwarden-hulphond-eetstoornis leeuwarden-maatwerkpot-gebitsherstel leeuwarden-gehoorapparaat-statushouder
    leeuwarden-vrijwilligerswerk-participatietraject-kinderopvang pleegzorg-na-18-bijzondere-bijstand utrecht-rolstoeltoegankelijke-woning
    amsterdam-gezin-schulden-wonen-volgorde lelystad-thuisonderwijs-zorgbegeleider
    lelystad-fietskar-in-plaats-van-bakfiets lelystad-sbo-buiten-regio-bso-plus lelystad-gezinsuitkering-kostendelersnorm-woning
    lelystad-huishoudelijke-hulp-woningaanpassing lelystad-pgb-jeugdwet-of-wlz lelystad-kinderopvang-in-plaats-van-pleegzorg
    lelystad-wlz-zorg-breder-inzetten-gezin lelystad-niet-gecontracteerde-aanbieder-tarief lelystad-beschermd-wonen-passende-plek
    lelystad-gezinsverzorging-jong-gezin lelystad-elektrische-fiets-gezamenlijke-beoordeling lelystad-aangepaste-koopwoning-hypotheek
    lelystad-dakloosheid-tijdelijk-andere-gemeente`.split(/\s+/),
  werkwijze:
    `ten-boer-ontschotte-budgetten-dorpscoaches zaanstad-maatwerkbudget-spijtregel almelo-escalatie-na-acht-weken
    amsterdam-maatwerkcoach-appgroepen maastricht-krachtenbundeling-malberg maastricht-gezinsregisseur-arrangementenmonitor
    friesland-domeinoverstijgend-loket leeuwarden-kwaliteitsteam-casusteam-ambassadeurs zwolle-verbindzorg-netwerkplatform
    eindhoven-utrecht-wat-telt-monitor maastricht-autoreparatie-werk-vervoer leeuwarden-maatwerkpot-vervoer-naar-behandeling
    maastricht-blauwe-zorg-in-de-wijk maastricht-poh-jeugd maastricht-alliantie-sante maastricht-samen-werven-op-scholen
    maastricht-experimenteren-en-verantwoorden`.split(/\s+/),
  wet: `wmo-maatwerkvoorziening wmo-onderzoek-en-gesprek wmo-huishoudelijke-hulp wmo-woningaanpassing persoonsgebonden-budget
    jeugdwet-jeugdhulp-met-verblijf jeugdwet-pleegzorg-tot-21 jeugdwet-woonplaatsbeginsel participatiewet-bijzondere-bijstand
    participatiewet-kostendelersnorm participatiewet-afstemming wlz-toegang-en-zorg-thuis zvw-aanvullende-verzekering-en-hulpmiddelen
    wet-kinderopvang-sociaal-medische-indicatie leerlingenvervoer thuisonderwijs-en-leerplicht avg-gegevens-delen-sociaal-domein
    beschermd-wonen-en-opvang schuldhulpverlening`.split(/\s+/),
  instrument:
    `landelijk-maatwerkloket-multiproblematiek landelijk-maatwerkregister landelijk-escalatie-team overbruggingsprocedure
    afwijkingsbevoegdheid time-out-bevoegdheid afstemmingsbepaling rode-knop-procedure omgekeerde-toets doorbraakmethode
    waardendriehoek maatwerkbudget-integrale-pot stedelijk-integraal-team bestuurlijke-afspraken-werken-vanuit-de-bedoeling
    opleiden-maatwerk-en-lef tuchtrecht-en-informatie-delen lelystad-kortdurende-ondersteuning-door-teams
    maatwerktoets-voor-beleid lelystad-juridische-vraagbaak mooi-maatwerk-platform`.split(/\s+/),
  referentiekosten: ['multiprobleemhuishoudens-kosten-per-gezin-per-jaar'],
};

describe('the shipped knowledge base', () => {
  it('validates every file in content/ without an error', () => {
    expect(errorsOf(kb.problems).map(formatProblem)).toEqual([]);
    expect(kb.entries).toHaveLength(files.entries.length);
  });

  for (const [type, list] of Object.entries(REQUIRED)) {
    it(`holds every ${type} the sources describe`, () => {
      const missing = list.filter((id) => !ids.has(id));
      expect(missing).toEqual([]);
      for (const id of list) expect(kb.entries.find((e) => e.id === id)?.type).toBe(type);
    });
  }

  it('tags every case with known knelpunten from the shared vocabulary', () => {
    expect(kb.knelpunten.length).toBeGreaterThanOrEqual(10);
    const known = new Set(kb.knelpunten.map((k) => k.id));
    for (const e of kb.entries) {
      if (e.type !== 'voorbeeld') continue;
      expect(e.meta.knelpunten?.length ?? 0, e.id).toBeGreaterThan(0);
      for (const k of e.meta.knelpunten ?? []) expect(known.has(k), `${e.id}: ${k}`).toBe(true);
    }
  });

  it('has the three learning paths for trainers, each step pointing at an existing entry', () => {
    const routes = kb.entries
      .filter((e) => e.type === 'leerroute')
      .map((e) => e.id)
      .sort();
    expect(routes).toEqual([
      'eerste-week-wat-is-maatwerk',
      'van-casus-naar-patroon',
      'wet-en-ruimte-wmo-jeugdwet-participatiewet',
    ]);
    for (const e of kb.entries)
      if (e.type === 'leerroute') for (const s of e.meta.stappen) expect(ids.has(s.item), s.item).toBe(true);
  });

  it('has reference costs, each an amount with its period and kind', () => {
    const costs = kb.entries.filter((e) => e.type === 'referentiekosten');
    expect(costs.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every legal snippet a law from the table, its BWB id where one is known, and a check date', () => {
    for (const e of kb.entries) {
      if (e.type !== 'wet') continue;
      const law = LAWS.find((l) => l.key === e.meta.wet);
      expect(law, e.id).toBeDefined();
      if (law?.bwb) expect(e.meta.bwb, e.id).toBe(law.bwb);
      else expect(e.meta.te_controleren, e.id).toBeTruthy();
      expect(e.meta.url.startsWith('https://wetten.overheid.nl/'), e.id).toBe(true);
      expect(e.meta.gecontroleerd_op).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('records for every legal snippet what the official text confirmed, and flags the rest for the professional', () => {
    for (const e of kb.entries) {
      if (e.type !== 'wet') continue;
      const verified = new Set((e.meta.geverifieerd?.artikelen ?? []).map((a) => a.toLowerCase()));
      const unverified = e.meta.artikelen.filter((a) => !verified.has(a.toLowerCase()));
      // Cleared only where every cited article was confirmed; otherwise the review flag says what to check.
      if (unverified.length > 0)
        expect(e.meta.te_controleren, `${e.id}: ${unverified.join(', ')}`).toBeTruthy();
      if (e.meta.te_controleren)
        expect(e.meta.te_controleren, e.id).toMatch(/^(Controleer|Kijk|Zoek|Ga na|Ga er)/);
    }
  });

  it('words every review flag as guidance for the professional, not as a curator note', () => {
    for (const e of kb.entries) {
      if (!e.meta.te_controleren || e.type !== 'wet') continue;
      expect(e.meta.te_controleren, e.id).not.toMatch(/^(Het|De|Voor de|In de bron)\b/);
    }
  });

  it('keeps the sources\u2019 fictitious family names out of the knowledge base', () => {
    const names = /\b(Derksen|Koopmans|Arslan|Voortman|Pieters|Lindsay)\b/;
    expect(files.entries.filter((f) => names.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('attributes the Waardendriehoek to the Instituut voor Publieke Waarden', () => {
    const w = files.entries.find((f) => f.path === 'instrumenten/waardendriehoek.md');
    expect(w?.text).toContain('Instituut voor Publieke Waarden');
  });
});
