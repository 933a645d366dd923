/**
 * Faithfulness guard: finds runs of N or more consecutive words that a content text shares with a source
 * text, ignoring case, punctuation and diacritics. Used by the copy test and `scripts/copy-check.ts`.
 *
 * The sources were extracted from PDFs, so a word can be split over a line break ("woningcorpo-" /
 * "ratie") or carry soft hyphens (U+00AD). Soft hyphens are always dropped; a source's shingles are taken
 * both with such line-break splits joined and as printed, so a genuine compound broken at its hyphen
 * ("Wmo-" / "consulent") is still found either way.
 */

const SOFT_HYPHEN = /\u00AD/g;
/** A letter, a hyphen (ASCII, U+2010 or U+2011) at the end of a line, then a lowercase letter on the next. */
const LINE_BREAK_SPLIT = /(\p{L})[-\u2010\u2011][ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

/** The text with words that are hyphenated across line breaks joined again, and soft hyphens removed. */
export function joinSplitWords(text: string): string {
  return text.replace(SOFT_HYPHEN, '').replace(LINE_BREAK_SPLIT, '$1');
}

export function words(text: string): string[] {
  return text
    .replace(SOFT_HYPHEN, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function addShingles(set: Set<string>, text: string, n: number): void {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
}

/** Every n-word shingle of the source texts (with line-break splits joined, and as printed), joined by spaces. */
export function shingles(sourceTexts: readonly string[], n: number): Set<string> {
  const set = new Set<string>();
  for (const t of sourceTexts) {
    const joined = joinSplitWords(t);
    addShingles(set, joined, n);
    if (joined !== t) addShingles(set, t, n);
  }
  return set;
}

/**
 * The shared runs of at least n words, longest-first, each reported once. The content text is taken as
 * written (its hyphens are meant), apart from soft hyphens, which `words` drops.
 */
export function sharedRuns(text: string, sourceShingles: Set<string>, n: number): string[] {
  const w = words(text);
  const runs: string[] = [];
  let i = 0;
  while (i + n <= w.length) {
    if (sourceShingles.has(w.slice(i, i + n).join(' '))) {
      let end = i + n;
      while (end < w.length && sourceShingles.has(w.slice(end - n + 1, end + 1).join(' '))) end++;
      runs.push(w.slice(i, end).join(' '));
      i = end;
    } else i++;
  }
  return runs;
}
