/**
 * The rendement calculator for the Waardendriehoek: what a maatwerk solution costs against the likely
 * alternative if nothing is done, over a horizon in months. Ranges stay ranges throughout, so an
 * uncertain figure from a source ("tussen 22.000 en 56.000 euro") is never collapsed to one number.
 * A cost the source only calls possibly avoided (`mogelijk-vermeden`) is totalled on its own and never
 * counted in the alternative or the difference: a possible saving is not presented as a saving.
 */
import type { Amount, CostKind, Period } from '../content/schema.ts';

export interface CostLine {
  label: string;
  amount: Amount;
  period: Period;
  /** How long a recurring cost runs, in months; default the whole horizon. Ignored for one-off amounts. */
  durationMonths?: number;
  /** Id of the `referentiekosten` entry the amount comes from. */
  sourceId?: string;
  /**
   * Alternative side only: the source calls this cost possibly avoided, not avoided (`soort:
   * mogelijk-vermeden`). Totalled in `possible`, left out of `alternative` and `difference`.
   */
  possible?: boolean;
}

export interface RendementInput {
  solution: CostLine[];
  alternative: CostLine[];
  horizonMonths: number;
}

export interface Range {
  min: number;
  max: number;
}

export interface RendementLine {
  side: 'solution' | 'alternative';
  label: string;
  total: Range;
  /** Dutch, e.g. "€ 13.000 per half jaar × 2 = € 26.000"; a possible saving says it is not counted. */
  explanation: string;
  /** A possibly avoided cost: in `possible`, not in `alternative`. */
  possible: boolean;
}

export interface RendementResult {
  solution: Range;
  /** The alternative's costs that the sources give as avoided or likely; possible ones excluded. */
  alternative: Range;
  /** Alternative minus solution: positive is a saving. min = alternative.min - solution.max, max = alternative.max - solution.min. */
  difference: Range;
  /** Costs that might also be avoided (`mogelijk-vermeden`), shown apart and never in `difference`. */
  possible: Range;
  lines: RendementLine[];
  horizonMonths: number;
}

export const MAX_HORIZON_MONTHS = 600;

const MONTHS_PER_PERIOD: Record<Period, number | null> = {
  eenmalig: null,
  'per-week': 12 / 52,
  'per-maand': 1,
  'per-kwartaal': 3,
  'per-half-jaar': 6,
  'per-jaar': 12,
  totaal: null,
};

const PERIOD_LABELS: Record<Period, string> = {
  eenmalig: 'eenmalig',
  'per-week': 'per week',
  'per-maand': 'per maand',
  'per-kwartaal': 'per kwartaal',
  'per-half-jaar': 'per half jaar',
  'per-jaar': 'per jaar',
  totaal: 'totaal',
};

/** How a period reads in Dutch text ("per half jaar"). */
export function periodLabel(p: Period): string {
  return PERIOD_LABELS[p];
}

/** Months in one period (a week is 12/52 of a month); null for an amount that counts once. */
export function monthsPerPeriod(p: Period): number | null {
  if (!Object.hasOwn(MONTHS_PER_PERIOD, p)) throw new Error(`Onbekende periode: "${String(p)}".`);
  return MONTHS_PER_PERIOD[p];
}

/** How many periods fit in `months`; weeks counted as 52 a year without rounding twice. */
function periodsIn(p: Period, months: number): number {
  if (p === 'per-week') return (months * 52) / 12;
  const m = monthsPerPeriod(p);
  return m === null ? 1 : months / m;
}

/** Rounds to whole cents, which also removes floating-point noise (0.1 + 0.2). */
function cents(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Dutch decimal notation with at most `maxDecimals` decimals and no trailing zeros: 1,5 and 4,33. */
function formatNumber(n: number, maxDecimals: number): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [int = '0', frac = ''] = rounded.toFixed(maxDecimals).split('.');
  const trimmed = frac.replace(/0+$/, '');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${groupThousands(int)}${trimmed ? `,${trimmed}` : ''}`;
}

/** "€ 13.000", "€ 1.234,50", "€ -500": no decimals unless there are cents, then two. */
export function formatEuro(n: number): string {
  if (!Number.isFinite(n)) throw new Error('Dit is geen geldig bedrag.');
  const c = cents(n);
  const abs = Math.abs(c);
  const whole = Math.floor(abs);
  const rest = Math.round((abs - whole) * 100);
  const sign = c < 0 ? '-' : '';
  return `€ ${sign}${groupThousands(String(whole))}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}

/** "€ 13.000" or "€ 22.000 tot € 56.000". */
export function formatRange(r: Range): string {
  return r.min === r.max ? formatEuro(r.min) : `${formatEuro(r.min)} tot ${formatEuro(r.max)}`;
}

function toRange(a: Amount): Range {
  return typeof a === 'number' ? { min: a, max: a } : { min: a.min, max: a.max };
}

function validateLine(line: CostLine): void {
  const name = line.label?.trim() ? `"${line.label}"` : 'een kostenregel';
  const values = typeof line.amount === 'number' ? [line.amount] : [line.amount?.min, line.amount?.max];
  if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
    throw new Error(`Het bedrag van ${name} is geen geldig getal.`);
  }
  if (values.some((v) => (v as number) < 0))
    throw new Error(`Het bedrag van ${name} mag niet negatief zijn.`);
  if (typeof line.amount !== 'number' && line.amount.min > line.amount.max) {
    throw new Error(`Bij ${name} is het minimum groter dan het maximum.`);
  }
  if (!Object.hasOwn(MONTHS_PER_PERIOD, line.period)) {
    throw new Error(`De periode van ${name} is onbekend: "${String(line.period)}".`);
  }
  if (line.possible !== undefined && typeof line.possible !== 'boolean') {
    throw new Error(`Bij ${name} is niet duidelijk of de kosten mogelijk vermeden zijn.`);
  }
  if (line.durationMonths !== undefined) {
    if (!Number.isFinite(line.durationMonths))
      throw new Error(`De looptijd van ${name} is geen geldig getal.`);
    if (line.durationMonths < 0) throw new Error(`De looptijd van ${name} mag niet negatief zijn.`);
  }
}

function lineTotal(line: CostLine, horizonMonths: number): { total: Range; explanation: string } {
  const amount = toRange(line.amount);
  const label = PERIOD_LABELS[line.period];
  if (monthsPerPeriod(line.period) === null) {
    const total = { min: cents(amount.min), max: cents(amount.max) };
    return { total, explanation: `${formatRange(amount)} ${label}` };
  }
  const months = Math.min(line.durationMonths ?? horizonMonths, horizonMonths);
  const n = periodsIn(line.period, months);
  const total = { min: cents(amount.min * n), max: cents(amount.max * n) };
  return {
    total,
    explanation: `${formatRange(amount)} ${label} × ${formatNumber(n, 2)} = ${formatRange(total)}`,
  };
}

function sum(ranges: Range[]): Range {
  return {
    min: cents(ranges.reduce((s, r) => s + r.min, 0)),
    max: cents(ranges.reduce((s, r) => s + r.max, 0)),
  };
}

/** A reference cost as a line of the alternative, carrying whether the source calls it possibly avoided. */
export function referenceLine(ref: {
  id: string;
  meta: { titel: string; bedrag: Amount; periode: Period; soort: CostKind };
}): CostLine {
  const line: CostLine = {
    label: ref.meta.titel,
    amount: ref.meta.bedrag,
    period: ref.meta.periode,
    sourceId: ref.id,
  };
  if (ref.meta.soort === 'mogelijk-vermeden') line.possible = true;
  return line;
}

/** Said after a possibly avoided amount wherever it is shown. */
export const POSSIBLE_NOTE =
  'mogelijk vermeden: niet zeker, niet meegeteld in het alternatief en het verschil';

/**
 * Totals each side over the horizon. A one-off (`eenmalig`) or `totaal` amount counts once; a recurring
 * amount counts pro rata for min(durationMonths ?? horizon, horizon) months. Throws an Error with a Dutch
 * message on invalid input.
 */
export function calculateRendement(input: RendementInput): RendementResult {
  const h = input.horizonMonths;
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0 || h > MAX_HORIZON_MONTHS) {
    throw new Error(`De horizon moet groter zijn dan 0 en ten hoogste ${MAX_HORIZON_MONTHS} maanden.`);
  }
  const lines: RendementLine[] = [];
  for (const side of ['solution', 'alternative'] as const) {
    for (const line of input[side]) {
      validateLine(line);
      const possible = line.possible === true;
      if (possible && side === 'solution') {
        const name = line.label?.trim() ? `"${line.label}"` : 'een kostenregel';
        throw new Error(
          `${name} staat bij de kosten van het maatwerk; alleen een alternatief kan mogelijk vermeden zijn.`,
        );
      }
      const { total, explanation } = lineTotal(line, h);
      lines.push({
        side,
        label: line.label,
        total,
        explanation: possible ? `${explanation} (${POSSIBLE_NOTE})` : explanation,
        possible,
      });
    }
  }
  const solution = sum(lines.filter((l) => l.side === 'solution').map((l) => l.total));
  const alternative = sum(lines.filter((l) => l.side === 'alternative' && !l.possible).map((l) => l.total));
  const possible = sum(lines.filter((l) => l.possible).map((l) => l.total));
  return {
    solution,
    alternative,
    difference: {
      min: cents(alternative.min - solution.max),
      max: cents(alternative.max - solution.min),
    },
    possible,
    lines,
    horizonMonths: h,
  };
}

/**
 * The result in one Dutch sentence for the onderbouwing, with possible savings in a sentence of their own:
 * "Over 12 maanden: maatwerk € 1.000, alternatief € 5.000, verschil € 4.000 (indicatief). Daarnaast
 * mogelijk vermeden: € 30.000 (niet zeker, niet meegeteld in het verschil)."
 */
export function rendementSummary(r: RendementResult): string {
  const main = `Over ${formatNumber(r.horizonMonths, 2)} maanden: maatwerk ${formatRange(r.solution)}, alternatief ${formatRange(r.alternative)}, verschil ${formatRange(r.difference)} (indicatief).`;
  if (!r.lines.some((l) => l.possible)) return main;
  return `${main} Daarnaast mogelijk vermeden: ${formatRange(r.possible)} (niet zeker, niet meegeteld in het verschil).`;
}
