/**
 * From case to pattern: which knelpunten recur across the cases in the knowledge base, and which of them
 * form a pattern ("patroon") that belongs on the policy table rather than in one more casusoverleg.
 *
 * The rule, after Leeuwarden's rule of thumb ("wat je drie keer tegenkomt is een reden om naar beleid te
 * kijken"): a knelpunt is structural when at least three cases ran into it AND at least three of those
 * cases fall under one and the same law from the knelpunt's own `wetten`. Three cases that share the
 * knelpunt but each under a different law are not (yet) one pattern: they may be three different problems
 * under one name.
 */
import { lawByKey } from '../content/laws.ts';
import type { Knelpunt } from '../content/side-files.ts';

/** The cases fed to the ranking: only what the index headers already carry. */
export interface PatternCase {
  id: string;
  gemeente: string;
  wetten: string[];
  knelpunten: string[];
}

export interface PatternRow {
  knelpunt: Knelpunt;
  /** Number of distinct cases that ran into this knelpunt. */
  count: number;
  caseIds: string[];
  /** Every law of those cases with the number of those cases under it, most frequent first. */
  wetten: { key: string; count: number }[];
  /** Distinct municipalities of those cases, sorted. */
  gemeenten: string[];
  /** Three or more cases, sharing a law among the knelpunt's `wetten`. */
  structural: boolean;
  /** The knelpunt's laws shared by three or more of its cases (in the knelpunt's own order). */
  structuralLaws: string[];
}

/** How many cases make a pattern. */
export const PATTERN_THRESHOLD = 3;

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * One row per knelpunt of the vocabulary that at least one case ran into, most cases first, then by
 * name. Knelpunt ids a case names that are not in the vocabulary are ignored; a case listed twice, or
 * naming a knelpunt or law twice, counts once.
 */
export function rankKnelpunten(cases: readonly PatternCase[], vocabulary: readonly Knelpunt[]): PatternRow[] {
  const byKnelpunt = new Map<string, PatternCase[]>();
  const seenCase = new Set<string>();
  for (const c of cases) {
    if (seenCase.has(c.id)) continue;
    seenCase.add(c.id);
    for (const k of new Set(c.knelpunten)) {
      const list = byKnelpunt.get(k);
      if (list) list.push(c);
      else byKnelpunt.set(k, [c]);
    }
  }

  const rows: PatternRow[] = [];
  const seenKnelpunt = new Set<string>();
  for (const knelpunt of vocabulary) {
    if (seenKnelpunt.has(knelpunt.id)) continue;
    seenKnelpunt.add(knelpunt.id);
    const matched = byKnelpunt.get(knelpunt.id);
    if (!matched?.length) continue;

    const lawCounts = new Map<string, number>();
    for (const c of matched) for (const w of new Set(c.wetten)) lawCounts.set(w, (lawCounts.get(w) ?? 0) + 1);
    const wetten = [...lawCounts]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || collator.compare(a.key, b.key));

    const structuralLaws =
      matched.length >= PATTERN_THRESHOLD
        ? [...new Set(knelpunt.wetten)].filter((w) => (lawCounts.get(w) ?? 0) >= PATTERN_THRESHOLD)
        : [];

    rows.push({
      knelpunt,
      count: matched.length,
      caseIds: matched.map((c) => c.id),
      wetten,
      gemeenten: [...new Set(matched.map((c) => c.gemeente).filter((g) => g.trim() !== ''))].sort(
        collator.compare,
      ),
      structural: structuralLaws.length > 0,
      structuralLaws,
    });
  }
  return rows.sort((a, b) => b.count - a.count || collator.compare(a.knelpunt.naam, b.knelpunt.naam));
}

function lawNames(keys: readonly string[]): string {
  const names = keys.map((k) => lawByKey(k)?.short ?? k);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

function casussen(n: number): string {
  return n === 1 ? '1 casus' : `${n} casussen`;
}

/** The escalation ladder the sources describe, from the case up. */
const LADDER = [
  'bespreek de casus in het casusoverleg, over afdelingen en domeinen heen',
  'breng het terugkerende knelpunt naar het kwaliteitsteam, dat rode draden uit casussen naar beleid brengt',
  'ligt de oorzaak bovenlokaal of in landelijke regels, meld het bij het Landelijk Maatwerkloket of gebruik de Rode Knop',
  'komt het daar niet los, leg het voor aan het escalatieteam',
] as const;

function ladderFrom(step: number): string {
  return LADDER.slice(step)
    .map((s, i) => `${step + i + 1}. ${s}`)
    .join('; ');
}

/**
 * What the sources recommend at this row's level, in Dutch: where the row stands (a single case, a
 * recurring knelpunt without a shared law, or a pattern), then the knelpunt's own `aanpak`, or, where the
 * vocabulary has none, the generic escalation ladder from the step that fits the level.
 */
export function escalationAdvice(row: PatternRow): string {
  const n = row.count;
  let level: string;
  let step: number;
  if (row.structural) {
    level = `Patroon: ${casussen(n)} lopen tegen dit knelpunt aan, ${row.structuralLaws.length === 1 ? 'onder dezelfde wet' : 'onder dezelfde wetten'} (${lawNames(row.structuralLaws)}). Dit hoort op tafel bij beleid, niet alleen in de casus.`;
    step = 1;
  } else if (n >= PATTERN_THRESHOLD) {
    level = `${casussen(n)} lopen tegen dit knelpunt aan, maar niet onder een gedeelde wet: nog geen patroon. Ga na of het echt om hetzelfde probleem gaat.`;
    step = 0;
  } else {
    level = `${casussen(n)}: nog geen patroon (dat is het vanaf ${PATTERN_THRESHOLD} casussen onder dezelfde wet). Los het op in de casus en houd bij of het terugkomt.`;
    step = 0;
  }
  const advice = row.knelpunt.aanpak
    ? `Wat de bronnen aanraden: ${row.knelpunt.aanpak}`
    : `Escalatieladder: ${ladderFrom(step)}. Escaleer na acht weken vastlopen (Almelo).`;
  return `${level} ${advice}`;
}
