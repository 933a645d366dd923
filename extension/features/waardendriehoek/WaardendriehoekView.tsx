/**
 * One-click Waardendriehoek: weigh a maatwerk solution on betrokkenheid, legitimiteit and rendement, see
 * the balance, and turn it into a justification to copy or insert into the case form. Work in progress is
 * kept as a local draft that expires; notes are checked for personal data before they are kept or inserted.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LAWS } from '../../../kb/content/laws';
import { describeFindings, findPersonalData, maskPersonalData } from '../../../kb/privacy/privacy-guard';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { citation } from '../../../kb/weighing/cite';
import type { RendementInput } from '../../../kb/weighing/rendement';
import {
  ANSWER_LABELS,
  ANSWERS,
  type Answer,
  balance,
  ESCALATION_LADDER,
  emptyWeighing,
  justification,
  QUESTIONS,
  VALUE_LABELS,
  VALUE_QUESTIONS,
  VALUES,
  type Weighing,
} from '../../../kb/weighing/waardendriehoek';
import type { EscalationContact } from '../policy/policy';
import type { Draft, PanelDb } from '../storage/db';
import { deleteAllDrafts, deleteDraft, listDrafts, saveDraft } from '../storage/drafts';
import { RendementCalculator, rendementLines } from './RendementCalculator';
import { Triangle } from './Triangle';

export interface DraftData {
  weighing: Weighing;
  rendement: RendementInput;
}

interface Props {
  index: KnowledgeIndex;
  db: PanelDb;
  draftDays: number;
  /** Escalation contacts set by the organisation, shown with the ladder. */
  contacts?: EscalationContact[];
  /** An entry to weigh against ("weeg dit voor mijn casus"). */
  from?: string;
  now: () => number;
  onOpen(id: string): void;
  copy(text: string): void;
  prepareInsert(text: string): void;
  insertNow?: (text: string) => void;
  notify(message: string): void;
}

const LAW_CHOICES = LAWS.filter((l) => l.bwb || l.key === 'wgs');
const emptyRendement = (): RendementInput => ({ solution: [], alternative: [], horizonMonths: 12 });

function newWeighing(index: KnowledgeIndex, from?: string): Weighing {
  const w = emptyWeighing();
  const e = from ? index.get(from) : undefined;
  if (e) {
    w.verwijzingen = [e.id];
    const laws =
      e.type === 'wet'
        ? [e.meta.wet, ...(e.meta.wetten ?? [])]
        : 'wetten' in e.meta
          ? (e.meta.wetten ?? [])
          : [];
    w.wetten = [...new Set(laws)].filter((k) => LAW_CHOICES.some((l) => l.key === k));
  }
  return w;
}

export function WaardendriehoekView({
  index,
  db,
  draftDays,
  contacts = [],
  from,
  now,
  onOpen,
  copy,
  prepareInsert,
  insertNow,
  notify,
}: Props) {
  const [draftId, setDraftId] = useState(() => `wd-${now()}`);
  const [weighing, setWeighing] = useState<Weighing>(() => newWeighing(index, from));
  const [calc, setCalc] = useState<RendementInput>(emptyRendement);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [allowPersonal, setAllowPersonal] = useState(false);
  const dirty = useRef(false);

  const refreshDrafts = () => void listDrafts(db, now()).then(setDrafts);
  useEffect(refreshDrafts, []);

  const freeText = [
    weighing.voorstel,
    weighing.doel ?? '',
    ...Object.values(weighing.answers).map((a) => a?.note ?? ''),
  ].join('\n');
  const findings = useMemo(() => findPersonalData(freeText), [freeText]);

  // Autosave, but never text that looks like personal data unless the user chose to keep it anyway.
  useEffect(() => {
    if (!dirty.current || (findings.length && !allowPersonal)) return;
    const timer = setTimeout(() => {
      const title = weighing.voorstel.trim().slice(0, 80) || 'Afweging zonder titel';
      saveDraft(
        db,
        { id: draftId, title, data: { weighing, rendement: calc } satisfies DraftData },
        draftDays,
        now(),
      )
        .then(refreshDrafts)
        .catch((e: unknown) => notify(e instanceof Error ? e.message : String(e)));
    }, 600);
    return () => clearTimeout(timer);
  }, [weighing, calc, findings.length, allowPersonal]);

  const update = (w: Weighing) => {
    dirty.current = true;
    setWeighing(w);
  };
  const setAnswer = (qid: string, patch: { answer?: Answer; note?: string }) => {
    const cur = weighing.answers[qid];
    const answer = patch.answer ?? cur?.answer ?? 'weet-niet';
    update({
      ...weighing,
      answers: { ...weighing.answers, [qid]: { answer, note: patch.note ?? cur?.note } },
    });
  };
  const maskAll = () => {
    const m = (s: string | undefined) => (s ? maskPersonalData(s) : s);
    update({
      ...weighing,
      voorstel: m(weighing.voorstel) ?? '',
      doel: m(weighing.doel),
      answers: Object.fromEntries(
        Object.entries(weighing.answers).map(([k, a]) => [k, a ? { ...a, note: m(a.note) } : a]),
      ),
    });
  };

  const b = balance(weighing);
  const citations = weighing.verwijzingen
    .map((id) => index.get(id))
    .filter((e) => !!e)
    .map((e) => citation(e));
  const text = justification(weighing, { citations, rendement: rendementLines(index, calc) });
  const lawRefs = weighing.wetten.length
    ? index.query('', { filters: { wet: weighing.wetten, type: ['wet', 'instrument'] }, limit: 12 }).hits
    : [];

  const guard = (action: (t: string) => void) => () => {
    if (findings.length && !allowPersonal) {
      notify(`${describeFindings(findings)} Maskeer ze eerst, of kies “toch gebruiken”.`);
      return;
    }
    action(text);
  };

  return (
    <section class="waardendriehoek" aria-labelledby="wd-title">
      <h2 id="wd-title" tabIndex={-1}>
        Waardendriehoek
      </h2>
      <p class="muted">
        Weeg een maatwerkoplossing op drie waarden (Instituut voor Publieke Waarden). Schrijf geen namen of
        andere persoonsgegevens; het concept blijft op dit apparaat en verloopt na {draftDays} dagen.
      </p>

      {drafts.length > 0 && (
        <details class="drafts">
          <summary>Concepten ({drafts.length})</summary>
          <ul>
            {drafts.map((d) => (
              <li key={d.id} data-draft={d.id}>
                {d.title}{' '}
                <span class="muted">(verloopt {new Date(d.expiresAt).toLocaleDateString('nl-NL')})</span>{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    const data = d.data as DraftData;
                    setDraftId(d.id);
                    setWeighing(data.weighing);
                    setCalc(data.rendement ?? emptyRendement());
                  }}
                >
                  Hervat
                </button>{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => void deleteDraft(db, d.id).then(refreshDrafts)}
                >
                  Verwijder
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="danger" onClick={() => void deleteAllDrafts(db).then(refreshDrafts)}>
            Verwijder alle concepten
          </button>
        </details>
      )}

      <label for="wd-voorstel">Welke maatwerkoplossing weeg je? (zonder namen)</label>
      <textarea
        id="wd-voorstel"
        rows={2}
        value={weighing.voorstel}
        onInput={(e) => update({ ...weighing, voorstel: (e.target as HTMLTextAreaElement).value })}
      />

      {weighing.verwijzingen.length > 0 && (
        <p class="muted">
          Vergelijkbaar:{' '}
          {weighing.verwijzingen.map((id) => (
            <button type="button" class="link" key={id} onClick={() => onOpen(id)}>
              {index.header(id)?.titel ?? id}
            </button>
          ))}
        </p>
      )}

      {VALUES.map((v) => (
        <fieldset key={v} class={`value value-${v}`}>
          <legend>
            {VALUE_LABELS[v]}: {VALUE_QUESTIONS[v]}
          </legend>
          {v === 'legitimiteit' && (
            <div class="legit-help">
              <label for="wd-doel">Eerst het doel, dan de regel: wat heeft de inwoner nodig?</label>
              <input
                id="wd-doel"
                value={weighing.doel ?? ''}
                onInput={(e) => update({ ...weighing, doel: (e.target as HTMLInputElement).value })}
              />
              <p class="muted">
                Zo werkt de{' '}
                <button type="button" class="link" onClick={() => onOpen('omgekeerde-toets')}>
                  Omgekeerde Toets
                </button>{' '}
                (Stimulansz): begin bij het doel en zoek daarna de regel die het mogelijk maakt.
              </p>
              <fieldset class="laws">
                <legend>Welke wetten spelen mee?</legend>
                {LAW_CHOICES.map((l) => (
                  <label key={l.key} class="check">
                    <input
                      type="checkbox"
                      checked={weighing.wetten.includes(l.key)}
                      onChange={(e) =>
                        update({
                          ...weighing,
                          wetten: (e.target as HTMLInputElement).checked
                            ? [...weighing.wetten, l.key]
                            : weighing.wetten.filter((k) => k !== l.key),
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
                      <button type="button" class="link" onClick={() => onOpen(h.id)}>
                        {h.title}
                      </button>{' '}
                      {!weighing.verwijzingen.includes(h.id) && (
                        <button
                          type="button"
                          class="chip"
                          onClick={() =>
                            update({ ...weighing, verwijzingen: [...weighing.verwijzingen, h.id] })
                          }
                        >
                          + in onderbouwing
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <details>
                <summary>Loopt het vast op een regel? De escalatieladder</summary>
                <ol>
                  {ESCALATION_LADDER.map((s) => (
                    <li key={s.step}>
                      {s.entry ? (
                        <button type="button" class="link" onClick={() => onOpen(s.entry as string)}>
                          {s.step}
                        </button>
                      ) : (
                        s.step
                      )}
                    </li>
                  ))}
                </ol>
                {contacts.length > 0 && (
                  <>
                    <p>Aanspreekpunten in je organisatie:</p>
                    <ul class="contacts">
                      {contacts.map((c) => (
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
          {QUESTIONS.filter((q) => q.value === v).map((q) => (
            <fieldset key={q.id} class="question" data-question={q.id}>
              <legend>{q.text}</legend>
              <div class="answers">
                {ANSWERS.map((a) => (
                  <label key={a} class="radio">
                    <input
                      type="radio"
                      name={`q-${q.id}`}
                      value={a}
                      checked={weighing.answers[q.id]?.answer === a}
                      onChange={() => setAnswer(q.id, { answer: a })}
                    />{' '}
                    {ANSWER_LABELS[a]}
                  </label>
                ))}
              </div>
              <input
                aria-label={`Toelichting bij: ${q.text}`}
                placeholder="Toelichting (optioneel, zonder namen)"
                value={weighing.answers[q.id]?.note ?? ''}
                onInput={(e) => setAnswer(q.id, { note: (e.target as HTMLInputElement).value })}
              />
            </fieldset>
          ))}
          {v === 'rendement' && (
            <RendementCalculator
              index={index}
              value={calc}
              onChange={(c) => {
                dirty.current = true;
                setCalc(c);
              }}
            />
          )}
        </fieldset>
      ))}

      <Triangle
        balance={b}
        label={
          b.weakest
            ? `Zwakste kant: ${VALUE_LABELS[b.weakest].toLowerCase()}.`
            : 'Beantwoord vragen om de balans te zien.'
        }
      />

      {findings.length > 0 && (
        <div class="flag privacy" role="alert">
          <p>{describeFindings(findings)}</p>
          <button type="button" onClick={maskAll}>
            Maskeer persoonsgegevens
          </button>{' '}
          <button type="button" class="link" onClick={() => setAllowPersonal(true)}>
            Toch gebruiken
          </button>
        </div>
      )}

      <section class="justification" aria-labelledby="wd-result">
        <h3 id="wd-result">Onderbouwing</h3>
        <textarea readOnly rows={12} value={text} aria-labelledby="wd-result" />
        <div class="actions">
          <button type="button" onClick={guard(copy)}>
            Kopieer onderbouwing
          </button>
          <button type="button" onClick={guard(prepareInsert)}>
            Klaarzetten om in te voegen
          </button>
          {insertNow && (
            <button type="button" onClick={guard(insertNow)}>
              Invoegen in casussoftware
            </button>
          )}
        </div>
      </section>
    </section>
  );
}
