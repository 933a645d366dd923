/**
 * Learns compound parts from the knowledge base itself: its words (five-letter ones only when they occur
 * in at least two entries, to keep chance fragments out) are the likely parts of this domain's compounds (gezinsverzorging → gezin + verzorging). The list ships in
 * the index, so a query splits exactly as the documents did.
 */

import { MIN_LEARNED_PART } from './compounds.ts';
import { fold, tokenizeWords } from './fold.ts';
import { STOPWORDS } from './stopwords.ts';

export const MAX_LEXICON = 20_000;
const MAX_PART = 16;

export function learnLexicon(entryTexts: readonly string[], max = MAX_LEXICON): string[] {
  const df = new Map<string, number>();
  for (const text of entryTexts) {
    const seen = new Set<string>();
    for (const w of tokenizeWords(fold(text))) {
      if (
        w.length < MIN_LEARNED_PART ||
        w.length > MAX_PART ||
        STOPWORDS.has(w) ||
        /\d/.test(w) ||
        seen.has(w)
      )
        continue;
      seen.add(w);
      df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  return [...df]
    .filter(([w, n]) => n >= 2 || w.length >= 6)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w)
    .sort();
}
