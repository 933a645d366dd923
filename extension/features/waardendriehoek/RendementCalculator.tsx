/**
 * Rendement: the cost of the maatwerk solution against the likely alternative if nothing is done, over a
 * chosen horizon. The alternative comes from the sourced reference costs or is typed by hand; every
 * reference figure shows its source, and the result is labelled indicatief.
 */

import { PERIODS, type Period } from '../../../kb/content/schema';
import { SOURCES } from '../../../kb/content/sources';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { formatAmount, periodLabel } from '../../../kb/weighing/cite';
import type { CostLine, RendementInput, RendementResult } from '../../../kb/weighing/rendement';
import { calculateRendement, formatEuro } from '../../../kb/weighing/rendement';

interface Props {
  index: KnowledgeIndex;
  value: RendementInput;
  onChange(v: RendementInput): void;
}

export function safeCalculate(v: RendementInput): { result: RendementResult | null; error: string | null } {
  try {
    return { result: calculateRendement(v), error: null };
  } catch (e) {
    return { result: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The calculation as lines for the justification, with the source of every reference figure. */
export function rendementLines(index: KnowledgeIndex, v: RendementInput): string[] {
  const { result } = safeCalculate(v);
  if (!result || (v.solution.length === 0 && v.alternative.length === 0)) return [];
  const range = (r: { min: number; max: number }) =>
    r.min === r.max ? formatEuro(r.min) : `${formatEuro(r.min)} tot ${formatEuro(r.max)}`;
  const lines = result.lines.map(
    (l) =>
      `${l.side === 'solution' ? 'Kosten maatwerk' : 'Waarschijnlijk alternatief'}: ${l.label}: ${l.explanation}`,
  );
  lines.push(
    `Over ${result.horizonMonths} maanden: maatwerk ${range(result.solution)}, alternatief ${range(result.alternative)}, verschil ${range(result.difference)} (indicatief).`,
  );
  for (const line of [...v.solution, ...v.alternative]) {
    const e = line.sourceId ? index.get(line.sourceId) : undefined;
    if (e)
      lines.push(
        `Bron bij "${e.meta.titel}": ${e.meta.bronnen.map((b) => `${SOURCES[b.bron].short}, ${b.sectie}`).join('; ')}.`,
      );
  }
  return lines;
}

const emptyLine = (label: string): CostLine => ({ label, amount: 0, period: 'eenmalig' });

export function RendementCalculator({ index, value, onChange }: Props) {
  const refs = index.all
    .filter((e) => e.type === 'referentiekosten')
    .map((h) => index.get(h.id))
    .filter((e) => e?.type === 'referentiekosten');
  const { result, error } = safeCalculate(value);
  const setLine = (side: 'solution' | 'alternative', i: number, patch: Partial<CostLine>) => {
    const lines = value[side].map((l, j) => (j === i ? { ...l, ...patch } : l));
    onChange({ ...value, [side]: lines });
  };
  const range = (r: { min: number; max: number }) =>
    r.min === r.max ? formatEuro(r.min) : `${formatEuro(r.min)} – ${formatEuro(r.max)}`;

  const lineEditor = (side: 'solution' | 'alternative', l: CostLine, i: number) => {
    const fromRef = !!l.sourceId;
    return (
      <fieldset key={`${side}-${i}`} class="cost-line">
        <legend>{side === 'solution' ? `Kostenpost ${i + 1}` : `Alternatief ${i + 1}`}</legend>
        {fromRef ? (
          <p>
            {l.label}:{' '}
            {typeof l.amount === 'number'
              ? formatEuro(l.amount)
              : `${formatEuro(l.amount.min)} – ${formatEuro(l.amount.max)}`}{' '}
            {periodLabel(l.period)} <span class="muted">(referentiebedrag uit de bronnen)</span>
          </p>
        ) : (
          <>
            <label>
              Omschrijving{' '}
              <input
                value={l.label}
                onInput={(e) => setLine(side, i, { label: (e.target as HTMLInputElement).value })}
              />
            </label>
            <label>
              Bedrag (€){' '}
              <input
                type="number"
                min="0"
                step="any"
                inputMode="decimal"
                value={typeof l.amount === 'number' ? l.amount : l.amount.min}
                onInput={(e) =>
                  setLine(side, i, { amount: Number((e.target as HTMLInputElement).value) || 0 })
                }
              />
            </label>
            <label>
              Per{' '}
              <select
                value={l.period}
                onChange={(e) =>
                  setLine(side, i, { period: (e.target as HTMLSelectElement).value as Period })
                }
              >
                {PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {periodLabel(p)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {l.period !== 'eenmalig' && l.period !== 'totaal' && (
          <label>
            Duur in maanden (leeg: de hele periode){' '}
            <input
              type="number"
              min="0"
              max="600"
              value={l.durationMonths ?? ''}
              onInput={(e) => {
                const raw = (e.target as HTMLInputElement).value;
                setLine(side, i, { durationMonths: raw === '' ? undefined : Number(raw) });
              }}
            />
          </label>
        )}
        <button
          type="button"
          class="link"
          onClick={() => onChange({ ...value, [side]: value[side].filter((_, j) => j !== i) })}
        >
          Verwijder
        </button>
      </fieldset>
    );
  };

  return (
    <section class="rendement" aria-labelledby="rendement-h">
      <h3 id="rendement-h">Rendementsberekening (indicatief)</h3>
      <h4>Kosten van de maatwerkoplossing</h4>
      {value.solution.map((l, i) => lineEditor('solution', l, i))}
      <button
        type="button"
        onClick={() => onChange({ ...value, solution: [...value.solution, emptyLine('Maatwerkoplossing')] })}
      >
        + Kostenpost
      </button>
      <h4>Waarschijnlijk alternatief als er niets gebeurt</h4>
      {value.alternative.map((l, i) => lineEditor('alternative', l, i))}
      <label>
        Kies een referentiebedrag{' '}
        <select
          value=""
          onChange={(e) => {
            const id = (e.target as HTMLSelectElement).value;
            const ref = refs.find((r) => r?.id === id);
            if (ref && ref.type === 'referentiekosten') {
              onChange({
                ...value,
                alternative: [
                  ...value.alternative,
                  {
                    // A possible saving says so and is totalled apart (kb/weighing/rendement.ts).
                    label:
                      ref.meta.soort === 'mogelijk-vermeden'
                        ? `${ref.meta.titel} (mogelijk vermeden)`
                        : ref.meta.titel,
                    amount: ref.meta.bedrag,
                    period: ref.meta.periode,
                    sourceId: ref.id,
                    possible: ref.meta.soort === 'mogelijk-vermeden',
                  },
                ],
              });
            }
          }}
        >
          <option value="">…</option>
          {refs.map((r) =>
            r && r.type === 'referentiekosten' ? (
              <option key={r.id} value={r.id}>
                {r.meta.titel} ({formatAmount(r.meta.bedrag)} {periodLabel(r.meta.periode)})
              </option>
            ) : null,
          )}
        </select>
      </label>{' '}
      <button
        type="button"
        onClick={() => onChange({ ...value, alternative: [...value.alternative, emptyLine('Alternatief')] })}
      >
        + Zelf invullen
      </button>
      <p>
        <label>
          Over hoeveel maanden?{' '}
          <input
            type="number"
            min="1"
            max="600"
            value={value.horizonMonths}
            onInput={(e) =>
              onChange({ ...value, horizonMonths: Number((e.target as HTMLInputElement).value) || 0 })
            }
          />
        </label>
      </p>
      <output class="rendement-result" aria-live="polite">
        {error ? (
          <span class="flag error">{error}</span>
        ) : result && (value.solution.length || value.alternative.length) ? (
          <>
            <strong>Indicatief</strong> over {result.horizonMonths} maanden: maatwerk {range(result.solution)}
            , alternatief {range(result.alternative)}. Verschil: {range(result.difference)}
            {result.difference.min > 0 ? ' bespaard.' : result.difference.max < 0 ? ' duurder.' : '.'}
          </>
        ) : (
          <span class="muted">Vul kosten in om te vergelijken.</span>
        )}
      </output>
    </section>
  );
}
