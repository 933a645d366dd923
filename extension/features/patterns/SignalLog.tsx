/**
 * "Ik liep hier ook tegenaan": the user's own signal log (only a knelpunt, a law and a date, on this
 * device), with the escalation advice at the third signal and a reminder after eight weeks. A second
 * signal on the same knelpunt on the same day is merged unless the user says it is a separate one.
 */
import { useEffect, useState } from 'preact/hooks';
import { lawByKey } from '../../../kb/content/laws';
import type { Knelpunt } from '../../../kb/content/side-files';
import { exportSignals, type Signal, signalAdvice, validateSignal } from '../../../kb/organisation/signals';
import { ESCALATION_LADDER } from '../../../kb/weighing/waardendriehoek';
import { saveFile } from '../download/save-file';
import { useT } from '../i18n/context';
import type { PanelDb } from '../storage/db';

interface Props {
  db: PanelDb;
  now: () => number;
  vocabulary: readonly Knelpunt[];
  names: Map<string, string>;
  notify(message: string): void;
  preset?: string;
}

export const today = (now: number) => new Date(now).toISOString().slice(0, 10);

export function SignalLog({ db, now, vocabulary, names, notify, preset }: Props) {
  const t = useT();
  const [signals, setSignals] = useState<Signal[]>([]);
  const [kp, setKp] = useState(preset ?? vocabulary[0]?.id ?? '');
  const laws = vocabulary.find((k) => k.id === kp)?.wetten ?? [];
  const [wet, setWet] = useState(laws[0] ?? '');
  const [duplicate, setDuplicate] = useState<Signal | null>(null);
  useEffect(() => setWet(laws[0] ?? ''), [kp]);
  const refresh = () => void db.signals.orderBy('date').toArray().then(setSignals);
  useEffect(refresh, []);
  const advice = signalAdvice(signals, today(now()));
  const name = (id: string) => names.get(id) ?? id;

  const store = (s: Signal) =>
    void db.signals
      .put(s)
      .then(refresh)
      .then(() => notify(t('signalLogged')));
  const log = () => {
    const s = validateSignal(
      { id: `s-${now()}`, knelpunt: kp, wet, date: today(now()), status: 'open' },
      new Set(names.keys()),
    );
    if (typeof s === 'string') return notify(s);
    if (signals.some((x) => x.knelpunt === s.knelpunt && x.date === s.date)) setDuplicate(s);
    else store(s);
  };

  return (
    <section aria-labelledby="signal-h" class="signal-log">
      <h3 id="signal-h">{t('signalThis')}</h3>
      <p class="muted">{t('signalHelp')}</p>
      <div class="field">
        <label for="signal-kp">{t('knelpunt')}</label>
        <select id="signal-kp" value={kp} onChange={(e) => setKp((e.target as HTMLSelectElement).value)}>
          {vocabulary.map((k) => (
            <option key={k.id} value={k.id}>
              {k.naam}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="signal-wet">{t('facet_wet')}</label>
        <select id="signal-wet" value={wet} onChange={(e) => setWet((e.target as HTMLSelectElement).value)}>
          {laws.map((w) => (
            <option key={w} value={w}>
              {lawByKey(w)?.short ?? w}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="primary" data-action="log-signal" onClick={log} disabled={!kp || !wet}>
        {t('signalLog')}
      </button>
      {duplicate && (
        <div class="flag" role="status">
          <p>{t('signalDuplicate', { name: name(duplicate.knelpunt) })}</p>
          <button
            type="button"
            onClick={() => {
              setDuplicate(null);
              notify(t('signalMerged'));
            }}
          >
            {t('signalMerge')}
          </button>{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              store(duplicate);
              setDuplicate(null);
            }}
          >
            {t('signalSeparate')}
          </button>
        </div>
      )}
      {advice.suggestEscalation.map((s) => (
        <div class="flag escalate" role="status" key={s.knelpunt}>
          <p>{t('signalEscalate', { n: s.count, name: name(s.knelpunt) })}</p>
          <ol data-content>
            {ESCALATION_LADDER.map((step) => (
              <li key={step.step}>{step.step}</li>
            ))}
          </ol>
        </div>
      ))}
      {advice.reminders.map((r) => (
        <p class="flag" role="status" key={r.id}>
          {t('signalReminder', { name: name(r.knelpunt), days: r.days })}
        </p>
      ))}
      {signals.length > 0 && (
        <>
          <table class="signals stack">
            <caption>{t('signalMine')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('knelpunt')}</th>
                <th scope="col">{t('facet_wet')}</th>
                <th scope="col">{t('facet_status')}</th>
              </tr>
            </thead>
            <tbody>
              {signals.map((s) => (
                <tr key={s.id} data-signal={s.id}>
                  <td data-label={t('date')}>{s.date}</td>
                  <td data-label={t('knelpunt')} data-content>
                    {name(s.knelpunt)}
                  </td>
                  <td data-label={t('facet_wet')}>{lawByKey(s.wet)?.short ?? s.wet}</td>
                  <td data-label={t('facet_status')}>
                    {s.status === 'open' ? (
                      <button
                        type="button"
                        class="link"
                        onClick={() => void db.signals.update(s.id, { status: 'geescaleerd' }).then(refresh)}
                      >
                        {t('signalMarkEscalated')}
                      </button>
                    ) : (
                      t('signalEscalated')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="actions">
            <button
              type="button"
              onClick={() => {
                const { csv, markdown } = exportSignals(signals, { today: today(now()) });
                saveFile(`signalen-${today(now()).slice(0, 7)}.csv`, csv, 'text/csv');
                saveFile(`signalen-${today(now()).slice(0, 7)}.md`, markdown, 'text/markdown');
                notify(t('signalExported'));
              }}
            >
              {t('signalExport')}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                if (!globalThis.confirm || globalThis.confirm(t('signalWipeConfirm')))
                  void db.signals
                    .clear()
                    .then(refresh)
                    .then(() => notify(t('signalWiped')));
              }}
            >
              {t('signalWipe')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
