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
  return (word) => {
    const f = fold(word);
    if (f.length < 2) return false;
    const s = stem(f);
    if (stems.has(s)) return true;
    for (const st of stems) if (st.length >= 4 && f.includes(st)) return true;
    return prefixes.some((p) => f.startsWith(p));
  };
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

/** The passage (about `max` characters) with the most hits, highlighted. */
export function excerpt(texts: readonly string[], match: Matcher, max = 180): Segment[] {
  let best = '';
  let bestHits = -1;
  for (const t of texts) {
    const sentences = plainText(t).split(/(?<=[.!?])\s+/);
    for (let i = 0; i < sentences.length; i++) {
      let passage = sentences[i] as string;
      if (passage.length < max / 2 && sentences[i + 1]) passage += ` ${sentences[i + 1]}`;
      let hits = 0;
      for (const m of passage.matchAll(WORD)) if (match(m[0])) hits++;
      if (hits > bestHits) {
        best = passage;
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
