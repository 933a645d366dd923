/**
 * Training mode: walk a learning path step by step. Each step shows the situation first and a question to
 * discuss; the trainee notes an answer (kept only on screen, never stored), then reveals what was done and
 * what it shows. Which steps are done is kept locally.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredEntry } from '../../../kb/search/index-format';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { Reflection } from '../entry/Reflection';
import { useT } from '../i18n/context';
import { Markdown } from '../markdown/Markdown';
import type { PanelDb } from '../storage/db';
import { store } from '../storage/store';

interface Props {
  index: KnowledgeIndex;
  db: PanelDb;
  route: StoredEntry & { type: 'leerroute' };
  onOpen(id: string): void;
  onPrint(ids: string[]): void;
}

/** What to show before the reveal, and what the reveal adds. */
function split(e: StoredEntry): { before: string[]; after: string[] } {
  if (e.type === 'voorbeeld')
    return { before: ['Situatie', 'Knelpunt'], after: ['Maatwerk', 'Uitkomst', 'Lessen', 'Let op'] };
  const names = Object.keys(e.sections);
  return { before: names.slice(0, 1), after: names.slice(1) };
}

function Sections({ entry, names }: { entry: StoredEntry; names: string[] }) {
  return (
    <>
      {names.map((name) =>
        entry.sections[name] ? (
          <section key={name} data-content>
            <h3>{name}</h3>
            <Markdown source={entry.sections[name] as string} />
          </section>
        ) : null,
      )}
    </>
  );
}

export function TrainingView({ index, db, route, onOpen, onPrint }: Props) {
  const t = useT();
  const steps = route.meta.stappen;
  const [step, setStep] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [answer, setAnswer] = useState('');
  const [done, setDone] = useState<number[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void store.progress(db, route.id).then((d) => {
      setDone(d);
      const next = steps.findIndex((_, i) => !d.includes(i));
      setStep(Math.max(next, 0));
    });
  }, [route.id]);
  useEffect(() => {
    setRevealed(false);
    setAnswer('');
    heading.current?.focus();
  }, [step]);

  const s = steps[step];
  const e = s ? index.get(s.item) : undefined;
  if (!s || !e) return <p class="muted">{t('trStepMissing')}</p>;
  const parts = split(e);
  const finish = () => void store.markStep(db, route.id, step).then(setDone);

  return (
    <section class="training" aria-labelledby="training-h">
      <p class="muted">
        <span data-content>{route.meta.titel}</span> ·{' '}
        {t('trProgress', { step: step + 1, total: steps.length, done: done.length })}
      </p>
      <progress max={steps.length} value={done.length} aria-label={t('trProgressLabel')} />
      <h2 id="training-h" tabIndex={-1} ref={heading} data-content>
        {e.meta.titel}
      </h2>
      <p class="summary" data-content>
        {e.meta.samenvatting}
      </p>
      <Sections entry={e} names={parts.before} />
      <div class="question-box">
        <h3>{t('trWhatWouldYouDo')}</h3>
        <p data-content>{s.vraag}</p>
        <label for="training-answer">{t('trAnswer')}</label>
        <textarea
          id="training-answer"
          rows={3}
          value={answer}
          onInput={(ev) => setAnswer((ev.target as HTMLTextAreaElement).value)}
        />
      </div>
      {!revealed ? (
        <button
          type="button"
          class="primary"
          data-action="reveal"
          onClick={() => {
            setRevealed(true);
            finish();
          }}
        >
          {t('trReveal')}
        </button>
      ) : (
        <div class="reveal" aria-live="polite">
          <Sections entry={e} names={parts.after} />
          {e.type === 'voorbeeld' && <Reflection entry={e} />}
          <section class="lesson">
            <h3>{t('trLesson')}</h3>
            <p data-content>{s.les}</p>
          </section>
        </div>
      )}
      <div class="actions">
        <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
          {t('trPrev')}
        </button>
        <button type="button" disabled={step >= steps.length - 1} onClick={() => setStep(step + 1)}>
          {t('trNext')}
        </button>
        <button type="button" class="link" onClick={() => onOpen(e.id)}>
          {t('trOpenItem')}
        </button>
        <button type="button" class="link" onClick={() => onPrint(steps.map((x) => x.item))}>
          {t('trPrintRoute')}
        </button>
      </div>
    </section>
  );
}
