/** Valid entry texts to start bad-input cases from. */
export const VALID_VOORBEELD = `---
titel: "Fietskar in plaats van een bakfiets"
samenvatting: "Een korte samenvatting."
gemeente: "Lelystad"
periode: "onbekend"
leefgebieden: [vervoer]
wetten: [wmo]
status: gerealiseerd
waardendriehoek:
  betrokkenheid: "b"
  legitimiteit: "l"
  rendement: "r"
trefwoorden: [fietskar]
bronnen:
  - bron: lelystad-actieonderzoek-maatwerk
    sectie: "hoofdstuk 3"
curator: "Team"
laatst_gecontroleerd: 2026-11-01
---

## Situatie

Tekst.

## Knelpunt

Tekst.

## Maatwerk

Tekst.

## Uitkomst

Tekst.
`;

export const VALID_WET = `---
titel: "Kostendelersnorm"
samenvatting: "Een korte samenvatting."
wet: participatiewet
artikelen: ["art. 22a"]
bwb: BWBR0015703
url: "https://wetten.overheid.nl/BWBR0015703"
gecontroleerd_op: 2026-11-01
trefwoorden: [kostendelersnorm]
bronnen:
  - bron: wettekst
    sectie: "Participatiewet art. 22a"
curator: "Team"
laatst_gecontroleerd: 2026-11-01
---

## Wat de wet regelt

Tekst.

## Ruimte voor maatwerk

Tekst.
`;

/** Replaces one line that starts with `prefix` by `replacement` (or removes it when null). */
export function withLine(text: string, prefix: string, replacement: string | null): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starting with ${prefix}`);
  if (replacement === null) lines.splice(i, 1);
  else lines[i] = replacement;
  return lines.join('\n');
}
