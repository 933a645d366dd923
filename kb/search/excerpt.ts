/**
 * Highlighting without HTML: text split into segments, each marked as a hit or not. The side panel
 * renders hits as <mark>; nothing here produces markup.
 */
import type { Analyzer, QueryTerm } from './analysis/analyzer.ts';
import { fold } from './analysis/fold.ts';
import { stem } from './analysis/stem.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

export type Matcher = (word: string) => boolean;

/** A predicate telling whether a word (as written) matches any of the query terms. */
export function matcherFor(terms: readonly QueryTerm[], analyzer: Analyzer): Matcher {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const t of terms) {
    if (t.term.startsWith('~')) for (const s of analyzer.stems(t.source)) stems.add(s);
    else stems.add(t.term);
    for (const p of t.parts ?? []) stems.add(p);
    if (t.prefix) prefixes.push(t.prefix);
  }
  const long = [...stems].filter((st) => st.length >= 4);
  // Words repeat within and across the hits' texts: each distinct word is judged once per query.
  const seen = new Map<string, boolean>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined) return known;
    const f = folded(word);
    let hit = false;
    if (f.length >= 2) {
      hit = stems.has(stem(f)) || long.some((st) => f.includes(st)) || prefixes.some((p) => f.startsWith(p));
    }
    if (seen.size < 20_000) seen.set(word, hit);
    return hit;
  };
}

/** A word as written → folded, across queries (the same texts come back keystroke after keystroke). */
const foldCache = new Map<string, string>();
function folded(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    f = fold(word);
    if (foldCache.size >= 50_000) foldCache.clear();
    foldCache.set(word, f);
  }
  return f;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function highlight(text: string, match: Matcher): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const i = m.index ?? 0;
    if (!match(m[0])) continue;
    if (i > last) out.push({ text: text.slice(last, i), hit: false });
    out.push({ text: m[0], hit: true });
    last = i + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}

/** Plain text of a markdown fragment, good enough for excerpts. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Sentence {
  text: string;
  words: string[];
}

/**
 * Plain-text sentences of a markdown fragment with their words, the last few thousand fragments kept
 * (a few hundred entries): as you type, the same hits come back keystroke after keystroke.
 */
const sentenceCache = new Map<string, Sentence[]>();
function sentencesOf(markdown: string): Sentence[] {
  let s = sentenceCache.get(markdown);
  if (!s) {
    s = plainText(markdown)
      .split(/(?<=[.!?])\s+/)
      .map((text) => ({ text, words: text.match(WORD) ?? [] }));
    if (sentenceCache.size >= 4096) sentenceCache.delete(sentenceCache.keys().next().value as string);
    sentenceCache.set(markdown, s);
  }
  return s;
}

/** The passage (about `max` characters) with the most hits, highlighted. */
export function excerpt(texts: readonly string[], match: Matcher, max = 180): Segment[] {
  let best = '';
  let bestHits = -1;
  const count = (words: readonly string[]) => {
    let n = 0;
    for (let k = 0; k < words.length; k++) if (match(words[k] as string)) n++;
    return n;
  };
  for (const t of texts) {
    const sentences = sentencesOf(t);
    for (let i = 0; i < sentences.length; i++) {
      const one = sentences[i] as Sentence;
      const next = sentences[i + 1];
      const joined = one.text.length < max / 2 && next !== undefined;
      const hits = count(one.words) + (joined ? count(next.words) : 0);
      if (hits > bestHits) {
        best = joined ? `${one.text} ${next.text}` : one.text;
        bestHits = hits;
      }
    }
  }
  if (best.length > max) {
    const firstHit = [...best.matchAll(WORD)].find((m) => match(m[0]))?.index ?? 0;
    const start = Math.max(0, Math.min(firstHit - 40, best.length - max));
    best = `${start > 0 ? '…' : ''}${best.slice(start, start + max).trim()}…`;
  }
  return highlight(best, match);
}
