/** How an entry becomes the searchable fields of the index. */
import type { StoredEntry } from './index-format.ts';
import type { IndexDoc } from './search-options.ts';

/** The section that says what blocked or where the room is, weighted apart from the rest of the text. */
const KNELPUNT_SECTIONS = ['Knelpunt', 'Ruimte voor maatwerk', 'Wanneer inzetten'];

/**
 * `zoekvragen`: the searches written for the entry (zoekvragen.yaml), indexed in the voorbeeldvragen field
 * after the entry's own.
 */
export function toIndexDoc(e: StoredEntry, zoekvragen: readonly string[] = []): IndexDoc {
  const m = e.meta as Record<string, unknown>;
  const knelpunt = KNELPUNT_SECTIONS.map((s) => e.sections[s] ?? '').join('\n');
  const rest = Object.entries(e.sections)
    .filter(([k]) => !KNELPUNT_SECTIONS.includes(k))
    .map(([, v]) => v);
  const extra: string[] = [];
  for (const key of ['gemeente', 'eigenaar']) if (typeof m[key] === 'string') extra.push(m[key] as string);
  if (Array.isArray(m.gemeenten)) extra.push(...(m.gemeenten as string[]));
  if (e.type === 'voorbeeld') {
    const w = e.meta.waardendriehoek;
    extra.push(w.betrokkenheid, w.legitimiteit, w.rendement);
    for (const c of e.meta.kosten ?? []) extra.push(c.omschrijving);
  }
  return {
    id: e.id,
    titel: e.meta.titel,
    samenvatting: e.meta.samenvatting,
    trefwoorden: e.meta.trefwoorden.join(' \n '),
    zoektermen: (e.meta.zoektermen ?? []).join(' \n '),
    voorbeeldvragen: [...(e.meta.voorbeeldvragen ?? []), ...zoekvragen].join(' \n '),
    knelpunt,
    tekst: [...rest, ...extra].join('\n'),
  };
}
