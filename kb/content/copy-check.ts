/**
 * Faithfulness guard: finds runs of N or more consecutive words that a content text shares with a source
 * text, ignoring case, punctuation and diacritics. Used by the copy test and `scripts/copy-check.ts`.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every n-word shingle of the source texts, joined by spaces. */
export function shingles(sourceTexts: readonly string[], n: number): Set<string> {
  const set = new Set<string>();
  for (const t of sourceTexts) {
    const w = words(t);
    for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
  }
  return set;
}

/** The shared runs of at least n words, longest-first, each reported once. */
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
