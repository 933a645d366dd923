/**
 * The rendement calculation as Dutch lines for the justification (it goes into a Dutch case file),
 * with the source of every reference figure.
 */
import { SOURCES } from '../../../kb/content/sources';
import type { KnowledgeIndex } from '../../../kb/search/search';
import type { RendementInput, RendementResult } from '../../../kb/weighing/rendement';
import { calculateRendement, formatEuro } from '../../../kb/weighing/rendement';

export function safeCalculate(v: RendementInput): { result: RendementResult | null; error: string | null } {
  try {
    return { result: calculateRendement(v), error: null };
  } catch (e) {
    return { result: null, error: e instanceof Error ? e.message : String(e) };
  }
}

export const range = (r: { min: number; max: number }, to = 'tot') =>
  r.min === r.max ? formatEuro(r.min) : `${formatEuro(r.min)} ${to} ${formatEuro(r.max)}`;

export function rendementLines(index: KnowledgeIndex, v: RendementInput): string[] {
  const { result } = safeCalculate(v);
  if (!result || (v.solution.length === 0 && v.alternative.length === 0)) return [];
  const lines = result.lines.map(
    (l) =>
      `${l.side === 'solution' ? 'Kosten maatwerk' : 'Waarschijnlijk alternatief'}: ${l.label}: ${l.explanation}`,
  );
  lines.push(
    `Over ${result.horizonMonths} maanden: maatwerk ${range(result.solution)}, alternatief ${range(result.alternative)}, verschil ${range(result.difference)} (indicatief).`,
  );
  if (result.possible.max > 0) lines.push(`Mogelijk vermeden, niet meegeteld: ${range(result.possible)}.`);
  for (const line of [...v.solution, ...v.alternative]) {
    const e = line.sourceId ? index.get(line.sourceId) : undefined;
    if (e)
      lines.push(
        `Bron bij "${e.meta.titel}": ${e.meta.bronnen.map((b) => `${SOURCES[b.bron].short}, ${b.sectie}`).join('; ')}.`,
      );
  }
  return lines;
}
