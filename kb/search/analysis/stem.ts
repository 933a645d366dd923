/**
 * Dutch stemming: the Snowball stemmer from @orama/stemmers, plus three repairs for forms it leaves
 * apart: a stem whose plural is the word itself keeps its s (fiets / fietsen → fiets), a doubled final
 * consonant is undoubled (gezinnen → gezinn → gezin), and a final z/v becomes s/f (huizen → huis).
 */
import { stemmer } from '@orama/stemmers/dutch';

const cache = new Map<string, string>();

export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let s: string;
  if (word.length <= 3 || /\d/.test(word)) s = word;
  else {
    s = stemmer(word);
    if (
      word.endsWith('s') &&
      !word.endsWith('ss') &&
      s === word.slice(0, -1) &&
      stemmer(`${word}en`) === word
    )
      s = word;
    s = s.replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
    if (s.length > 3) s = s.replace(/z$/, 's').replace(/v$/, 'f');
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, s);
  return s;
}
