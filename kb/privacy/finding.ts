/** What the personal-data guard reports, and the pieces its detectors share. */

/** Every kind the guard reports, in the order a warning lists them. */
export const PERSONAL_DATA_KINDS = [
  'bsn',
  'iban',
  'telefoon',
  'email',
  'datum',
  'postcode',
  'naam',
  'kenteken',
  'paspoort',
  'dossiernummer',
] as const;

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface Finding {
  kind: PersonalDataKind;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

/** Not glued to a word or number before it (a digit followed by `.`, `,`, `/` or `-` counts as glued). */
export const START = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,\/\-])`;
/** Not glued to a word or number after it. */
export const END = String.raw`(?![\p{L}\p{N}_]|[.,\/\-]\p{N})`;
/** A space inside a number: ordinary, non-breaking, thin or narrow non-breaking. */
export const SPACE = String.raw`[ \u00A0\u2009\u202F]`;
/** Any of those spaces, and tabs, between words. */
export const GAP = String.raw`[ \t\u00A0\u2009\u202F]`;

export function push(out: Finding[], kind: PersonalDataKind, text: string, start: number, end: number): void {
  out.push({ kind, start, end, text: text.slice(start, end) });
}

/** The text of the line before `offset`, at most `max` characters. */
export function lineBefore(text: string, offset: number, max = 40): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(Math.max(lineStart, offset - max), offset);
}
