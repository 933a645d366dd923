/**
 * Zod schemas for the knowledge-base entry types. The content format described in
 * `content/README.md` is exactly what these schemas enforce (a test keeps the two in step).
 *
 * zod/mini keeps the bundle small and free of `new Function` (the side panel validates imports too).
 */
import * as z from 'zod/mini';
import { LAW_KEYS } from './laws.ts';
import { SOURCE_IDS } from './sources.ts';

export const ENTRY_TYPES = [
  'voorbeeld',
  'werkwijze',
  'wet',
  'instrument',
  'referentiekosten',
  'leerroute',
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Folder under `content/` that holds each type. */
export const TYPE_FOLDERS: Record<EntryType, string> = {
  voorbeeld: 'voorbeelden',
  werkwijze: 'werkwijzen',
  wet: 'wetgeving',
  instrument: 'instrumenten',
  referentiekosten: 'referentiekosten',
  leerroute: 'leerroutes',
};

export const TYPE_LABELS: Record<EntryType, string> = {
  voorbeeld: 'Voorbeeld',
  werkwijze: 'Werkwijze',
  wet: 'Wet en regel',
  instrument: 'Instrument',
  referentiekosten: 'Referentiekosten',
  leerroute: 'Leerroute',
};

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const LEEFGEBIEDEN = [
  'wonen',
  'werk',
  'inkomen',
  'schulden',
  'gezondheid',
  'onderwijs',
  'opvoeding',
  'vervoer',
  'zorg',
  'participatie',
  'veiligheid',
  'dagbesteding',
] as const;

export const STATUSES = ['gerealiseerd', 'lopend', 'niet-gelukt'] as const;
export const PERIODS = [
  'eenmalig',
  'per-week',
  'per-maand',
  'per-kwartaal',
  'per-half-jaar',
  'per-jaar',
  'totaal',
] as const;
export type Period = (typeof PERIODS)[number];
/**
 * `kosten`: what the maatwerk costs. `vermeden`: a cost the source says the maatwerk avoided.
 * `mogelijk-vermeden`: a cost the source only calls possibly avoided ("potentiële baten", "had kunnen
 * voorkomen"); shown and counted apart from certain savings, never added to them.
 */
export const COST_KINDS = ['kosten', 'vermeden', 'mogelijk-vermeden'] as const;
export type CostKind = (typeof COST_KINDS)[number];

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const shortText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));
const id = z.string().check(z.regex(ID_PATTERN, 'must be an ASCII kebab-case id'));

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const date = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    z.refine(isRealDate, 'is not a real date'),
  );

const sourceRef = z.strictObject({
  bron: z.enum(SOURCE_IDS),
  sectie: text,
});

const amount = z.union([
  z.number().check(z.nonnegative()),
  z.strictObject({ min: z.number().check(z.nonnegative()), max: z.number().check(z.nonnegative()) }),
]);

const cost = z.strictObject({
  omschrijving: text,
  bedrag: amount,
  periode: z.enum(PERIODS),
  soort: z.enum(COST_KINDS),
  /** Id of a `referentiekosten` entry this figure comes from. */
  referentie: z.optional(id),
});

const common = {
  titel: shortText(120),
  samenvatting: shortText(300),
  trefwoorden: z.array(text).check(z.minLength(1)),
  /** Words professionals actually type: synonyms, abbreviations, everyday words. */
  zoektermen: z.optional(z.array(text)),
  /**
   * Questions and searches this entry answers, as colleagues would type them (a situation in their own
   * words, a few keywords, an abbreviation, a question about the law or an amount). Searched, not shown.
   */
  voorbeeldvragen: z.optional(z.array(shortText(120))),
  bronnen: z.array(sourceRef).check(z.minLength(1, 'every entry cites at least one source')),
  curator: text,
  laatst_gecontroleerd: date,
  /** Reason this entry needs a review; shown as a flag in the side panel. */
  te_controleren: z.optional(text),
  gerelateerd: z.optional(z.array(id)),
};

const laws = z.array(z.enum(LAW_KEYS));

export const voorbeeldSchema = z.strictObject({
  ...common,
  gemeente: text,
  periode: z
    .string()
    .check(z.regex(/^(\d{4}(-\d{4})?|onbekend)$/, 'must be a year, a range like 2019-2021, or onbekend')),
  leefgebieden: z.array(z.enum(LEEFGEBIEDEN)).check(z.minLength(1)),
  wetten: laws.check(z.minLength(1)),
  status: z.enum(STATUSES),
  /** Knelpunten (bottlenecks) from content/knelpunten.yaml that this case ran into. */
  knelpunten: z.optional(z.array(id)),
  kosten: z.optional(z.array(cost)),
  waardendriehoek: z.strictObject({ betrokkenheid: text, legitimiteit: text, rendement: text }),
});

export const werkwijzeSchema = z.strictObject({
  ...common,
  gemeenten: z.array(text).check(z.minLength(1)),
  periode: z.optional(z.string().check(z.regex(/^(\d{4}(-\d{4})?|onbekend)$/))),
  wetten: z.optional(laws),
});

export const instrumentSchema = z.strictObject({
  ...common,
  niveau: z.enum(['landelijk', 'lokaal', 'methode']),
  status: z.enum(['beschikbaar', 'in-ontwikkeling', 'voorgesteld', 'onbekend']),
  /** Who made or runs it, as the sources name it (e.g. Instituut voor Publieke Waarden, het Rijk); say so when they name no one. */
  eigenaar: text,
  wetten: z.optional(laws),
});

/**
 * What a legal snippet was checked against: the official text (a wetten.overheid.nl URL or the title of
 * the page searched), the day, and the articles whose number and rule that text confirmed.
 */
const verification = z.strictObject({
  bron: text,
  datum: date,
  artikelen: z.array(text).check(z.minLength(1, 'name at least one verified article')),
});

export const wetSchema = z.strictObject({
  ...common,
  wet: z.enum(LAW_KEYS),
  artikelen: z.array(text).check(z.minLength(1)),
  /** Required whenever kb/laws.ts knows the law's BWB id (checked in parse.ts). */
  bwb: z.optional(z.string().check(z.regex(/^BWBR\d{7}$/, 'must be a BWB id like BWBR0035362'))),
  url: z.string().check(z.startsWith('https://wetten.overheid.nl/', 'must link to wetten.overheid.nl')),
  gecontroleerd_op: date,
  /** What the official text confirmed; without it the entry must carry `te_controleren` (content-checks.ts). */
  geverifieerd: z.optional(verification),
  wetten: z.optional(laws),
});

export const referentiekostenSchema = z.strictObject({
  ...common,
  bedrag: amount,
  periode: z.enum(PERIODS),
  soort: z.enum(COST_KINDS),
  gemeente: z.optional(text),
  wetten: z.optional(laws),
});

export const leerrouteSchema = z.strictObject({
  ...common,
  /** For whom: e.g. nieuwe medewerkers wijkteam. */
  doelgroep: text,
  stappen: z
    .array(
      z.strictObject({
        /** Id of the entry this step works with. */
        item: id,
        /** A question to discuss before the answer is revealed ("wat zou jij doen?"). */
        vraag: text,
        /** What the entry shows: the lesson of this step. */
        les: text,
      }),
    )
    .check(z.minLength(2, 'a learning path has at least two steps')),
});

export const SCHEMAS = {
  voorbeeld: voorbeeldSchema,
  werkwijze: werkwijzeSchema,
  wet: wetSchema,
  instrument: instrumentSchema,
  referentiekosten: referentiekostenSchema,
  leerroute: leerrouteSchema,
} as const;

export type VoorbeeldMeta = z.infer<typeof voorbeeldSchema>;
export type WerkwijzeMeta = z.infer<typeof werkwijzeSchema>;
export type InstrumentMeta = z.infer<typeof instrumentSchema>;
export type WetMeta = z.infer<typeof wetSchema>;
export type ReferentiekostenMeta = z.infer<typeof referentiekostenSchema>;
export type LeerrouteMeta = z.infer<typeof leerrouteSchema>;
export type Cost = z.infer<typeof cost>;
export type Amount = z.infer<typeof amount>;
export type Verification = z.infer<typeof verification>;

/** Body sections (H2 headings) per type: required ones first, in canonical order, then optional ones. */
export const SECTIONS: Record<EntryType, { required: readonly string[]; optional: readonly string[] }> = {
  voorbeeld: { required: ['Situatie', 'Knelpunt', 'Maatwerk', 'Uitkomst'], optional: ['Lessen', 'Let op'] },
  werkwijze: {
    required: ['Hoe het werkt', 'Wanneer inzetten', 'Wat het vraagt'],
    optional: ['Voorbeelden', 'Let op'],
  },
  instrument: {
    required: ['Wat het is', 'Hoe het werkt', 'Wanneer inzetten'],
    optional: ['Wat het vraagt', 'Let op'],
  },
  wet: { required: ['Wat de wet regelt', 'Ruimte voor maatwerk'], optional: ['In de praktijk', 'Let op'] },
  referentiekosten: { required: ['Toelichting'], optional: ['Let op'] },
  leerroute: { required: ['Inleiding'], optional: ['Afsluiting', 'Voor de trainer'] },
};

interface Base {
  id: string;
  type: EntryType;
  /** Path relative to the content root, for messages. */
  file: string;
  /** Markdown of each H2 section, by heading. */
  sections: Record<string, string>;
}
export type Entry =
  | (Base & { type: 'voorbeeld'; meta: VoorbeeldMeta })
  | (Base & { type: 'werkwijze'; meta: WerkwijzeMeta })
  | (Base & { type: 'wet'; meta: WetMeta })
  | (Base & { type: 'instrument'; meta: InstrumentMeta })
  | (Base & { type: 'referentiekosten'; meta: ReferentiekostenMeta })
  | (Base & { type: 'leerroute'; meta: LeerrouteMeta });
