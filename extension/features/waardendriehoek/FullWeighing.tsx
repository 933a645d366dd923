/**
 * The full weighing: the ten reflection questions by value, the purpose first (Omgekeerde Toets), the
 * laws involved with their entries, the escalation ladder, and the rendement calculation.
 */
import type { KnowledgeIndex } from '../../../kb/search/search';
import type { RendementInput } from '../../../kb/weighing/rendement';
import {
  ANSWERS,
  type Answer,
  ESCALATION_LADDER,
  QUESTIONS,
  VALUES,
  type Weighing,
} from '../../../kb/weighing/waardendriehoek';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { PrivacyField } from '../personal-data/PrivacyField';
import type { EscalationContact } from '../policy/policy';
import { RendementCalculator } from './RendementCalculator';
import { LAW_CHOICES } from './use-weighing';

interface Props {
  index: KnowledgeIndex;
  weighing: Weighing;
  onWeighing(w: Weighing): void;
  rendement: RendementInput;
  onRendement(r: RendementInput): void;
  contacts: EscalationContact[];
  kept: ReadonlySet<string>;
  onKeep(key: string): void;
  onOpen(id: string): void;
}

export function FullWeighing(p: Props) {
  const t = useT();
  const w = p.weighing;
  const update = p.onWeighing;
  const setAnswer = (qid: string, patch: { answer?: Answer; note?: string }) => {
    const cur = w.answers[qid];
    const answer = patch.answer ?? cur?.answer ?? 'weet-niet';
    update({ ...w, answers: { ...w.answers, [qid]: { answer, note: patch.note ?? cur?.note } } });
  };
  const lawRefs = w.wetten.length
    ? p.index.query('', { filters: { wet: w.wetten, type: ['wet', 'instrument'] }, limit: 12 }).hits
    : [];
  const field = { kept: p.kept, onKeep: p.onKeep };
  return (
    <div class="full-weighing">
      <PrivacyField
        id="wd-voorstel"
        label={t('wdProposal')}
        rows={2}
        value={w.voorstel}
        onValue={(voorstel) => update({ ...w, voorstel })}
        {...field}
      />
      {w.verwijzingen.length > 0 && (
        <p class="muted">
          {t('wdSimilar')}{' '}
          {w.verwijzingen.map((id) => (
            <button type="button" class="link" key={id} onClick={() => p.onOpen(id)} data-content>
              {p.index.header(id)?.titel ?? id}
            </button>
          ))}
        </p>
      )}
      {VALUES.map((v) => (
        <fieldset key={v} class={`value value-${v}`}>
          <legend>
            {t(v)}: {t(`valueQ_${v}` as MessageKey)}
          </legend>
          {v === 'legitimiteit' && (
            <div class="legit-help">
              <PrivacyField
                id="wd-doel"
                label={t('wdPurpose')}
                value={w.doel ?? ''}
                onValue={(doel) => update({ ...w, doel })}
                {...field}
              />
              <p class="muted">
                {t('wdReverseBefore')}{' '}
                <button type="button" class="link" onClick={() => p.onOpen('omgekeerde-toets')}>
                  {t('wdReverseName')}
                </button>{' '}
                {t('wdReverseAfter')}
              </p>
              <fieldset class="laws">
                <legend>{t('wdLaws')}</legend>
                {LAW_CHOICES.map((l) => (
                  <label key={l.key} class="check">
                    <input
                      type="checkbox"
                      checked={w.wetten.includes(l.key)}
                      onChange={(e) =>
                        update({
                          ...w,
                          wetten: (e.target as HTMLInputElement).checked
                            ? [...w.wetten, l.key]
                            : w.wetten.filter((k) => k !== l.key),
                        })
                      }
                    />{' '}
                    {l.short}
                  </label>
                ))}
              </fieldset>
              {lawRefs.length > 0 && (
                <ul class="law-refs">
                  {lawRefs.map((h) => (
                    <li key={h.id}>
                      <button type="button" class="link" onClick={() => p.onOpen(h.id)} data-content>
                        {h.title}
                      </button>{' '}
                      {!w.verwijzingen.includes(h.id) && (
                        <button
                          type="button"
                          class="chip"
                          onClick={() => update({ ...w, verwijzingen: [...w.verwijzingen, h.id] })}
                        >
                          {t('wdAddCitation')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <details>
                <summary>{t('wdLadder')}</summary>
                <ol data-content>
                  {ESCALATION_LADDER.map((s) => (
                    <li key={s.step}>
                      {s.entry ? (
                        <button type="button" class="link" onClick={() => p.onOpen(s.entry as string)}>
                          {s.step}
                        </button>
                      ) : (
                        s.step
                      )}
                    </li>
                  ))}
                </ol>
                {p.contacts.length > 0 && (
                  <>
                    <p>{t('wdContacts')}</p>
                    <ul class="contacts" data-content>
                      {p.contacts.map((c) => (
                        <li key={c.naam}>
                          {c.naam}
                          {c.rol ? `, ${c.rol}` : ''}
                          {c.contact ? ` (${c.contact})` : ''}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </details>
            </div>
          )}
          {QUESTIONS.filter((q) => q.value === v).map((q) => {
            const text = t(`q_${q.id}` as MessageKey);
            return (
              <fieldset key={q.id} class="question" data-question={q.id}>
                <legend>{text}</legend>
                <div class="answers">
                  {ANSWERS.map((a) => (
                    <label key={a} class="radio">
                      <input
                        type="radio"
                        name={`q-${q.id}`}
                        value={a}
                        checked={w.answers[q.id]?.answer === a}
                        onChange={() => setAnswer(q.id, { answer: a })}
                      />{' '}
                      {t(`answer_${a}` as MessageKey)}
                    </label>
                  ))}
                </div>
                <PrivacyField
                  id={`note-${q.id}`}
                  ariaLabel={t('wdNoteFor', { q: text })}
                  placeholder={t('wdNotePlaceholder')}
                  value={w.answers[q.id]?.note ?? ''}
                  onValue={(note) => setAnswer(q.id, { note })}
                  {...field}
                />
              </fieldset>
            );
          })}
          {v === 'rendement' && (
            <RendementCalculator index={p.index} value={p.rendement} onChange={p.onRendement} {...field} />
          )}
        </fieldset>
      ))}
    </div>
  );
}
