/**
 * Corpus checks beyond the schema (check.ts): entries that look like duplicates of each other, personal
 * data that slipped into a content file, legal snippets whose recorded verification does not hold
 * together, and the list of entries due for review per curator.
 */

import { type Finding, findPersonalData, placeholderFor } from '../privacy/privacy-guard.ts';
import { fold, tokenizeWords } from '../search/analysis/fold.ts';
import type { SourceFile } from './check.ts';
import type { Problem } from './problems.ts';
import type { Entry } from './schema.ts';

/** Word-set Jaccard similarity of two titles at or above which they count as near-duplicates. */
export const TITLE_SIMILARITY = 0.8;
/** The same for summaries (longer texts share more words by chance, so the bar is higher). */
export const SUMMARY_SIMILARITY = 0.85;

export interface ExtraCheckOptions {
  /** "Today" as YYYY-MM-DD (kept for checks that depend on the date). */
  today: string;
}

/**
 * Near-duplicate warnings and personal-data errors. `files` are all content files (entries and the data
 * files beside them); `entries` the entries loaded from them.
 */
export function extraChecks(
  files: readonly SourceFile[],
  entries: readonly Entry[],
  _options: ExtraCheckOptions,
): Problem[] {
  return [...nearDuplicates(files, entries), ...personalData(files), ...verifications(files, entries)];
}

// ---------------------------------------------------------------------------------------------------
// Verified law references

/**
 * A legal snippet's `geverifieerd` must be about the articles the snippet cites, and its `bron` must be
 * an https address when it is an address at all. (The date is not compared with today: tests load the
 * shipped knowledge base with a fixed "today".)
 */
function verifications(files: readonly SourceFile[], entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.type !== 'wet' || !e.meta.geverifieerd) continue;
    const v = e.meta.geverifieerd;
    const line = lineOfKey(files, e.file, 'geverifieerd');
    const err = (message: string) => problems.push({ file: e.file, line, severity: 'error', message });
    const cited = new Set(e.meta.artikelen.map(normaliseArticle));
    for (const a of v.artikelen) {
      if (!cited.has(normaliseArticle(a)))
        err(`"geverifieerd" names ${a}, which is not in "artikelen" (${e.meta.artikelen.join(', ')})`);
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(v.bron) && !v.bron.startsWith('https://'))
      err(`"geverifieerd.bron" must be an https: address or the title of the page searched`);
  }
  return problems;
}

/** "Art. 4 lid 1" and "art.  4 lid 1" are the same article reference. */
function normaliseArticle(a: string): string {
  return a.toLowerCase().replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------
// Near-duplicates

interface Field {
  key: 'titel' | 'samenvatting';
  label: string;
  threshold: number;
}
const FIELDS: readonly Field[] = [
  { key: 'titel', label: 'similar title', threshold: TITLE_SIMILARITY },
  { key: 'samenvatting', label: 'similar summary', threshold: SUMMARY_SIMILARITY },
];

/** The set of folded words of a text. */
export function wordSet(text: string): Set<string> {
  return new Set(tokenizeWords(fold(text)));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function nearDuplicates(files: readonly SourceFile[], entries: readonly Entry[]): Problem[] {
  const sorted = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const problems: Problem[] = [];
  const reported = new Set<number>();
  for (const field of FIELDS) {
    const sets = sorted.map((e) => wordSet(e.meta[field.key]));
    for (const [i, j] of similarPairs(sets, field.threshold)) {
      // Warn once per later file, on the first field that matches (the title before the summary).
      if (reported.has(j)) continue;
      const later = sorted[j] as Entry;
      const earlier = sorted[i] as Entry;
      reported.add(j);
      problems.push({
        file: later.file,
        line: lineOfKey(files, later.file, field.key),
        severity: 'warning',
        message: `possible duplicate of ${earlier.id} (${field.label})`,
      });
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Pairs [i, j] (i < j) of sets with Jaccard similarity ≥ threshold, for each j the most similar earlier
 * i. Uses prefix filtering so it does not compare every pair: with each set's words ordered rarest first,
 * two sets that reach the threshold must share a word among the first |s| − ⌈t·|s|⌉ + 1 of each.
 */
function similarPairs(sets: readonly Set<string>[], threshold: number): [number, number][] {
  const df = new Map<string, number>();
  for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  sets.forEach((s, j) => {
    if (s.size === 0) return;
    const ordered = [...s].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1));
    const prefix = ordered.slice(0, s.size - Math.ceil(threshold * s.size) + 1);
    const candidates = new Set<number>();
    for (const w of prefix) for (const i of byWord.get(w) ?? []) candidates.add(i);
    let best = -1;
    let bestScore = 0;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const score = jaccard(sets[i] as Set<string>, s);
      if (score >= threshold && score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) pairs.push([best, j]);
    for (const w of prefix) {
      const list = byWord.get(w);
      if (list) list.push(j);
      else byWord.set(w, [j]);
    }
  });
  return pairs;
}

// ---------------------------------------------------------------------------------------------------
// Personal data

/** Words just before a date that make it a birth date. */
const BIRTH_CONTEXT =
  /(?<![\p{L}\p{N}])(?:geboren|geboorte\p{L}*|geb\.?|born|date of birth|dob)(?!\p{L})\W{0,3}(?:\p{L}+\W{1,3}){0,3}$/iu;

/**
 * The findings in a content file that are personal data. The knowledge base is full of dates that are
 * not (review dates, the day a law took effect), so a date only counts with a birth context before it
 * ("geboren op", "geboortedatum:", "geb."); a postcode only with a house number or street.
 */
export function personalDataIn(text: string): Finding[] {
  return findPersonalData(text).filter((f) => {
    if (f.kind === 'datum') {
      const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
      return BIRTH_CONTEXT.test(text.slice(lineStart, f.start));
    }
    if (f.kind === 'postcode') return placeholderFor(f) !== '[postcode]';
    return true;
  });
}

function labelOf(f: Finding): string {
  switch (f.kind) {
    case 'bsn':
      return 'BSN';
    case 'datum':
      return 'geboortedatum';
    case 'telefoon':
      return 'telefoonnummer';
    case 'email':
      return 'e-mailadres';
    default:
      // postcode and the other kinds: the placeholder without its brackets ("adres", "naam").
      return placeholderFor(f).slice(1, -1);
  }
}

/** One error per finding, at its line. The finding itself is not repeated in the message. */
function personalData(files: readonly SourceFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of files) {
    for (const finding of personalDataIn(f.text)) {
      problems.push({
        file: f.path,
        line: lineAt(f.text, finding.start),
        severity: 'error',
        message: `looks like personal data (${labelOf(finding)}): remove it`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Review

export type ReviewReason = 'verouderd' | 'te controleren';

export interface ReviewItem {
  id: string;
  file: string;
  reason: ReviewReason;
  /** For `verouderd`: when it was last checked; for `te controleren`: the reason given. */
  detail: string;
}

export interface ReviewGroup {
  curator: string;
  items: ReviewItem[];
}

/**
 * Entries due for review, grouped by curator (sorted by name; items by file): checked more than `days`
 * days before `today` (YYYY-MM-DD), or carrying `te_controleren`. An entry can be due for both reasons.
 */
export function reviewDue(entries: readonly Entry[], today: string, days = 365): ReviewGroup[] {
  const now = Date.parse(`${today}T00:00:00Z`);
  const groups = new Map<string, ReviewItem[]>();
  const add = (curator: string, item: ReviewItem) => {
    const list = groups.get(curator);
    if (list) list.push(item);
    else groups.set(curator, [item]);
  };
  for (const e of entries) {
    const checked = Date.parse(`${e.meta.laatst_gecontroleerd}T00:00:00Z`);
    const age = Math.floor((now - checked) / 86_400_000);
    if (age > days) {
      add(e.meta.curator, {
        id: e.id,
        file: e.file,
        reason: 'verouderd',
        detail: `last checked ${e.meta.laatst_gecontroleerd} (${age} days ago)`,
      });
    }
    if (e.meta.te_controleren) {
      add(e.meta.curator, {
        id: e.id,
        file: e.file,
        reason: 'te controleren',
        detail: e.meta.te_controleren,
      });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([curator, items]) => ({
      curator,
      items: items.sort((a, b) => cmp(a.file, b.file) || cmp(a.reason, b.reason)),
    }));
}

// ---------------------------------------------------------------------------------------------------

function lineOfKey(files: readonly SourceFile[], path: string, key: string): number {
  const text = files.find((f) => f.path === path)?.text ?? '';
  const idx = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return idx >= 0 ? idx + 1 : 1;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
