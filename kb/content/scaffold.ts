/** Templates for `kb new <type> <id>`: a valid entry with every field explained in a comment. */
import { type EntryType, SECTIONS } from './schema.ts';

const COMMON_HEAD = (
  titel: string,
) => `titel: "${titel}" # at most 120 characters; no (fictitious) family names
samenvatting: "Eén zin die een professional in een oogopslag kan lezen." # at most 300 characters`;

const COMMON_TAIL = (today: string) => `trefwoorden: [maatwerk] # keywords
zoektermen: [] # words professionals actually type: synonyms, abbreviations, everyday words
voorbeeldvragen: [] # searches this entry answers, in colleagues' own words (at most 120 characters each)
bronnen: # where every fact comes from: a source file name (without .txt) or wettekst, plus the section
  - bron: lelystad-actieonderzoek-maatwerk
    sectie: "hoofdstuk ?"
curator: "naam of team" # who keeps this entry correct
laatst_gecontroleerd: ${today} # YYYY-MM-DD; older than a year gives a warning
te_controleren: "Nieuw: nog niet nagelezen." # the reason for review; remove once checked
gerelateerd: [] # ids of related entries`;

const TYPE_FIELDS: Record<EntryType, (today: string) => string> = {
  voorbeeld: () => `gemeente: "Lelystad"
periode: "onbekend" # a year, a range like 2019-2021, or onbekend
leefgebieden: [zorg] # wonen werk inkomen schulden gezondheid onderwijs opvoeding vervoer zorg participatie veiligheid dagbesteding
wetten: [wmo] # keys from kb/laws.ts
status: lopend # gerealiseerd | lopend | niet-gelukt
kosten: [] # items: { omschrijving, bedrag (euro or {min, max}), periode, soort: kosten | vermeden | mogelijk-vermeden, referentie? }
waardendriehoek:
  betrokkenheid: "Welke rol had de inwoner of het gezin?"
  legitimiteit: "Hoe hielp of beperkte de wet- en regelgeving?"
  rendement: "Welke kosten zijn bespaard of vermeden?"`,
  werkwijze: () => `gemeenten: ["Lelystad"]
periode: "onbekend" # optional
wetten: [] # optional`,
  instrument: () => `niveau: lokaal # landelijk | lokaal | methode
status: onbekend # beschikbaar | in-ontwikkeling | voorgesteld | onbekend
eigenaar: "wie het instrument maakte of beheert"
wetten: [] # optional`,
  wet: (today) => `wet: wmo # a key from kb/laws.ts with a BWB id
artikelen: ["art. ?"]
bwb: BWBR0035362 # must equal the id in kb/laws.ts for this law
url: "https://wetten.overheid.nl/BWBR0035362"
gecontroleerd_op: ${today} # the day the official text was checked
# Once the official text confirms the rule, record it and remove te_controleren:
# geverifieerd:
#   bron: "https://wetten.overheid.nl/BWBR0035362" # the URL or the title of the page checked
#   datum: ${today}
#   artikelen: ["art. ?"] # the cited articles whose number and rule the text confirmed`,
  leerroute: () => `doelgroep: "nieuwe medewerkers wijkteam"
stappen: # at least two; each works with one entry of the knowledge base
  - item: lelystad-thuisonderwijs-zorgbegeleider # the id of an entry
    vraag: "Wat zou jij doen?" # discussed before the answer is shown
    les: "Wat deze casus laat zien."
  - item: waardendriehoek
    vraag: "Hoe weeg je dit af?"
    les: "Wat deze stap laat zien."`,
  referentiekosten: () => `bedrag: 0 # euro, or { min: 0, max: 0 }
periode: eenmalig # eenmalig per-week per-maand per-kwartaal per-half-jaar per-jaar totaal
soort: kosten # kosten | vermeden | mogelijk-vermeden (the source only says "had kunnen voorkomen")`,
};

export function scaffold(type: EntryType, id: string, today: string): string {
  const titel = id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const sections = SECTIONS[type].required
    .map((s) => `## ${s}\n\nSchrijf hier in eigen woorden.\n`)
    .join('\n');
  return `---\n${COMMON_HEAD(titel)}\n${TYPE_FIELDS[type](today)}\n${COMMON_TAIL(today)}\n---\n\n${sections}`;
}
