/** Facets over entries: type, wet, leefgebied, gemeente, status, with counts. */

import { lawByKey } from '../content/laws.ts';
import { type Entry, TYPE_LABELS } from '../content/schema.ts';

/** An entry as facets see it (an Entry with or without its file path); not imported from index-format, which imports this module. */
type FacetEntry = Entry extends infer E ? (E extends Entry ? Pick<E, 'type' | 'meta'> : never) : never;

export const FACETS = ['type', 'wet', 'leefgebied', 'gemeente', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string[]>>;

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** The values an entry has for a facet. */
export function facetValues(e: FacetEntry, facet: Facet): string[] {
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
