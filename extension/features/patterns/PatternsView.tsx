/**
 * From case to pattern: the knelpunten the knowledge base's cases share, marked as a pattern where three
 * or more cases share one and a law, with what the sources recommend at that level; and the user's own
 * signal log ("ik liep hier ook tegenaan"): only a knelpunt, a law and a date, counted locally, with an
 * escalation suggestion at the third signal and a reminder after eight weeks (the Almelo rule).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { lawByKey } from '../../../kb/content/laws';
import { escalationAdvice, rankKnelpunten } from '../../../kb/organisation/patterns';
import { exportSignals, type Signal, signalAdvice, validateSignal } from '../../../kb/organisation/signals';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { ESCALATION_LADDER } from '../../../kb/weighing/waardendriehoek';
import { saveFile } from '../download/save-file';
import type { PanelDb } from '../storage/db';

interface Props {
  index: KnowledgeIndex;
  db: PanelDb;
  now: () => number;
  onOpen(id: string): void;
  notify(message: string): void;
  /** Preselected knelpunt (from a case: "ik liep hier ook tegenaan"). */
  knelpunt?: string;
}

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

export function PatternsView({ index, db, now, onOpen, notify, knelpunt: preset }: Props) {
  const vocabulary = index.asset.knelpunten ?? [];
  const names = useMemo(() => new Map(vocabulary.map((k) => [k.id, k.naam])), [vocabulary]);
  const rows = useMemo(() => {
    const cases = index.all.flatMap((h) => {
      const e = index.get(h.id);
      return e?.type === 'voorbeeld'
        ? [
            {
              id: e.id,
              gemeente: e.meta.gemeente,
              wetten: e.meta.wetten,
              knelpunten: e.meta.knelpunten ?? [],
            },
          ]
        : [];
    });
    return rankKnelpunten(cases, vocabulary);
  }, [index, vocabulary]);
  const [signals, setSignals] = useState<Signal[]>([]);
  const [kp, setKp] = useState(preset ?? vocabulary[0]?.id ?? '');
  const laws = vocabulary.find((k) => k.id === kp)?.wetten ?? [];
  const [wet, setWet] = useState(laws[0] ?? '');
  useEffect(() => setWet(laws[0] ?? ''), [kp]);

  const refresh = () => void db.signals.orderBy('date').toArray().then(setSignals);
  useEffect(refresh, []);
  const advice = signalAdvice(signals, today(now()));

  const log = () => {
    const s = validateSignal(
      { id: `s-${now()}`, knelpunt: kp, wet, date: today(now()), status: 'open' },
      new Set(names.keys()),
    );
    if (typeof s === 'string') {
      notify(s);
      return;
    }
    void db.signals
      .put(s)
      .then(refresh)
      .then(() => notify('Signaal vastgelegd, alleen op dit apparaat.'));
  };

  return (
    <section class="patterns" aria-labelledby="patterns-h">
      <h2 id="patterns-h">Van casus naar patroon</h2>

      <section aria-labelledby="signal-h" class="signal-log">
        <h3 id="signal-h">Ik liep hier ook tegenaan</h3>
        <p class="muted">
          Leg vast dat je tegen een knelpunt aanliep: alleen het knelpunt, de wet en de datum, geen namen of
          andere tekst. Het blijft op dit apparaat.
        </p>
        <label for="signal-kp">Knelpunt</label>{' '}
        <select id="signal-kp" value={kp} onChange={(e) => setKp((e.target as HTMLSelectElement).value)}>
          {vocabulary.map((k) => (
            <option key={k.id} value={k.id}>
              {k.naam}
            </option>
          ))}
        </select>{' '}
        <label for="signal-wet">Wet</label>{' '}
        <select id="signal-wet" value={wet} onChange={(e) => setWet((e.target as HTMLSelectElement).value)}>
          {laws.map((w) => (
            <option key={w} value={w}>
              {lawByKey(w)?.short ?? w}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={log} disabled={!kp || !wet}>
          Leg signaal vast
        </button>
        {advice.suggestEscalation.map((s) => (
          <div class="flag escalate" role="status" key={s.knelpunt}>
            <p>
              Je liep {s.count} keer tegen <strong>{names.get(s.knelpunt) ?? s.knelpunt}</strong> aan. Kom je
              iets drie keer tegen, dan hoort het bij beleid: tijd om te escaleren.
            </p>
            <ol>
              {ESCALATION_LADDER.map((step) => (
                <li key={step.step}>{step.step}</li>
              ))}
            </ol>
          </div>
        ))}
        {advice.reminders.map((r) => (
          <p class="flag" role="status" key={r.id}>
            Dit signaal over {names.get(r.knelpunt) ?? r.knelpunt} staat al {r.days} dagen open: worstel je
            langer dan acht weken, escaleer dan (Almelo).
          </p>
        ))}
        {signals.length > 0 && (
          <>
            <table class="signals">
              <caption>Mijn signalen</caption>
              <thead>
                <tr>
                  <th scope="col">Datum</th>
                  <th scope="col">Knelpunt</th>
                  <th scope="col">Wet</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {signals.map((s) => (
                  <tr key={s.id} data-signal={s.id}>
                    <td>{s.date}</td>
                    <td>{names.get(s.knelpunt) ?? s.knelpunt}</td>
                    <td>{lawByKey(s.wet)?.short ?? s.wet}</td>
                    <td>
                      {s.status === 'open' ? (
                        <button
                          type="button"
                          class="link"
                          onClick={() =>
                            void db.signals.update(s.id, { status: 'geescaleerd' }).then(refresh)
                          }
                        >
                          open: markeer als geëscaleerd
                        </button>
                      ) : (
                        'geëscaleerd'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <button
                type="button"
                onClick={() => {
                  const { csv, markdown } = exportSignals(signals, { today: today(now()) });
                  saveFile(`signalen-${today(now()).slice(0, 7)}.csv`, csv, 'text/csv');
                  saveFile(`signalen-${today(now()).slice(0, 7)}.md`, markdown, 'text/markdown');
                  notify('Export gemaakt: alleen aantallen per knelpunt, wet en maand.');
                }}
              >
                Exporteer voor het kwaliteitsteam
              </button>{' '}
              <button type="button" class="link" onClick={() => void db.signals.clear().then(refresh)}>
                Wis mijn signalen
              </button>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="rank-h">
        <h3 id="rank-h">Knelpunten in de kennisbank</h3>
        <ol class="pattern-rows">
          {rows.map((r) => (
            <li key={r.knelpunt.id} data-knelpunt={r.knelpunt.id}>
              <strong>{r.knelpunt.naam}</strong> <span class="count">{r.count} casussen</span>{' '}
              {r.structural && <span class="badge pattern">patroon</span>}
              <p class="muted">
                {r.wetten.map((w) => lawByKey(w.key)?.short ?? w.key).join(', ')} · {r.gemeenten.join(', ')}
              </p>
              {r.structural && <p>{escalationAdvice(r)}</p>}
              <details>
                <summary>Casussen</summary>
                <ul>
                  {r.caseIds.map((id) => (
                    <li key={id}>
                      <button type="button" class="link" onClick={() => onOpen(id)}>
                        {index.header(id)?.titel ?? id}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
