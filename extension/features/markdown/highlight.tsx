/**
 * Marks the user's query words in rendered text (the opened entry): a word matches at the start of a
 * word in the text, case- and accent-insensitively, so "fietska" marks "Fietskar".
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Small words that would mark half of every text: not worth marking.
const STOP = new Set(
  'aan als bij dat de den der die dit een en er het hij ik in is je met na naar niet of om ook op over per te tot uit van voor wat we wel ze zij zijn'.split(
    ' ',
  ),
);

/** The query's words worth marking (two letters or more, no small common words), folded. */
export function queryWords(query: string): string[] {
  return [...new Set(fold(query).split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length >= 2 && !STOP.has(w));
}

/** Stretches [start, end) of `text` where a query word starts a word. */
export function matches(text: string, words: readonly string[]): [number, number][] {
  if (!words.length || !text) return [];
  const folded = fold(text);
  // Folding can change lengths (rare ligatures); then mark nothing rather than the wrong letters.
  if (folded.length !== text.length) return [];
  const out: [number, number][] = [];
  for (const w of words) {
    let from = 0;
    for (let i = folded.indexOf(w, from); i >= 0; i = folded.indexOf(w, from)) {
      const before = i === 0 ? '' : (folded[i - 1] as string);
      if (!/[\p{L}\p{N}]/u.test(before)) out.push([i, i + w.length]);
      from = i + 1;
    }
  }
  out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const m of out) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return merged;
}

export const HighlightContext = createContext<string[]>([]);

export function Highlight({ text }: { text: string }) {
  const words = useContext(HighlightContext);
  const ms = matches(text, words);
  if (!ms.length) return <>{text}</>;
  const parts: preact.ComponentChildren[] = [];
  let pos = 0;
  for (const [s, e] of ms) {
    if (s > pos) parts.push(text.slice(pos, s));
    parts.push(<mark key={s}>{text.slice(s, e)}</mark>);
    pos = e;
  }
  parts.push(text.slice(pos));
  return <>{parts}</>;
}
