/**
 * The documents entries may cite. The five research sources live in `../shared/sources/` (file name
 * without `.txt`); `wettekst` is the official law text on wetten.overheid.nl.
 */
export const SOURCES = {
  'friesland-van-uitzondering-naar-standaard': {
    title: 'Van uitzondering naar standaard: de opmars van maatwerk in Friesland',
    short: 'Friesland, City Deal Inclusieve Stad',
    year: 'onbekend',
  },
  'lelystad-actieonderzoek-maatwerk': {
    title: 'Actieonderzoek maatwerk in het sociaal domein Lelystad, eindrapportage',
    short: 'Actieonderzoek Lelystad',
    year: '2021',
  },
  'citydeal-maatwerk-hoe-organiseer-je-dat': {
    title: 'Maatwerk voor kwetsbare mensen: hoe organiseer je dat?',
    short: 'City Deal Eenvoudig Maatwerk',
    year: '2019',
  },
  'noord-nederland-onder-de-loep-2018': {
    title: 'Noord-Nederland onder de loep (8 oktober 2018)',
    short: 'Noord-Nederland onder de loep',
    year: '2018',
  },
  'maastricht-het-schuurt-en-het-rammelt': {
    title: 'Het schuurt en het rammelt (Blauwe Zorg in de Wijk, Maastricht)',
    short: 'Maastricht, Blauwe Zorg',
    year: 'onbekend',
  },
  wettekst: {
    title: 'Officiële wettekst op wetten.overheid.nl',
    short: 'wetten.overheid.nl',
    year: 'actueel',
  },
} as const;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];
