/** Plain-text renderings of an entry for the clipboard and the case form: a citation and a full copy. */

import { lawByKey, officialUrl } from '../content/laws.ts';
import { type Amount, type CostKind, TYPE_LABELS } from '../content/schema.ts';
import { SOURCES } from '../content/sources.ts';
import { plainText } from '../search/excerpt.ts';
import type { StoredEntry } from '../search/index-format.ts';
import { formatEuro, periodLabel } from './rendement.ts';

const KIND: Record<StoredEntry['type'], string> = {
  voorbeeld: 'voorbeeld',
  werkwijze: 'werkwijze',
  wet: 'wetgeving',
  instrument: 'instrument',
  referentiekosten: 'referentiekosten',
  leerroute: 'leerroute',
};

function sourceLabel(e: StoredEntry): string {
  const first = e.meta.bronnen.find((b) => b.bron !== 'wettekst') ?? e.meta.bronnen[0];
  if (!first) return '';
  const s = SOURCES[first.bron];
  return s.short;
}

function year(e: StoredEntry): string {
  if (e.type === 'voorbeeld' && e.meta.periode !== 'onbekend') return e.meta.periode;
  const first = e.meta.bronnen.find((b) => b.bron !== 'wettekst');
  return first ? SOURCES[first.bron].year : '';
}

/** "Zie voorbeeld: <titel> (<bron>, <jaar>)"; for a law: the law, articles and official link. */
export function citation(e: StoredEntry): string {
  if (e.type === 'wet') {
    const law = lawByKey(e.meta.wet);
    const url = e.meta.url || (law ? officialUrl(law) : '') || '';
    return `Zie ${law?.name ?? e.meta.wet}, ${e.meta.artikelen.join(', ')}: ${e.meta.titel}${url ? ` (${url})` : ''}`;
  }
  const y = year(e);
  const src = sourceLabel(e);
  const paren = [src, y && y !== 'onbekend' ? y : ''].filter(Boolean).join(', ');
  return `Zie ${KIND[e.type]}: ${e.meta.titel}${paren ? ` (${paren})` : ''}`;
}

export { periodLabel };

export function formatAmount(a: Amount): string {
  return typeof a === 'number' ? formatEuro(a) : `${formatEuro(a.min)} tot ${formatEuro(a.max)}`;
}

/** How each kind of amount reads in Dutch text: a possible saving never reads as a saving. */
export const COST_KIND_LABELS: Record<CostKind, string> = {
  kosten: 'kosten',
  vermeden: 'vermeden kosten',
  'mogelijk-vermeden': 'mogelijk vermeden, niet zeker',
};

/** The whole entry as plain text, readable when pasted into any form. */
export function entryAsText(e: StoredEntry): string {
  const lines: string[] = [`${e.meta.titel} (${TYPE_LABELS[e.type]})`, e.meta.samenvatting, ''];
  for (const [name, body] of Object.entries(e.sections)) {
    lines.push(`${name}:`, plainText(body), '');
  }
  if (e.type === 'voorbeeld') {
    for (const c of e.meta.kosten ?? [])
      lines.push(
        `- ${c.omschrijving}: ${formatAmount(c.bedrag)} ${periodLabel(c.periode)} (${COST_KIND_LABELS[c.soort]})`,
      );
    const w = e.meta.waardendriehoek;
    lines.push(
      '',
      `Betrokkenheid: ${w.betrokkenheid}`,
      `Legitimiteit: ${w.legitimiteit}`,
      `Rendement: ${w.rendement}`,
    );
  }
  if (e.type === 'referentiekosten') {
    lines.push(
      `Bedrag: ${formatAmount(e.meta.bedrag)} ${periodLabel(e.meta.periode)} (${COST_KIND_LABELS[e.meta.soort]})`,
    );
  }
  if (e.type === 'wet' && e.meta.geverifieerd) {
    const v = e.meta.geverifieerd;
    lines.push(`Wettekst nagekeken op ${v.datum} (${v.artikelen.join(', ')}): ${v.bron}`);
  }
  if (e.meta.te_controleren) lines.push(`Let op: ${e.meta.te_controleren}`);
  lines.push('', `Bron: ${e.meta.bronnen.map((b) => `${SOURCES[b.bron].short}, ${b.sectie}`).join('; ')}`);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
