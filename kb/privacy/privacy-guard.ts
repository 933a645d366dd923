/**
 * Spots what looks like personal data in free text a professional types (notes, drafts), so the side
 * panel can warn before the text is kept or copied, and offer to mask it.
 *
 * Detectors: BSN (9 digits passing the 11-proef), dates, Dutch phone numbers, e-mail addresses, and
 * postcodes (with house number, and with an adjoining street and number when there is one). The
 * detectors prefer missing an odd format over flagging amounts, years, article numbers or ids: a warning
 * that cries wolf gets ignored.
 *
 * Offsets are UTF-16 code units, as `String.prototype.slice` counts them.
 */

export type PersonalDataKind = 'bsn' | 'datum' | 'telefoon' | 'email' | 'postcode';

export interface Finding {
  kind: PersonalDataKind;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------------
// Shared pieces

/** Not glued to a word or number before it (a digit followed by `.`, `,`, `/` or `-` counts as glued). */
const START = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,\/\-])`;
/** Not glued to a word or number after it. */
const END = String.raw`(?![\p{L}\p{N}_]|[.,\/\-]\p{N})`;

// ---------------------------------------------------------------------------------------------------
// BSN

const BSN_WEIGHTS: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/**
 * The 11-proef for a burgerservicenummer: nine digits (dots and spaces between them are ignored), the
 * weighted sum (weights 9 down to 2, then -1) divisible by 11 and not 0.
 */
export function isValidBsn(digits: string): boolean {
  const d = digits.replace(/[.\s]/g, '');
  if (!/^\d{9}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (BSN_WEIGHTS[i] ?? 0);
  return sum !== 0 && sum % 11 === 0;
}

const BSN_RE = new RegExp(String.raw`${START}(?:\d{9}|\d{3}([. ])\d{3}\1\d{3})${END}`, 'gu');
const MONEY_BEFORE = /(?:€|\beur|\beuro)\s*$/i;
const MONEY_AFTER = /^\s*(?:€|eur\b|euro\b)/i;

function findBsns(text: string, out: Finding[]): void {
  for (const m of text.matchAll(BSN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isValidBsn(m[0])) continue;
    // "€ 111.222.333" is an amount that happens to pass the 11-proef.
    if (MONEY_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (MONEY_AFTER.test(text.slice(end, end + 8))) continue;
    out.push({ kind: 'bsn', start, end, text: m[0] });
  }
}

// ---------------------------------------------------------------------------------------------------
// Dates

const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
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

/** dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, d-m-yyyy (one separator throughout). */
const DMY_RE = new RegExp(String.raw`${START}(\d{1,2})([\-\/.])(\d{1,2})\2(\d{4})${END}`, 'gu');
/** yyyy-mm-dd. */
const ISO_RE = new RegExp(String.raw`${START}(\d{4})-(\d{2})-(\d{2})${END}`, 'gu');
/** "3 maart 1990", "3 mrt. 1990", "1e januari 2001". */
const WRITTEN_RE = new RegExp(
  String.raw`${START}(\d{1,2})(?:e|ste|de)?[ \t]+(${MONTH_NAMES})\.?[ \t]+(\d{4})${END}`,
  'giu',
);

function findDates(text: string, out: Finding[]): void {
  const push = (m: RegExpMatchArray, y: string, mo: number, d: string) => {
    if (m.index === undefined || !isRealDate(Number(y), mo, Number(d))) return;
    out.push({ kind: 'datum', start: m.index, end: m.index + m[0].length, text: m[0] });
  };
  for (const m of text.matchAll(DMY_RE)) push(m, m[4] ?? '', Number(m[3]), m[1] ?? '');
  for (const m of text.matchAll(ISO_RE)) push(m, m[1] ?? '', Number(m[2]), m[3] ?? '');
  for (const m of text.matchAll(WRITTEN_RE))
    push(m, m[3] ?? '', MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, m[1] ?? '');
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers
//
// A Dutch number has ten digits nationally: 06 + 8 (mobile), a two-digit area code + 7 (020, 010) or a
// three-digit area code + 6 (0111). Only the usual groupings are accepted, so a run of unrelated numbers
// does not add up to a phone number.

const SUB8 = String.raw`(?:\d{8}|\d{4} \d{4}|\d{2}(?: \d{2}){3}|\d{2} \d{3} \d{3}|\d{3} \d{3} \d{2}|\d{3} \d{2} \d{3})`;
const SUB7 = String.raw`(?:\d{7}|\d{3} \d{4}|\d{3} \d{2} \d{2}|\d{2} \d{2} \d{3}|\d{4} \d{3})`;
const SUB6 = String.raw`(?:\d{6}|\d{3} \d{3}|\d{2} \d{2} \d{2})`;
/** The number after the leading 0 (or after +31). */
const AFTER_ZERO = String.raw`(?:6[ \-]?${SUB8}|[1-57-9]\d[ \-]?${SUB7}|[1-57-9]\d{2}[ \-]?${SUB6})`;
const AFTER_ZERO_PAREN = String.raw`(?:6\)[ ]?${SUB8}|[1-57-9]\d\)[ ]?${SUB7}|[1-57-9]\d{2}\)[ ]?${SUB6})`;
const PHONE_RE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_])(?:\+31|0031)[ \-]?(?:\(0\)[ \-]?)?${AFTER_ZERO}${END}`,
    String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,\/\-])0${AFTER_ZERO}${END}`,
    String.raw`${START}\(0${AFTER_ZERO_PAREN}${END}`,
  ].join('|'),
  'gu',
);

function findPhones(text: string, out: Finding[]): void {
  for (const m of text.matchAll(PHONE_RE)) {
    out.push({ kind: 'telefoon', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
}

// ---------------------------------------------------------------------------------------------------
// E-mail addresses

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const EMAIL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@${LABEL}(?:\.${LABEL})*\.\p{L}{2,}(?![\p{L}\p{N}_\-])`,
  'gu',
);

function findEmails(text: string, out: Finding[]): void {
  for (const m of text.matchAll(EMAIL_RE)) {
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
}

// ---------------------------------------------------------------------------------------------------
// Postcodes and addresses

/** Lowercase two-letter words and units that follow a four-digit number in ordinary text ("2019 de"). */
const NOT_POSTCODE_LETTERS = [
  'de',
  'en',
  'in',
  'op',
  'te',
  'om',
  'na',
  'al',
  'of',
  'is',
  'ik',
  'je',
  'jij',
  'we',
  'ze',
  'zo',
  'nu',
  'er',
  'ja',
  'nee',
  'ca',
  'nr',
  'km',
  'kg',
  'mg',
  'ml',
  'cm',
  'mm',
  'dl',
  'cl',
  'kb',
  'mb',
  'gb',
  'pp',
  'st',
  'uu',
].join('|');
const HOUSE_NUMBER = String.raw`\d{1,5}(?:-?[a-zA-Z](?!\p{L})|-\d{1,4})?`;
const NUMBER_SEP = String.raw`(?:[ \t]*,[ \t]*|[ \t]+)`;
/** SA, SD and SS are not used in Dutch postcodes. */
const POSTCODE_RE = new RegExp(
  `${START}(?:` +
    // 1234 AB, 1234AB, 1234ab, optionally with a house number
    String.raw`[1-9]\d{3}(?:[ ]?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2})(?!\p{L})(?:${NUMBER_SEP}${HOUSE_NUMBER})?` +
    // 1234 ab only with a house number and not an ordinary word: "In 2019 de 12 gezinnen" is no address
    String.raw`|[1-9]\d{3}[ ](?!(?:${NOT_POSTCODE_LETTERS})(?!\p{L}))(?!s[ads])[a-z]{2}(?!\p{L})${NUMBER_SEP}${HOUSE_NUMBER}` +
    `)${END}`,
  'gu',
);

const STREET_SUFFIX = 'straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|plantsoen|boulevard';
const STREET_PREFIX_WORD = String.raw`(?:Van|De|Den|Der|Het|Ten|Ter|Sint|St\.|Burgemeester|Burg\.|Dokter|Dr\.|Prof\.|Professor|Prins|Prinses|Koning|Koningin|Graaf|Generaal|Eerste|Tweede|Derde|Oude|Nieuwe|Lange|Korte|Kleine|Grote|Hoge|Lage|Noord|Zuid|Oost|West)`;
const PARTICLE = `(?:van|de|der|den|het|ter|ten|'t)`;
/** "Dorpsstraat 12", "Van Goghstraat 3a", "Burgemeester de Withstraat 120". */
const STREET_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.'\-])(?:${STREET_PREFIX_WORD}[ \t]+(?:${PARTICLE}[ \t]+){0,2}){0,2}\p{Lu}[\p{L}'\-]*?(?:${STREET_SUFFIX})[ \t]+${HOUSE_NUMBER}${END}`,
  'gu',
);
/** What may separate a street and number from the postcode on either side of it. */
const ADDRESS_GAP = /^[ \t]*(?:,[ \t]*)?(?:\r?\n[ \t]*)?$/;

function findAddresses(text: string, out: Finding[]): void {
  const parts: (Finding & { street: boolean })[] = [];
  for (const m of text.matchAll(POSTCODE_RE)) {
    parts.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length, text: m[0], street: false });
  }
  for (const m of text.matchAll(STREET_RE)) {
    parts.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length, text: m[0], street: true });
  }
  parts.sort((a, b) => a.start - b.start);
  // Join a street and number with the postcode right before or after it into one finding.
  const joined: (Finding & { street: boolean })[] = [];
  for (const p of parts) {
    const last = joined[joined.length - 1];
    if (
      last &&
      last.street !== p.street &&
      p.start >= last.end &&
      ADDRESS_GAP.test(text.slice(last.end, p.start))
    ) {
      last.end = p.end;
      last.text = text.slice(last.start, last.end);
      last.street = true;
    } else if (!last || p.start >= last.end) {
      joined.push({ ...p });
    }
  }
  for (const { street: _street, ...f } of joined) out.push(f);
}

// ---------------------------------------------------------------------------------------------------
// Public API

/**
 * Every stretch of `text` that looks like personal data, sorted by start and never overlapping (where
 * two detectors claim the same characters, the longer finding wins: an e-mail address over the digits
 * in it).
 */
export function findPersonalData(text: string): Finding[] {
  const candidates: Finding[] = [];
  findEmails(text, candidates);
  findBsns(text, candidates);
  findDates(text, candidates);
  findPhones(text, candidates);
  findAddresses(text, candidates);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const c of candidates) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const BARE_POSTCODE = /^[1-9]\d{3} ?[A-Za-z]{2}$/;
const POSTCODE_WITH_NUMBER = /^[1-9]\d{3} ?[A-Za-z]{2}[ \t,]+\d/;

/** The placeholder that replaces a finding in masked text. */
export function placeholderFor(f: Pick<Finding, 'kind' | 'text'>): string {
  switch (f.kind) {
    case 'bsn':
      return '[BSN]';
    case 'datum':
      return '[datum]';
    case 'telefoon':
      return '[telefoonnummer]';
    case 'email':
      return '[e-mail]';
    case 'postcode':
      if (BARE_POSTCODE.test(f.text)) return '[postcode]';
      if (POSTCODE_WITH_NUMBER.test(f.text)) return '[postcode en huisnummer]';
      return '[adres]';
  }
}

/**
 * `text` with each finding replaced by its placeholder. Without `findings`, masks everything
 * `findPersonalData` finds; with them (e.g. only the ones the user chose), masks just those. A finding
 * whose text no longer sits at its offsets (the text changed since) or that overlaps an earlier one is
 * skipped.
 */
export function maskPersonalData(text: string, findings?: readonly Finding[]): string {
  const list = [...(findings ?? findPersonalData(text))].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const f of list) {
    if (f.start < pos || f.end > text.length || text.slice(f.start, f.end) !== f.text) continue;
    out += text.slice(pos, f.start) + placeholderFor(f);
    pos = f.end;
  }
  return out + text.slice(pos);
}

const KIND_LABELS: Record<PersonalDataKind, { one: string; many: string }> = {
  bsn: { one: 'BSN', many: "BSN's" },
  telefoon: { one: 'telefoonnummer', many: 'telefoonnummers' },
  email: { one: 'e-mailadres', many: 'e-mailadressen' },
  datum: { one: 'datum', many: 'datums' },
  postcode: { one: 'adres of postcode', many: 'adressen of postcodes' },
};
const KIND_ORDER: readonly PersonalDataKind[] = ['bsn', 'telefoon', 'email', 'datum', 'postcode'];

/**
 * A short Dutch warning, e.g. "Deze tekst lijkt persoonsgegevens te bevatten: 1 BSN, 1 telefoonnummer.";
 * an empty string when there are no findings.
 */
export function describeFindings(findings: readonly Pick<Finding, 'kind'>[]): string {
  const counts = new Map<PersonalDataKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const parts = KIND_ORDER.filter((k) => counts.has(k)).map((k) => {
    const n = counts.get(k) ?? 0;
    return `${n} ${n === 1 ? KIND_LABELS[k].one : KIND_LABELS[k].many}`;
  });
  return parts.length ? `Deze tekst lijkt persoonsgegevens te bevatten: ${parts.join(', ')}.` : '';
}
