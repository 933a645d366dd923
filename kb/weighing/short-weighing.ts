/**
 * The two-minute Waardendriehoek: the proposal, one judgement per value (ja / deels / nee plus one
 * line), optionally one reference cost, and a compact justification that lists only what was judged.
 * `shortFromPrecedent` pre-fills it from a found precedent: its title as the proposal, its own line per
 * value as the starting text, its avoided cost as the reference and the precedent as citation.
 * The full ten-question weighing (waardendriehoek.ts) stays for when the short one is not enough.
 */

import type { StoredEntry } from '../search/index-format.ts';
import { formatAmount, periodLabel } from './cite.ts';
import { VALUE_LABELS, VALUE_QUESTIONS, VALUES, type Value } from './waardendriehoek.ts';

export const SHORT_ANSWERS = ['ja', 'deels', 'nee'] as const;
export type ShortAnswer = (typeof SHORT_ANSWERS)[number];

export interface ShortSide {
  answer?: ShortAnswer;
  /** One line of explanation (no names). */
  note: string;
}

export interface ShortReference {
  /** The referentiekosten entry (or the precedent) the figure comes from. */
  sourceId?: string;
  label: string;
  amount: string;
}

export interface ShortWeighing {
  voorstel: string;
  sides: Record<Value, ShortSide>;
  reference?: ShortReference;
  /** Ids of entries cited as precedent. */
  verwijzingen: string[];
}

export function emptyShortWeighing(): ShortWeighing {
  return {
    voorstel: '',
    sides: { betrokkenheid: { note: '' }, legitimiteit: { note: '' }, rendement: { note: '' } },
    verwijzingen: [],
  };
}

/** The first sentence of a text, at most `max` characters (cut at a word). */
export function firstSentence(text: string, max = 160): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  const s = m?.[1] ?? t;
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:]$/, '')}…`;
}

/** A short weighing pre-filled from what a precedent already says. */
export function shortFromPrecedent(e: StoredEntry | undefined): ShortWeighing {
  const w = emptyShortWeighing();
  if (!e) return w;
  w.verwijzingen = [e.id];
  w.voorstel = e.meta.titel;
  if (e.type === 'voorbeeld') {
    for (const v of VALUES) w.sides[v].note = firstSentence(e.meta.waardendriehoek[v]);
    const kosten = e.meta.kosten ?? [];
    const avoided =
      kosten.find((c) => c.soort === 'vermeden') ?? kosten.find((c) => c.soort === 'mogelijk-vermeden');
    if (avoided)
      w.reference = {
        sourceId: avoided.referentie ?? e.id,
        label: `${firstSentence(avoided.omschrijving, 120)}${avoided.soort === 'mogelijk-vermeden' ? ' (mogelijk vermeden, niet zeker)' : ''}`,
        amount: `${formatAmount(avoided.bedrag)} ${periodLabel(avoided.periode)}`,
      };
  }
  return w;
}

/** Every text the user can type in a short weighing, by field, for the personal-data guard. */
export function shortTexts(s: ShortWeighing): [string, string][] {
  return [['voorstel', s.voorstel], ...VALUES.map((v): [string, string] => [`side-${v}`, s.sides[v].note])];
}

const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

/** The compact justification: only the judged values, no "not yet assessed" lines. */
export function shortJustification(s: ShortWeighing, citations: readonly string[]): string {
  const lines = ['Onderbouwing maatwerk (korte afweging met de Waardendriehoek)'];
  if (s.voorstel.trim()) lines.push(`Voorstel: ${s.voorstel.trim()}`);
  for (const v of VALUES) {
    const side = s.sides[v];
    if (!side.answer) continue;
    const note = side.note.trim();
    lines.push(`${VALUE_LABELS[v]}: ${cap(side.answer)}.${note ? ` ${note}` : ''}`);
  }
  if (s.reference) lines.push(`Referentiekosten: ${s.reference.label}: ${s.reference.amount} (indicatief).`);
  if (citations.length) lines.push('Onderbouwd met:', ...citations.map((c) => `- ${c}`));
  return lines.join('\n');
}

/** How many values have a judgement. */
export function judged(s: ShortWeighing): number {
  return VALUES.filter((v) => s.sides[v].answer).length;
}

export { VALUE_QUESTIONS };
