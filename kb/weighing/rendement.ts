/**
 * The rendement calculator for the Waardendriehoek: what a maatwerk solution costs against the likely
 * alternative if nothing is done, over a horizon in months. Ranges stay ranges throughout, so an
 * uncertain figure from a source ("tussen 22.000 en 56.000 euro") is never collapsed to one number.
 */
import type { Amount, Period } from '../content/schema.ts';

export interface CostLine {
  label: string;
  amount: Amount;
  period: Period;
  /** How long a recurring cost runs, in months; default the whole horizon. Ignored for one-off amounts. */
  durationMonths?: number;
  /** Id of the `referentiekosten` entry the amount comes from. */
  sourceId?: string;
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
  /** Dutch, e.g. "€ 13.000 per half jaar × 2 = € 26.000". */
  explanation: string;
}

export interface RendementResult {
  solution: Range;
  alternative: Range;
  /** Alternative minus solution: positive is a saving. min = alternative.min - solution.max, max = alternative.max - solution.min. */
  difference: Range;
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

function formatRange(r: Range): string {
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
      lines.push({ side, label: line.label, ...lineTotal(line, h) });
    }
  }
  const solution = sum(lines.filter((l) => l.side === 'solution').map((l) => l.total));
  const alternative = sum(lines.filter((l) => l.side === 'alternative').map((l) => l.total));
  return {
    solution,
    alternative,
    difference: {
      min: cents(alternative.min - solution.max),
      max: cents(alternative.max - solution.min),
    },
    lines,
    horizonMonths: h,
  };
}
