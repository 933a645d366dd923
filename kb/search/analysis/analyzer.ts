/**
 * The Dutch analyzer, shared by index build and query so both sides see the same terms:
 * fold diacritics → words → synonym phrases → stop words → stem → compound parts.
 *
 * Documents keep whole words and add their compound parts and synonym keys; queries replace a compound by
 * its parts and a synonym phrase by its key, so "pgb" finds "persoonsgebonden budget" and
 * "kinderopvang toeslag" finds "kinderopvangtoeslag".
 */
import { CURATED_PARTS, createSplitter, MAX_WORD } from './compounds.ts';
import { fold, tokenizeWords } from './fold.ts';
import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';

/** Synonym groups: each a list of phrases meaning the same ("pgb", "persoonsgebonden budget"). */
export type SynonymGroups = readonly (readonly string[])[];

export const SYNONYM_PREFIX = '~';

/**
 * Words as written (folded, not stemmed, stop words kept): the exact-forms index beside the analyzed one,
 * so a word typed as it stands in an entry counts for more than one that only shares its stem.
 */
export const exactForms: Pick<Analyzer, 'documentTerms'> = {
  documentTerms: (text) => tokenizeWords(fold(text)),
};

export interface QueryTerm {
  /** The analyzed term to look up. */
  term: string;
  /** The word as typed (folded), for a prefix match while the user is still typing it. */
  prefix?: string;
  /** May match with typos. */
  fuzzy: boolean;
  /** For a compound: its parts, any document holding all of them matches too (written apart). */
  parts?: string[];
  /** Where it came from, for explanations and highlighting. */
  source: string;
}

export interface Analyzer {
  /** Terms to index for a text. */
  documentTerms(text: string): string[];
  /** Terms to look up for a query; `typing` treats the last word as possibly incomplete. */
  query(text: string, options?: { typing?: boolean }): QueryTerm[];
  /** Stems of a text's words, for highlighting matches. */
  stems(text: string): string[];
}

interface Phrase {
  stems: string[];
  key: string;
}

/**
 * @param groups synonym groups
 * @param lexicon words learned from the knowledge base that may be parts of compounds
 */
export function createAnalyzer(groups: SynonymGroups, lexicon: readonly string[] = []): Analyzer {
  const splitCompound = createSplitter(lexicon);
  const known = new Set([...CURATED_PARTS, ...lexicon]);
  const byFirst = new Map<string, Phrase[]>();
  for (const group of groups) {
    const first = group[0];
    if (!first) continue;
    const key = SYNONYM_PREFIX + tokenizeWords(fold(first)).join('_');
    for (const member of group) {
      const stems = tokenizeWords(fold(member)).map(stem);
      const head = stems[0];
      if (!head) continue;
      const list = byFirst.get(head) ?? [];
      list.push({ stems, key });
      list.sort((a, b) => b.stems.length - a.stems.length);
      byFirst.set(head, list);
    }
  }

  /** Longest synonym phrase starting at i, or null. */
  const phraseAt = (stems: string[], i: number): Phrase | null => {
    for (const p of byFirst.get(stems[i] as string) ?? []) {
      let ok = true;
      for (let k = 0; k < p.stems.length; k++) {
        if (stems[i + k] !== p.stems[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return p;
    }
    return null;
  };

  const wordTerms = (w: string): string[] => {
    const s = stem(w);
    const parts = splitCompound(w);
    return parts ? [s, ...parts.map(stem)] : [s];
  };

  return {
    documentTerms(text) {
      const words = tokenizeWords(fold(text));
      const stems = words.map(stem);
      const out: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const p = phraseAt(stems, i);
        if (p) out.push(p.key);
        const w = words[i] as string;
        if (STOPWORDS.has(w)) continue;
        out.push(...wordTerms(w));
      }
      return out;
    },
    query(text, options) {
      const folded = fold(text);
      // A compound written apart keeps its linking s ("gezins verzorging"): drop it when the rest is a known word.
      const words = tokenizeWords(folded).map((w, i, all) =>
        i < all.length - 1 && w.length > 4 && w.endsWith('s') && known.has(w.slice(0, -1))
          ? w.slice(0, -1)
          : w,
      );
      const typing = options?.typing === true && /[\p{L}\p{N}]$/u.test(folded);
      const stems = words.map(stem);
      const meaningful = words.filter((w) => !STOPWORDS.has(w));
      const out: QueryTerm[] = [];
      for (let i = 0; i < words.length; ) {
        const p = phraseAt(stems, i);
        const isLast = i === words.length - 1;
        if (p) {
          out.push({ term: p.key, fuzzy: false, source: words.slice(i, i + p.stems.length).join(' ') });
          i += p.stems.length;
          continue;
        }
        let w = words[i] as string;
        i++;
        if (STOPWORDS.has(w) && meaningful.length > 0) continue;
        // A compound written apart keeps its linking s ("gezins verzorging"): drop it when the rest is a known word.
        if (i < words.length && w.length > 4 && w.endsWith('s') && known.has(w.slice(0, -1)))
          w = w.slice(0, -1);
        const parts = splitCompound(w);
        // A word longer than any compound (a pasted code or address) is looked up only as it stands.
        const plain = w.length > MAX_WORD;
        const t: QueryTerm = { term: plain ? w : stem(w), fuzzy: !plain && w.length >= 5, source: w };
        if (parts) t.parts = parts.map(stem);
        if (typing && isLast && !plain) t.prefix = w;
        out.push(t);
      }
      return out;
    },
    stems(text) {
      return tokenizeWords(fold(text)).map(stem);
    },
  };
}
