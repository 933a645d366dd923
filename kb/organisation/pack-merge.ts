/**
 * Packs beside the bundled knowledge base: ids namespaced per pack, versions ordered, totals capped, a
 * merge that can never fail on an id, and search that keeps bundled entries first at equal relevance.
 *
 * Namespacing: an entry `scootmobiel` of the pack "Gemeente Zwolle" is `gemeente-zwolle--scootmobiel`
 * in the panel. Bundled ids are kebab-case and can never hold `--` (ID_PATTERN), so a namespaced id never
 * equals a bundled id of this release or of any later one; and two packs never share a namespace (the
 * panel refuses a second pack with the same namespace). Packs stored before namespacing keep their plain
 * ids; if a later release ships one of them, the bundled entry wins and the pack entry is "shadowed".
 */

import { fold } from '../search/analysis/fold.ts';
import type { StoredEntry } from '../search/index-format.ts';
import type { DetailedHit, KnowledgeIndex, SearchHit, SearchResponse } from '../search/search.ts';
import { DEFAULT_LIMIT } from '../search/search-options.ts';
import type { Pack } from './pack.ts';
import { utf8Length } from './pack.ts';
import { sanitizePackEntry } from './pack-safety.ts';

export const NAMESPACE_SEPARATOR = '--';
const MAX_NAMESPACE = 40;

/** All packs together: at most this many packs, entries and bytes (of their entries as JSON). */
export const MAX_PACKS = 10;
export const MAX_TOTAL_PACK_ENTRIES = 10_000;
export const MAX_TOTAL_PACK_BYTES = 32 * 1024 * 1024;

/** The namespace of a pack: its name folded to kebab-case ("Gemeente Zwolle" → "gemeente-zwolle"). */
export function packNamespace(name: string): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_NAMESPACE).replace(/-+$/, '');
}

export function namespacedId(namespace: string, id: string): string {
  return `${namespace}${NAMESPACE_SEPARATOR}${id}`;
}

/** The namespace of a namespaced id, or null for a bundled (or legacy) id. */
export function namespaceOf(id: string): string | null {
  const i = id.indexOf(NAMESPACE_SEPARATOR);
  return i > 0 ? id.slice(0, i) : null;
}

/**
 * Orders two pack versions: dot/dash-separated parts, numbers numerically ("1.10" after "1.9",
 * "2026.11.2" after "2026.11"), other parts by text. 0 when equal.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+_-]/);
  const pb = b.split(/[.+_-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : Number.NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : Number.NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx < ny ? -1 : 1;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The entries of a validated pack as the panel stores them: namespaced ids (and links between the
 * pack's own entries rewritten to match; links to bundled entries kept), sanitized (pack-safety.ts).
 */
export function preparePackEntries(pack: Pick<Pack, 'name' | 'entries'>): StoredEntry[] {
  const ns = packNamespace(pack.name);
  const own = new Set(pack.entries.map((e) => e.id));
  const ref = (id: string) => (own.has(id) ? namespacedId(ns, id) : id);
  return pack.entries.map((raw) => {
    const e = sanitizePackEntry(raw);
    const meta = { ...e.meta } as Record<string, unknown> & StoredEntry['meta'];
    if (meta.gerelateerd) meta.gerelateerd = meta.gerelateerd.map(ref);
    if (e.type === 'voorbeeld' && e.meta.kosten)
      meta.kosten = e.meta.kosten.map((c) => (c.referentie ? { ...c, referentie: ref(c.referentie) } : c));
    if (e.type === 'leerroute') meta.stappen = e.meta.stappen.map((s) => ({ ...s, item: ref(s.item) }));
    return { ...e, id: namespacedId(ns, e.id), meta } as StoredEntry;
  });
}

/** The bytes a pack's entries take (UTF-8 JSON): what MAX_TOTAL_PACK_BYTES counts. */
export function entriesBytes(entries: readonly StoredEntry[]): number {
  return utf8Length(JSON.stringify(entries));
}

/** What the totals count of a pack. */
export interface PackSize {
  entryCount: number;
  bytes: number;
}

export function packSize(entries: readonly StoredEntry[]): PackSize {
  return { entryCount: entries.length, bytes: entriesBytes(entries) };
}

/** Why one more pack would exceed the totals, or null. `others`: the packs already there. */
export function totalsProblem(others: readonly PackSize[], incoming: PackSize): string | null {
  if (others.length + 1 > MAX_PACKS) return `at most ${MAX_PACKS} packs can be active together`;
  const entries = others.reduce((n, p) => n + p.entryCount, 0) + incoming.entryCount;
  if (entries > MAX_TOTAL_PACK_ENTRIES)
    return `all packs together would hold ${entries} entries; at most ${MAX_TOTAL_PACK_ENTRIES} are accepted`;
  const bytes = others.reduce((n, p) => n + p.bytes, 0) + incoming.bytes;
  if (bytes > MAX_TOTAL_PACK_BYTES)
    return `all packs together would take ${Math.round(bytes / 1048576)} MB; at most ${MAX_TOTAL_PACK_BYTES / 1048576} MB is accepted`;
  return null;
}

export interface MergeResult {
  entries: StoredEntry[];
  /** Pack name of every pack entry that made it in, by id. */
  origin: Map<string, string>;
  /** Pack entries left out because the id was taken (bundled wins; then the pack listed first). */
  shadowed: { pack: string; id: string }[];
  /** Packs left out whole because the totals were reached (only packs stored before the caps). */
  overCap: string[];
}

/**
 * Bundled entries and pack entries in one list, never two with one id: a pack entry whose id is taken
 * is left out and reported as shadowed. Packs beyond MAX_TOTAL_PACK_ENTRIES are left out whole.
 */
export function mergePackEntries(
  bundled: readonly StoredEntry[],
  packs: readonly { name: string; entries: readonly StoredEntry[] }[],
): MergeResult {
  const taken = new Set(bundled.map((e) => e.id));
  const entries = [...bundled];
  const origin = new Map<string, string>();
  const shadowed: MergeResult['shadowed'] = [];
  const overCap: string[] = [];
  let total = 0;
  for (const p of packs) {
    if (total + p.entries.length > MAX_TOTAL_PACK_ENTRIES) {
      overCap.push(p.name);
      continue;
    }
    total += p.entries.length;
    for (const e of p.entries) {
      if (taken.has(e.id)) {
        shadowed.push({ pack: p.name, id: e.id });
        continue;
      }
      taken.add(e.id);
      entries.push(e);
      origin.set(e.id, p.name);
    }
  }
  return { entries, origin, shadowed, overCap };
}

/** A pack hit's score counts this much against a bundled hit's. */
export const PACK_SCORE_WEIGHT = 0.8;
/** Of every page of hits, pack hits take at most this share while bundled hits remain. */
export const PACK_SHARE = 0.5;

/**
 * Orders hits: pack scores weighed PACK_SCORE_WEIGHT, bundled first at equal score, and pack hits held
 * to PACK_SHARE of the first `limit` places as long as bundled hits are left to fill them. Adding many
 * entries that all match a word also lowers that word's weight for the bundled entries (BM25 counts in
 * how many entries a word occurs), so the share, not the score, is what keeps bundled entries visible.
 */
export function orderPackHits<T extends { id: string; score: number }>(
  hits: readonly T[],
  isPack: (id: string) => boolean,
  limit: number,
  /** A pack hit's score on the bundled hits' scale (see baseScaleRatio); its own score by default. */
  packScale = 1,
): T[] {
  const sorted = hits
    .map((h, i) => ({
      h,
      i,
      p: isPack(h.id),
      s: isPack(h.id) ? h.score * packScale * PACK_SCORE_WEIGHT : h.score,
    }))
    .sort((a, b) => b.s - a.s || Number(a.p) - Number(b.p) || a.i - b.i);
  const maxPack = Math.floor(limit * PACK_SHARE);
  const out: T[] = [];
  const held: T[] = [];
  let packs = 0;
  let bundledLeft = sorted.filter((x) => !x.p).length;
  for (const x of sorted) {
    if (!x.p) {
      bundledLeft--;
      out.push(x.h);
    } else if (out.length >= limit || packs < maxPack || bundledLeft === 0) {
      packs++;
      out.push(x.h);
    } else held.push(x.h);
    // Once the page is full of bundled hits, or none are left, held pack hits follow in order.
    if (held.length && (bundledLeft === 0 || out.length >= limit)) out.push(...held.splice(0));
  }
  return [...out, ...held];
}

/**
 * What a merged-index score is worth on the bundled index's scale. Each index scales its scores to its own
 * best hit (search.ts, exact forms), so the two lists are compared through an anchor: the best bundled
 * entry both return, whose score in each index gives the ratio (1 without a shared entry). A ratio, not
 * rescored copies: a hit's excerpt is built lazily, and copying the hit would build it.
 */
export function baseScaleRatio(
  own: readonly { id: string; score: number }[],
  mergedHits: readonly { id: string; score: number }[],
): number {
  const inMerged = new Map(mergedHits.map((h) => [h.id, h.score]));
  for (const h of own) {
    const m = inMerged.get(h.id);
    if (m !== undefined && m > 0 && h.score > 0) return h.score / m;
  }
  return 1;
}

/** A hit as the merged index returns it: `pack` names the pack of a pack entry. */
export type PackAwareHit = DetailedHit & { pack?: string };

/**
 * The merged index (bundled and pack entries), searched so that packs cannot push bundled entries
 * away: bundled hits come from `base` (the bundled index alone, so pack entries do not dilute its word
 * weights), pack hits from `merged`; orderPackHits combines them. Everything else is the merged index
 * itself (a Proxy: other methods run on the real instance).
 */
export function bundledFirst(
  merged: KnowledgeIndex,
  base: KnowledgeIndex,
  isPack: (id: string) => boolean,
  /** The label a pack hit carries (as `pack` on the hit) so the result list can mark it. */
  labelOf?: (id: string) => string | undefined,
): KnowledgeIndex {
  const bound = new Map<PropertyKey, unknown>();
  const search = (q: string, options: Parameters<KnowledgeIndex['search']>[1] = {}): SearchHit[] => {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const all = merged.search(q, options);
    const own = base.search(q, options);
    const packHits = all.filter((h) => isPack(h.id));
    return orderPackHits([...own, ...packHits], isPack, limit, baseScaleRatio(own, all)).slice(0, limit);
  };
  const query = (q: string, options: Parameters<KnowledgeIndex['query']>[1] = {}): SearchResponse => {
    const r = merged.query(q, options);
    if (r.mode === 'browse') return r;
    const limit = options.limit ?? DEFAULT_LIMIT;
    const own = base.query(q, options);
    const hits: PackAwareHit[] = orderPackHits(
      [...own.hits, ...r.hits.filter((h) => isPack(h.id))],
      isPack,
      limit,
      baseScaleRatio(own.hits, r.hits),
    )
      .slice(0, limit)
      .map((h) => (labelOf && isPack(h.id) ? { ...h, pack: labelOf(h.id) ?? '' } : h));
    return { ...r, hits };
  };
  return new Proxy(merged, {
    get(target, prop) {
      if (prop === 'search') return search;
      if (prop === 'query') return query;
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (!bound.has(prop)) bound.set(prop, value.bind(target));
      return bound.get(prop);
    },
  });
}
