/**
 * The one checked table of laws the knowledge base refers to.
 *
 * `bwb` is the identifier in the Basiswettenbestand (wetten.overheid.nl). `verified: true` means the id
 * was checked against the official register before it was added here; an entry that relies on an
 * unverified id must carry a `te_controleren` reason, which the side panel shows as a review flag.
 */
export interface Law {
  /** Short key used in front matter (`wetten: [wmo]`). */
  key: string;
  /** Official title. */
  name: string;
  /** Everyday abbreviation, shown in facets. */
  short: string;
  bwb: string | null;
  verified: boolean;
}

export const LAWS = [
  {
    key: 'wmo',
    name: 'Wet maatschappelijke ondersteuning 2015',
    short: 'Wmo 2015',
    bwb: 'BWBR0035362',
    verified: true,
  },
  { key: 'jeugdwet', name: 'Jeugdwet', short: 'Jeugdwet', bwb: 'BWBR0034925', verified: true },
  {
    key: 'participatiewet',
    name: 'Participatiewet',
    short: 'Participatiewet',
    bwb: 'BWBR0015703',
    verified: true,
  },
  { key: 'wlz', name: 'Wet langdurige zorg', short: 'Wlz', bwb: 'BWBR0035917', verified: true },
  { key: 'zvw', name: 'Zorgverzekeringswet', short: 'Zvw', bwb: 'BWBR0018450', verified: true },
  {
    key: 'uavg',
    name: 'Uitvoeringswet Algemene verordening gegevensbescherming',
    short: 'UAVG',
    bwb: 'BWBR0040940',
    verified: true,
  },
  {
    key: 'wet-kinderopvang',
    name: 'Wet kinderopvang',
    short: 'Wet kinderopvang',
    bwb: 'BWBR0017017',
    verified: true,
  },
  // Checked against two independent public references to wetten.overheid.nl/BWBR0003420.
  { key: 'wpo', name: 'Wet op het primair onderwijs', short: 'WPO', bwb: 'BWBR0003420', verified: true },
  // Seen 2026-12-02 only in a stored copy of the acceptance site wetten-acc.overheid.nl
  // (jci1.3:c:BWBR0002628, "Leerplichtwet 1969"), not of wetten.overheid.nl itself: entries keep a flag.
  {
    key: 'leerplichtwet',
    name: 'Leerplichtwet 1969',
    short: 'Leerplichtwet',
    bwb: 'BWBR0002628',
    verified: false,
  },
  // Checked 2026-12-02 against a stored copy of wetten.overheid.nl/BWBR0031331/2022-01-01 (title, art. 1-2).
  {
    key: 'wgs',
    name: 'Wet gemeentelijke schuldhulpverlening',
    short: 'Wgs',
    bwb: 'BWBR0031331',
    verified: true,
  },
  {
    key: 'onderwijs',
    name: 'Onderwijswetgeving (passend onderwijs)',
    short: 'Onderwijs',
    bwb: null,
    verified: false,
  },
  { key: 'inburgering', name: 'Wet inburgering', short: 'Wet inburgering', bwb: null, verified: false },
  { key: 'woningwet', name: 'Woningwet', short: 'Woningwet', bwb: null, verified: false },
] as const satisfies readonly Law[];

export type LawKey = (typeof LAWS)[number]['key'];

export const LAW_KEYS = LAWS.map((l) => l.key) as unknown as readonly [LawKey, ...LawKey[]];

const byKey = new Map<string, Law>(LAWS.map((l) => [l.key, l]));

export function lawByKey(key: string): Law | undefined {
  return byKey.get(key);
}

export const OFFICIAL_TEXT_PREFIX = 'https://wetten.overheid.nl/';

/** The URL of the current official text of a law, or null where its BWB id is not known. */
export function officialUrl(law: Law): string | null {
  return law.bwb ? `${OFFICIAL_TEXT_PREFIX}${law.bwb}` : null;
}
