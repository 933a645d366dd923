/**
 * Synthetic Dutch knowledge bases for the benchmark: entries of about 300 words (plus zoektermen and
 * voorbeeldvragen as long as the real entries' own) drawn from the real
 * knowledge base's own vocabulary (so word lengths, compounds and frequencies are this domain's), with a
 * seeded random generator so every run measures the same corpus.
 */

import { LEEFGEBIEDEN, STATUSES } from '../../kb/content/schema.ts';
import { fold, tokenizeWords } from '../../kb/search/analysis/fold.ts';
import type { StoredEntry } from '../../kb/search/index-format.ts';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GEMEENTEN = [
  'Lelystad',
  'Leeuwarden',
  'Utrecht',
  'Amsterdam',
  'Zaanstad',
  'Almelo',
  'Maastricht',
  'Zwolle',
  'Eindhoven',
  'Heerde',
  'Enschede',
  'Delft',
  'Tilburg',
  'Den Haag',
  'Groningen',
];
const WETTEN = ['wmo', 'jeugdwet', 'participatiewet', 'wlz', 'zvw', 'wet-kinderopvang', 'onderwijs'] as const;

/** Word list with frequencies from real texts, and a sampler that follows them (Zipf-like). */
export function vocabulary(texts: readonly string[]): {
  words: string[];
  sample: (r: () => number) => string;
} {
  const freq = new Map<string, number>();
  for (const t of texts)
    for (const w of tokenizeWords(fold(t)))
      if (w.length >= 2 && !/\d/.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.keys()].sort();
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of words) {
    sum += freq.get(w) as number;
    cumulative.push(sum);
  }
  return {
    words,
    sample: (r) => {
      const x = r() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) < x) lo = mid + 1;
        else hi = mid;
      }
      return words[lo] as string;
    },
  };
}

export function syntheticEntries(n: number, texts: readonly string[], seed = 42): StoredEntry[] {
  const r = rng(seed);
  const { sample } = vocabulary(texts);
  const sentence = (len: number) => {
    const ws = Array.from({ length: len }, () => sample(r));
    const s = ws.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (words: number) => {
    const out: string[] = [];
    let left = words;
    while (left > 0) {
      const len = Math.min(left, 8 + Math.floor(r() * 12));
      out.push(sentence(len));
      left -= len;
    }
    return out.join(' ');
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const entries: StoredEntry[] = [];
  for (let i = 0; i < n; i++) {
    const id = `synthetisch-${String(i).padStart(6, '0')}`;
    entries.push({
      id,
      type: 'voorbeeld',
      sections: {
        Situatie: paragraph(70),
        Knelpunt: paragraph(60),
        Maatwerk: paragraph(70),
        Uitkomst: paragraph(40),
      },
      meta: {
        titel: sentence(6 + Math.floor(r() * 5)).slice(0, 119),
        samenvatting: sentence(22).slice(0, 299),
        gemeente: pick(GEMEENTEN),
        periode: 'onbekend',
        leefgebieden: [pick(LEEFGEBIEDEN), pick(LEEFGEBIEDEN)].filter((v, j, a) => a.indexOf(v) === j),
        wetten: [pick(WETTEN)],
        status: pick(STATUSES),
        waardendriehoek: { betrokkenheid: sentence(8), legitimiteit: sentence(8), rendement: sentence(8) },
        trefwoorden: Array.from({ length: 5 }, () => sample(r)),
        // As real entries: about 30 zoektermen of one to three words, 12 voorbeeldvragen of 4 to 10 words.
        zoektermen: Array.from({ length: 30 }, () =>
          Array.from({ length: 1 + Math.floor(r() * 3) }, () => sample(r)).join(' '),
        ),
        voorbeeldvragen: Array.from({ length: 12 }, () =>
          Array.from({ length: 4 + Math.floor(r() * 7) }, () => sample(r)).join(' '),
        ),
        bronnen: [{ bron: 'lelystad-actieonderzoek-maatwerk', sectie: 'synthetisch' }],
        curator: 'benchmark',
        laatst_gecontroleerd: '2026-11-23',
      },
    });
  }
  return entries;
}

/** As-you-type queries: every prefix (2+ letters) of the last word of real queries, plus the full query. */
export function asYouTypeQueries(queries: readonly string[], max: number, seed = 7): string[] {
  const out: string[] = [];
  for (const q of queries) {
    const words = q.split(/\s+/);
    const last = words.pop() ?? '';
    const head = words.length ? `${words.join(' ')} ` : '';
    for (let k = 2; k <= last.length; k++) out.push(head + last.slice(0, k));
  }
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out.slice(0, max);
}
