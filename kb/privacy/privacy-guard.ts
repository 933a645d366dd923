/**
 * Spots what looks like personal data in free text a professional types (notes, drafts), so the side
 * panel can warn before the text is kept or copied, and offer to mask it. `npm run kb -- guard` runs
 * exactly this guard on text from standard input, so a privacy officer can test it on their own samples.
 *
 * Detectors (each in its own file): BSN in every common notation with the 11-proef (detect-numbers),
 * IBAN with mod-97 and labelled account numbers, Dutch and neighbouring phone numbers, licence plates,
 * labelled passport/ID and client, case or dossier numbers; dates (detect-dates); e-mail addresses;
 * postcodes and street addresses, and names after an honorific or a role word (detect-people).
 * The detectors prefer missing an odd format over flagging amounts, years, article numbers or ids: a
 * warning that cries wolf gets ignored. What each one leaves out on purpose is in SECURITY.md.
 *
 * Offsets are UTF-16 code units, as `String.prototype.slice` counts them.
 */
import { findDates } from './detect-dates.ts';
import { findBsns, findIbans, findLabelledNumbers, findPhones, findPlates } from './detect-numbers.ts';
import { findAddresses, findNames } from './detect-people.ts';
import { type Finding, PERSONAL_DATA_KINDS, type PersonalDataKind } from './finding.ts';

export { isValidBsn, isValidIban } from './detect-numbers.ts';
export { type Finding, PERSONAL_DATA_KINDS, type PersonalDataKind } from './finding.ts';

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

/**
 * Which finding wins when two claim the same characters and are as long: a labelled or checksummed
 * number over a looser reading of the same digits ("rekeningnummer 123456782" is an account, not a BSN).
 */
const PRIORITY: Record<PersonalDataKind, number> = {
  email: 0,
  iban: 1,
  paspoort: 2,
  dossiernummer: 3,
  bsn: 4,
  telefoon: 5,
  kenteken: 6,
  datum: 7,
  postcode: 8,
  naam: 9,
};

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
  findIbans(text, candidates);
  findBsns(text, candidates);
  findLabelledNumbers(text, candidates);
  findDates(text, candidates);
  findPhones(text, candidates);
  findPlates(text, candidates);
  findAddresses(text, candidates);
  findNames(text, candidates);
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start,
  );
  // `kept` stays sorted by start and free of overlaps, so a candidate only has to be checked against its
  // two neighbours (binary search): linear in practice even for a text full of findings.
  const kept: Finding[] = [];
  for (const c of candidates) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Finding).start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

const BARE_POSTCODE = /^[1-9]\d{3} ?[A-Za-z]{2}$/;
const POSTCODE_WITH_NUMBER = /^[1-9]\d{3} ?[A-Za-z]{2}[ \t,]+\d/;

/** The placeholder that replaces a finding in masked text. */
export function placeholderFor(f: Pick<Finding, 'kind' | 'text'>): string {
  switch (f.kind) {
    case 'bsn':
      return '[BSN]';
    case 'iban':
      return '[rekeningnummer]';
    case 'naam':
      return '[naam]';
    case 'kenteken':
      return '[kenteken]';
    case 'paspoort':
      return '[documentnummer]';
    case 'dossiernummer':
      return '[dossiernummer]';
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
  iban: { one: 'rekeningnummer', many: 'rekeningnummers' },
  naam: { one: 'naam', many: 'namen' },
  kenteken: { one: 'kenteken', many: 'kentekens' },
  paspoort: { one: 'paspoort- of ID-nummer', many: 'paspoort- of ID-nummers' },
  dossiernummer: { one: 'cliënt- of dossiernummer', many: 'cliënt- of dossiernummers' },
  telefoon: { one: 'telefoonnummer', many: 'telefoonnummers' },
  email: { one: 'e-mailadres', many: 'e-mailadressen' },
  datum: { one: 'datum', many: 'datums' },
  postcode: { one: 'adres of postcode', many: 'adressen of postcodes' },
};
const KIND_ORDER: readonly PersonalDataKind[] = PERSONAL_DATA_KINDS;

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
