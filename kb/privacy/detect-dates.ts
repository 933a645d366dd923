/**
 * Dates: numeric (3-3-1984, 03/03/84, 1984-03-03), written (3 maart 1984, 3 mrt. '84) and a month with
 * a year when it reads as a birth month (maart 1984, geboren in mei 2012).
 *
 * What is not reported, on purpose: a day and month without a year ("op 12 maart besproken") identify
 * nobody; a month and year since 2000 without a birth word ("in maart 2024 aangevraagd") is how
 * professionals date their own work; the first of a month after "sinds", "per", "vanaf" or "met ingang
 * van" is when a rule took effect ("sinds 1 januari 2015"); and dotted numbers after "art.", "artikel",
 * "lid" or "versie" are article and version numbers ("art. 2.3.15").
 */
import { END, type Finding, GAP, lineBefore, push, START } from './finding.ts';

const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
/** A month with a year from this one on needs a birth word before it. */
const RECENT_YEAR = 2000;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** A two-digit year as a four-digit one: '00 is 2000 (a leap year, so 29-2-00 stays a date). */
function fullYear(yy: string): number {
  return yy.length === 2 ? 2000 + Number(yy) : Number(yy);
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
// Longest names first, so "september" is not read as "sep" + "tember".
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** dd-mm-yyyy, dd/mm/yy, d.m.yyyy (one separator throughout). */
const DMY_RE = new RegExp(String.raw`${START}(\d{1,2})([\-\/.])(\d{1,2})\2(\d{4}|\d{2})${END}`, 'gu');
/** yyyy-mm-dd. */
const ISO_RE = new RegExp(String.raw`${START}(\d{4})-(\d{2})-(\d{2})${END}`, 'gu');
/** "3 maart 1990", "3 mrt. 1990", "1e januari 2001", "3 maart '84". */
const WRITTEN_RE = new RegExp(
  String.raw`${START}(\d{1,2})(?:e|ste|de)?${GAP}+(${MONTH_NAMES})\.?${GAP}+(\d{4}|['’‘]\d{2})${END}`,
  'giu',
);
/** "maart 1984", "mei '84". */
const MONTH_YEAR_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${MONTH_NAMES})\.?${GAP}+(\d{4}|['’‘]\d{2})${END}`,
  'giu',
);

/** Words before a date that make it a birth date. */
const BIRTH_BEFORE =
  /(?<![\p{L}\p{N}])(?:geboren|geboorte\p{L}*|geb\.?|born|date of birth|dob)(?!\p{L})\W{0,3}(?:\p{L}+\W{1,3}){0,2}$/iu;
const DAY_BEFORE = /(?<![\p{N}])\d{1,2}(?:e|ste|de)?[ \t\u00A0\u2009\u202F]+$/u;
/** Words before the first of a month that make it the day a rule took effect. */
const EFFECTIVE_BEFORE = /(?<![\p{L}])(?:sinds|per|vanaf|met ingang van|m\.i\.v\.)[ \t\u00A0]+$/iu;
/** Words before dotted numbers that make them an article or version number. */
const NUMBERING_BEFORE =
  /(?<![\p{L}])(?:art|artikel|artikelen|lid|leden|versie|v|hoofdstuk|paragraaf|par|onderdeel|bijlage|nr|§)\.?[ \t\u00A0]*$/iu;

export function findDates(text: string, out: Finding[]): void {
  const report = (start: number, end: number, year: number, month: number, day: number) => {
    if (!isRealDate(year, month, day)) return;
    if (day === 1 && EFFECTIVE_BEFORE.test(lineBefore(text, start))) return;
    push(out, 'datum', text, start, end);
  };
  for (const m of text.matchAll(DMY_RE)) {
    const [, d = '', sep, mo = '', y = ''] = m;
    if (sep === '.' && NUMBERING_BEFORE.test(lineBefore(text, m.index))) continue;
    report(m.index, m.index + m[0].length, fullYear(y), Number(mo), Number(d));
  }
  for (const m of text.matchAll(ISO_RE)) {
    report(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  for (const m of text.matchAll(WRITTEN_RE)) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()] ?? 0;
    report(m.index, m.index + m[0].length, fullYear((m[3] ?? '').replace(/^\D/, '')), month, Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_YEAR_RE)) {
    const y = m[2] ?? '';
    const year = fullYear(y.replace(/^\D/, ''));
    const apostrophe = !/^\d/.test(y);
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    // After a day number the written-date rule above has decided already.
    if (DAY_BEFORE.test(lineBefore(text, m.index, 8))) continue;
    if (!apostrophe && year >= RECENT_YEAR && !BIRTH_BEFORE.test(lineBefore(text, m.index))) continue;
    push(out, 'datum', text, m.index, m.index + m[0].length);
  }
}
