/**
 * The two-minute weighing: the proposal, one judgement and one line per value, optionally one
 * reference cost. Pre-filled from the precedent when opened with "Weeg dit".
 */
import type { KnowledgeIndex } from '../../../kb/search/search';
import { formatAmount, periodLabel } from '../../../kb/weighing/cite';
import { SHORT_ANSWERS, type ShortWeighing as Short } from '../../../kb/weighing/short-weighing';
import { VALUES } from '../../../kb/weighing/waardendriehoek';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { PrivacyField } from '../personal-data/PrivacyField';

interface Props {
  index: KnowledgeIndex;
  value: Short;
  onChange(v: Short): void;
  kept: ReadonlySet<string>;
  onKeep(key: string): void;
  onOpen(id: string): void;
}

export function ShortWeighing({ index, value: s, onChange, kept, onKeep, onOpen }: Props) {
  const t = useT();
  const refs = index.all.filter((h) => h.type === 'referentiekosten');
  return (
    <div class="short-weighing">
      <PrivacyField
        id="s-voorstel"
        label={t('wdProposal')}
        rows={2}
        value={s.voorstel}
        onValue={(voorstel) => onChange({ ...s, voorstel })}
        kept={kept}
        onKeep={onKeep}
      />
      {s.verwijzingen.length > 0 && (
        <p class="muted">
          {t('wdSimilar')}{' '}
          {s.verwijzingen.map((id) => (
            <button type="button" class="link" key={id} onClick={() => onOpen(id)} data-content>
              {index.header(id)?.titel ?? id}
            </button>
          ))}
        </p>
      )}
      {VALUES.map((v) => (
        <fieldset key={v} class={`side value-${v}`} data-side={v}>
          <legend>
            <strong>{t(v)}</strong> {t(`valueQ_${v}` as MessageKey)}
          </legend>
          <div class="answers">
            {SHORT_ANSWERS.map((a) => (
              <label key={a} class="radio">
                <input
                  type="radio"
                  name={`s-${v}`}
                  value={a}
                  checked={s.sides[v].answer === a}
                  onChange={() =>
                    onChange({ ...s, sides: { ...s.sides, [v]: { ...s.sides[v], answer: a } } })
                  }
                />{' '}
                {t(`answer_${a}` as MessageKey)}
              </label>
            ))}
          </div>
          <PrivacyField
            id={`s-side-${v}`}
            ariaLabel={t('wdSideNote', { value: t(v) })}
            placeholder={t('wdOneLine')}
            rows={3}
            value={s.sides[v].note}
            onValue={(note) => onChange({ ...s, sides: { ...s.sides, [v]: { ...s.sides[v], note } } })}
            kept={kept}
            onKeep={onKeep}
          />
        </fieldset>
      ))}
      <div class="field">
        <label for="s-reference">{t('wdReference')}</label>
        <select
          id="s-reference"
          value={s.reference?.sourceId ?? ''}
          onChange={(e) => {
            const id = (e.target as HTMLSelectElement).value;
            const r = id ? index.get(id) : undefined;
            if (!id) onChange({ ...s, reference: undefined });
            else if (r?.type === 'referentiekosten')
              onChange({
                ...s,
                reference: {
                  sourceId: r.id,
                  label: r.meta.titel,
                  amount: `${formatAmount(r.meta.bedrag)} ${periodLabel(r.meta.periode)}`,
                },
              });
          }}
        >
          <option value="">{t('wdNoReference')}</option>
          {s.reference?.sourceId && !refs.some((r) => r.id === s.reference?.sourceId) && (
            <option value={s.reference.sourceId}>{s.reference.label}</option>
          )}
          {refs.map((r) => (
            <option key={r.id} value={r.id}>
              {r.titel}
            </option>
          ))}
        </select>
        {s.reference && (
          <p class="muted" data-content>
            {s.reference.label}: {s.reference.amount}
          </p>
        )}
      </div>
    </div>
  );
}
