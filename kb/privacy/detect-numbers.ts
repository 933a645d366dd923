/**
 * Detectors for numbers that identify a person: BSN, bank accounts (IBAN), phone numbers, licence
 * plates, identity-document numbers and labelled client, case and dossier numbers.
 */
import { END, type Finding, GAP, push, SPACE, START } from './finding.ts';

// ---------------------------------------------------------------------------------------------------
// BSN

const BSN_WEIGHTS: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/**
 * The 11-proef for a burgerservicenummer: nine digits (dots, dashes and any kind of space between them
 * are ignored), the weighted sum (weights 9 down to 2, then -1) divisible by 11 and not 0. Eight digits
 * are read with the leading zero that is often dropped.
 */
export function isValidBsn(digits: string): boolean {
  let d = digits.replace(/[.\-\s\u00A0\u2009\u202F]/g, '');
  if (/^\d{8}$/.test(d)) d = `0${d}`;
  if (!/^\d{9}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (BSN_WEIGHTS[i] ?? 0);
  return sum !== 0 && sum % 11 === 0;
}

const BSN_SEP = String.raw`[.\-${SPACE.slice(1, -1)}]`;
/** 123456782, 123.456.782, 123-456-782, 1234.56.782, 1234 56 782 (one separator throughout). */
const BSN_RE = new RegExp(
  String.raw`${START}(?:\d{9}|\d{3}(${BSN_SEP})\d{3}\1\d{3}|\d{4}(${BSN_SEP})\d{2}\2\d{3})${END}`,
  'gu',
);
/** Eight digits count only right after a BSN label: with the leading zero dropped they are too common. */
const BSN_LABEL = String.raw`(?:bsn|burgerservicenummer|burger-servicenummer|sofinummer|sofi-nummer|sofi-nr\.?)`;
const BSN8_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${BSN_LABEL}(?:-?nummer|-?nr\.?)?${GAP}*[:#]?${GAP}*(\d{8}|\d{2}(${BSN_SEP})\d{3}\2\d{3})${END}`,
  'giu',
);
const MONEY_BEFORE = /(?:€|\beur|\beuro)\s*$/i;
const MONEY_AFTER = /^\s*(?:€|eur\b|euro\b)/i;
/** A bank-account label before a number: that number is an account, not a BSN. */
const BANK_LABEL = String.raw`(?:(?:bank|giro)?rekening(?:nummer|nr\.?)?|rek\.?${GAP}?nr\.?|gironummer|iban)`;
const BANK_BEFORE = new RegExp(String.raw`(?<![\p{L}])${BANK_LABEL}${GAP}*[:#]?${GAP}*$`, 'iu');

export function findBsns(text: string, out: Finding[]): void {
  for (const m of text.matchAll(BSN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isValidBsn(m[0])) continue;
    // "€ 111.222.333" is an amount that happens to pass the 11-proef.
    if (MONEY_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (MONEY_AFTER.test(text.slice(end, end + 8))) continue;
    if (BANK_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    push(out, 'bsn', text, start, end);
  }
  for (const m of text.matchAll(BSN8_RE)) {
    const digits = m[1] ?? '';
    if (!isValidBsn(digits)) continue;
    const end = m.index + m[0].length;
    push(out, 'bsn', text, end - digits.length, end);
  }
}

// ---------------------------------------------------------------------------------------------------
// Bank accounts

/** IBAN lengths of the countries a Dutch professional meets most; others need 15 to 34 characters. */
const IBAN_LENGTHS: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  LU: 20,
  GB: 22,
  ES: 24,
  IT: 27,
  PL: 28,
  TR: 26,
  PT: 25,
  AT: 20,
  CH: 21,
};

/** ISO 13616: the IBAN (spaces ignored) with a known length for its country and a mod-97 remainder of 1. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/[\s\u00A0\u2009\u202F]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected !== undefined && s.length !== expected) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const v = c >= 'A' ? String(c.charCodeAt(0) - 55) : c;
    for (const digit of v) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

/** NL91ABNA0417164300, NL91 ABNA 0417 1643 00; the longest prefix that is a valid IBAN wins. */
const IBAN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:${SPACE}?[A-Z0-9]){11,30}(?![\p{L}\p{N}])`,
  'giu',
);
/** An account number written without IBAN, after a bank label: "rekeningnummer 417164300". */
const ACCOUNT_RE = new RegExp(
  String.raw`(?<![\p{L}])${BANK_LABEL}${GAP}*[:#]?${GAP}*(\d{3,10}|\d{2,4}(?:[.${SPACE.slice(1, -1)}]\d{2,4}){1,3})${END}`,
  'giu',
);

export function findIbans(text: string, out: Finding[]): void {
  for (const m of text.matchAll(IBAN_RE)) {
    const raw = m[0];
    // The candidate may run on into the next word ("... 43 00 ten name van"): try shorter prefixes that
    // end on a character, longest first.
    for (let len = raw.length; len >= 15; len--) {
      const candidate = raw.slice(0, len);
      if (/\s$/.test(candidate)) continue;
      if (len < raw.length && /[A-Z0-9]/i.test(raw[len] ?? '') && !/\s/.test(raw[len] ?? '')) continue;
      if (isValidIban(candidate)) {
        push(out, 'iban', text, m.index, m.index + len);
        break;
      }
    }
  }
  for (const m of text.matchAll(ACCOUNT_RE)) {
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    push(out, 'iban', text, end - digits.length, end);
  }
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers
//
// A Dutch number has ten digits nationally: 06 + 8 (mobile), a two-digit area code + 7 (020, 010) or a
// three-digit area code + 6 (0111). Only the usual groupings are accepted (with spaces, dots or dashes
// between the groups), so a run of unrelated numbers does not add up to a phone number.

const S = String.raw`[ .\-\u00A0]`;
const SUB8 = String.raw`(?:\d{8}|\d{4}${S}\d{4}|\d{2}(?:${S}\d{2}){3}|\d{2}${S}\d{3}${S}\d{3}|\d{3}${S}\d{3}${S}\d{2}|\d{3}${S}\d{2}${S}\d{3})`;
const SUB7 = String.raw`(?:\d{7}|\d{3}${S}\d{4}|\d{3}${S}\d{2}${S}\d{2}|\d{2}${S}\d{2}${S}\d{3}|\d{4}${S}\d{3})`;
const SUB6 = String.raw`(?:\d{6}|\d{3}${S}\d{3}|\d{2}${S}\d{2}${S}\d{2})`;
/** The number after the leading 0 (or after +31). */
const AFTER_ZERO = String.raw`(?:6${S}?${SUB8}|[1-57-9]\d${S}?${SUB7}|[1-57-9]\d{2}${S}?${SUB6})`;
const AFTER_ZERO_PAREN = String.raw`(?:6\)${S}?${SUB8}|[1-57-9]\d\)${S}?${SUB7}|[1-57-9]\d{2}\)${S}?${SUB6})`;
/** Countries whose numbers turn up in Dutch case files most; +31 has its own, stricter rule. */
const FOREIGN = '32|49|33|44|34|39|48|40|90|212|213|216|297|351|352|359|597|599';
/** After the country code: seven to twelve digits in groups of one to four. */
const FOREIGN_REST = String.raw`(?:\(0\)${S}?)?\d{1,4}(?:${S}?\d{1,4}){1,5}`;
const PHONE_RE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_])(?:\+31|0031)${S}?(?:\(0\)${S}?)?${AFTER_ZERO}${END}`,
    String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,\/\-])0${AFTER_ZERO}${END}`,
    String.raw`${START}\(0${AFTER_ZERO_PAREN}${END}`,
    String.raw`(?<![\p{L}\p{N}_])(?:\+|00)(?:${FOREIGN})${S}?${FOREIGN_REST}${END}`,
  ].join('|'),
  'gu',
);

export function findPhones(text: string, out: Finding[]): void {
  for (const m of text.matchAll(PHONE_RE)) {
    if (/^(?:\+|00)(?!31)/.test(m[0])) {
      const digits = m[0].replace(/^(?:\+|00)/, '').replace(/\D/g, '');
      if (digits.length < 9 || digits.length > 15) continue;
    }
    push(out, 'telefoon', text, m.index, m.index + m[0].length);
  }
}

// ---------------------------------------------------------------------------------------------------
// Licence plates (Dutch side codes since 1951, with their dashes; letters without vowels as issued
// since 1978, so "AOW-12-A" or "WMO" groups are no plate)

const L = '[B-DF-HJ-NP-TV-Z]';
const SIDE_CODES = [
  `${L}{2}-\\d{2}-\\d{2}`,
  `\\d{2}-\\d{2}-${L}{2}`,
  `\\d{2}-${L}{2}-\\d{2}`,
  `${L}{2}-\\d{2}-${L}{2}`,
  `${L}{2}-${L}{2}-\\d{2}`,
  `\\d{2}-${L}{2}-${L}{2}`,
  `\\d{2}-${L}{3}-\\d`,
  `\\d-${L}{3}-\\d{2}`,
  `${L}{2}-\\d{3}-${L}`,
  `${L}-\\d{3}-${L}{2}`,
  `${L}{3}-\\d{2}-${L}`,
  `${L}-\\d{2}-${L}{3}`,
  `\\d-${L}{2}-\\d{3}`,
  `\\d{3}-${L}{2}-\\d`,
];
const PLATE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_\-])(?:${SIDE_CODES.join('|')})(?![\p{L}\p{N}_]|-[\p{L}\p{N}])`,
  'gu',
);

export function findPlates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(PLATE_RE)) push(out, 'kenteken', text, m.index, m.index + m[0].length);
}

// ---------------------------------------------------------------------------------------------------
// Labelled numbers: identity documents, client, case and dossier numbers. Without the label such a
// number is indistinguishable from an article number or an amount, so only the label makes it count.

const NR = String.raw`(?:-?nummer|-?nr\.?|-?no\.?)`;
const DOCUMENT_LABEL = `(?:paspoort${NR}?|id-kaart${NR}?|identiteitskaart${NR}?|identiteitsbewijs${NR}?|documentnummer|rijbewijs${NR}?|verblijfs(?:document|vergunning)${NR}?|vreemdelingennummer|v-nummer)`;
const DOSSIER_LABEL = `(?:cli[eë]nte?${NR}|cli[eë]nte?-?id|klant${NR}|dossier${NR}?|zaak${NR}|registratie${NR}|relatie${NR}|inschrijf${NR}|polis${NR}|verzekerden${NR}|verzekerings${NR}|debiteur${NR}|kenmerk)`;
/** The number itself: letters, digits, and `-`, `/` or `.` between them, with at least three digits. */
const TOKEN = String.raw`([A-Za-z0-9](?:[A-Za-z0-9]|[\-\/.](?=[A-Za-z0-9])){3,24})`;
const LABEL_GAP = `${GAP}*(?:[:#]|is|was)?${GAP}*`;
const DOCUMENT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${DOCUMENT_LABEL}${LABEL_GAP}(?:nummer${LABEL_GAP})?${TOKEN}(?![\p{L}\p{N}_])`,
  'giu',
);
const DOSSIER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${DOSSIER_LABEL}${LABEL_GAP}${TOKEN}(?![\p{L}\p{N}_])`,
  'giu',
);

function findLabelled(text: string, re: RegExp, kind: 'paspoort' | 'dossiernummer', out: Finding[]): void {
  for (const m of text.matchAll(re)) {
    const token = m[1] ?? '';
    if ((token.match(/\d/g)?.length ?? 0) < 3) continue;
    const end = m.index + m[0].length;
    push(out, kind, text, end - token.length, end);
  }
}

export function findLabelledNumbers(text: string, out: Finding[]): void {
  findLabelled(text, DOCUMENT_RE, 'paspoort', out);
  findLabelled(text, DOSSIER_RE, 'dossiernummer', out);
}
