/** The proposal's text fields, their labels and rows, and the per-field check shown after the user left it. */
import type { Proposal } from '../../../kb/content/proposal';
import type { MessageKey } from '../i18n/messages';

export const TEXTS: [keyof Proposal, MessageKey, number][] = [
  ['titel', 'pf_titel', 1],
  ['samenvatting', 'pf_samenvatting', 2],
  ['gemeente', 'pf_gemeente', 1],
  ['periode', 'pf_periode', 1],
  ['situatie', 'pf_situatie', 4],
  ['knelpunt', 'pf_knelpunt', 3],
  ['maatwerk', 'pf_maatwerk', 3],
  ['uitkomst', 'pf_uitkomst', 3],
  ['betrokkenheid', 'pf_betrokkenheid', 2],
  ['legitimiteit', 'pf_legitimiteit', 2],
  ['rendement', 'pf_rendement', 2],
  ['sectie', 'pf_sectie', 1],
  ['curator', 'pf_curator', 1],
];

const PERIOD = /^(onbekend|\d{4}|\d{4}-\d{4})$/;

/** What is wrong with one field's value, as a message key, or null. */
export function fieldProblem(
  key: keyof Proposal,
  value: string,
): { key: MessageKey; vars?: Record<string, string | number> } | null {
  const v = value.trim();
  if (!v) return { key: 'pfRequired' };
  if (key === 'periode' && !PERIOD.test(v)) return { key: 'pfPeriod' };
  if (key === 'titel' && v.length > 120) return { key: 'pfTooLong', vars: { max: 120 } };
  if (key === 'samenvatting' && v.length > 300) return { key: 'pfTooLong', vars: { max: 300 } };
  return null;
}
