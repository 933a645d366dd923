/**
 * Rendement: the cost of the maatwerk solution against the likely alternative if nothing is done, over a
 * chosen horizon. The alternative comes from the sourced reference costs or is typed by hand; every
 * reference figure shows its source, and the result is labelled indicatief. Cost lines stack at panel
 * width; a typed description is checked for personal data at its field.
 */
import { PERIODS, type Period } from '../../../kb/content/schema';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { formatAmount, periodLabel } from '../../../kb/weighing/cite';
import type { CostLine, RendementInput } from '../../../kb/weighing/rendement';
import { formatEuro } from '../../../kb/weighing/rendement';
import { useT } from '../i18n/context';
import { PrivacyField } from '../personal-data/PrivacyField';
import { range, safeCalculate } from './rendement-lines';

export { rendementLines, safeCalculate } from './rendement-lines';

interface Props {
  index: KnowledgeIndex;
  value: RendementInput;
  onChange(v: RendementInput): void;
  kept: ReadonlySet<string>;
  onKeep(key: string): void;
}

type Side = 'solution' | 'alternative';
const emptyLine = (label: string): CostLine => ({ label, amount: 0, period: 'eenmalig' });

export function RendementCalculator({ index, value, onChange, kept, onKeep }: Props) {
  const t = useT();
  const refs = index.all
    .filter((e) => e.type === 'referentiekosten')
    .map((h) => index.get(h.id))
    .filter((e) => e?.type === 'referentiekosten');
  const { result, error } = safeCalculate(value);
  const setLine = (side: Side, i: number, patch: Partial<CostLine>) =>
    onChange({ ...value, [side]: value[side].map((l, j) => (j === i ? { ...l, ...patch } : l)) });

  const lineEditor = (side: Side, l: CostLine, i: number) => (
    <fieldset key={`${side}-${i}`} class="cost-line">
      <legend>{t(side === 'solution' ? 'rdCostN' : 'rdAltN', { n: i + 1 })}</legend>
      {l.sourceId ? (
        <p>
          <span data-content>{l.label}</span>:{' '}
          {typeof l.amount === 'number'
            ? formatEuro(l.amount)
            : `${formatEuro(l.amount.min)} – ${formatEuro(l.amount.max)}`}{' '}
          {periodLabel(l.period)} <span class="muted">{t('rdFromSources')}</span>
        </p>
      ) : (
        <>
          <PrivacyField
            id={`cost-${side}-${i}`}
            label={t('rdDescription')}
            value={l.label}
            onValue={(label) => setLine(side, i, { label })}
            kept={kept}
            onKeep={onKeep}
          />
          <div class="row">
            <label>
              {t('rdAmount')}
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
              {t('rdPer')}
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
          </div>
        </>
      )}
      {l.period !== 'eenmalig' && l.period !== 'totaal' && (
        <label>
          {t('rdDuration')}
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
        {t('remove')}
      </button>
    </fieldset>
  );

  return (
    <section class="rendement" aria-labelledby="rendement-h">
      <h3 id="rendement-h">{t('rdTitle')}</h3>
      <h4>{t('rdSolution')}</h4>
      {value.solution.map((l, i) => lineEditor('solution', l, i))}
      <button
        type="button"
        data-action="add-cost"
        onClick={() => onChange({ ...value, solution: [...value.solution, emptyLine('Maatwerkoplossing')] })}
      >
        {t('rdAddCost')}
      </button>
      <h4>{t('rdAlternative')}</h4>
      {value.alternative.map((l, i) => lineEditor('alternative', l, i))}
      <label>
        {t('rdPickReference')}
        <select
          value=""
          onChange={(e) => {
            const ref = refs.find((r) => r?.id === (e.target as HTMLSelectElement).value);
            if (ref?.type !== 'referentiekosten') return;
            const possible = ref.meta.soort === 'mogelijk-vermeden';
            onChange({
              ...value,
              alternative: [
                ...value.alternative,
                {
                  // A possible saving says so and is totalled apart (kb/weighing/rendement.ts).
                  label: possible ? `${ref.meta.titel} (mogelijk vermeden)` : ref.meta.titel,
                  amount: ref.meta.bedrag,
                  period: ref.meta.periode,
                  sourceId: ref.id,
                  possible,
                },
              ],
            });
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
      </label>
      <button
        type="button"
        onClick={() => onChange({ ...value, alternative: [...value.alternative, emptyLine('Alternatief')] })}
      >
        {t('rdAddOwn')}
      </button>
      <label>
        {t('rdHorizon')}
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
      <output class="rendement-result" aria-live="polite">
        {error ? (
          <span class="flag error">{error}</span>
        ) : result && (value.solution.length || value.alternative.length) ? (
          <>
            <strong>{t('rdIndicative')}</strong>{' '}
            {t('rdResult', {
              months: result.horizonMonths,
              solution: range(result.solution, '–'),
              alternative: range(result.alternative, '–'),
              difference: range(result.difference, '–'),
            })}
            {t(result.difference.min > 0 ? 'rdSaved' : result.difference.max < 0 ? 'rdDearer' : 'rdEven')}
            {result.possible.max > 0 && <> {t('rdPossible', { possible: range(result.possible, '–') })}</>}
          </>
        ) : (
          <span class="muted">{t('rdEmpty')}</span>
        )}
      </output>
    </section>
  );
}
