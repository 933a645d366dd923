/** Lower-cases and strips diacritics: beëindigen → beeindigen, financiële → financiele. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits folded text into word tokens (letters and digits; everything else separates). */
export function tokenizeWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
