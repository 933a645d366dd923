/** Facets over entries: type, wet, leefgebied, gemeente, status, with counts. */

import type { StoredEntry } from './index-format.ts';
import { lawByKey } from './laws.ts';
import { TYPE_LABELS } from './schema.ts';

export const FACETS = ['type', 'wet', 'leefgebied', 'gemeente', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string[]>>;

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** The values an entry has for a facet. */
export function facetValues(e: StoredEntry, facet: Facet): string[] {
  const m = e.meta as Record<string, unknown>;
  switch (facet) {
    case 'type':
      return [e.type];
    case 'wet': {
      const set = new Set<string>();
      if (typeof m.wet === 'string') set.add(m.wet);
      if (Array.isArray(m.wetten)) for (const w of m.wetten as string[]) set.add(w);
      return [...set];
    }
    case 'leefgebied':
      return Array.isArray(m.leefgebieden) ? (m.leefgebieden as string[]) : [];
    case 'gemeente': {
      if (typeof m.gemeente === 'string') return [m.gemeente];
      return Array.isArray(m.gemeenten) ? (m.gemeenten as string[]) : [];
    }
    case 'status':
      return e.type === 'voorbeeld' ? [e.meta.status] : [];
  }
}

export function facetLabel(facet: Facet, value: string): string {
  if (facet === 'type') return TYPE_LABELS[value as keyof typeof TYPE_LABELS] ?? value;
  if (facet === 'wet') return lawByKey(value)?.short ?? value;
  if (facet === 'status') return value === 'niet-gelukt' ? 'niet gelukt' : value;
  return value;
}

/** True when the entry has at least one selected value in every facet that has a selection. */
export function matchesFilters(e: StoredEntry, filters: Filters): boolean {
  for (const facet of FACETS) {
    const wanted = filters[facet];
    if (!wanted || wanted.length === 0) continue;
    const have = facetValues(e, facet);
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}

/** Counts per facet value over the given entries, most frequent first. */
export function countFacets(entries: readonly StoredEntry[]): Record<Facet, FacetValue[]> {
  const out = {} as Record<Facet, FacetValue[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const e of entries) for (const v of facetValues(e, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
    out[facet] = [...counts]
      .map(([value, count]) => ({ value, label: facetLabel(facet, value), count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  }
  return out;
}
