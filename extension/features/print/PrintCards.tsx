/**
 * Exercise cards for group sessions, one card per A4 page, folded in the middle into an A5 card: the
 * front holds the situation, the knelpunt and "wat zou jij doen?" (with the learning path's question
 * when there is one), the back what happened, the costs and the lessons, with sources and review
 * date. Each half is fitted to its size before printing (fit.ts), so nothing runs off the page.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { SOURCES } from '../../../kb/content/sources';
import type { StoredEntry } from '../../../kb/search/index-format';
import { COST_KIND_LABELS, formatAmount, periodLabel } from '../../../kb/weighing/cite';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { Markdown } from '../markdown/Markdown';
import { fitFaces } from './fit';

const FRONT = ['Situatie', 'Knelpunt'];
const BACK = ['Maatwerk', 'Uitkomst', 'Lessen'];

interface Props {
  entries: StoredEntry[];
  /** The learning path's question per entry id, when printing a route. */
  questions?: Record<string, string>;
  onBack(): void;
}

function faces(e: StoredEntry): { front: string[]; back: string[] } {
  if (e.type === 'voorbeeld') return { front: FRONT, back: BACK };
  const names = Object.keys(e.sections);
  return { front: names.slice(0, 1), back: names.slice(1) };
}

function Sections({ e, names }: { e: StoredEntry; names: string[] }) {
  return (
    <>
      {names.map((n) =>
        e.sections[n] ? (
          <section key={n}>
            <h4>{n}</h4>
            <Markdown source={e.sections[n] as string} />
          </section>
        ) : null,
      )}
    </>
  );
}

export function PrintCards({ entries, questions = {}, onBack }: Props) {
  const t = useT();
  const root = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (root.current) fitFaces(root.current);
  }, [entries]);
  return (
    <section class="print-cards" aria-labelledby="print-h" ref={root}>
      <div class="no-print">
        <h2 id="print-h">{t('printTitle', { n: entries.length })}</h2>
        <p class="muted">{t('printHelp')}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => globalThis.print()}>
            {t('print')}
          </button>
          <button type="button" class="link" onClick={onBack}>
            {t('back')}
          </button>
        </div>
      </div>
      {entries.map((e) => {
        const f = faces(e);
        return (
          <article class="card" key={e.id} data-card={e.id} data-content>
            <div class="card-face front">
              <p class="badge">{t(`type_${e.type}` as MessageKey)}</p>
              <h3 class="card-title">{e.meta.titel}</h3>
              <Sections e={e} names={f.front} />
              <div class="exercise">
                <h4>{t('trWhatWouldYouDo')}</h4>
                {questions[e.id] && <p>{questions[e.id]}</p>}
              </div>
            </div>
            <div class="card-face back">
              <p class="badge">{t('printBack')}</p>
              <Sections e={e} names={f.back} />
              {e.type === 'voorbeeld' && (e.meta.kosten?.length ?? 0) > 0 && (
                <section>
                  <h4>{t('costs')}</h4>
                  <ul>
                    {e.meta.kosten?.map((c) => (
                      <li key={c.omschrijving}>
                        {c.omschrijving}: {formatAmount(c.bedrag)} {periodLabel(c.periode)} (
                        {COST_KIND_LABELS[c.soort]})
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <footer class="card-footer">
                {t('printSource', {
                  sources: e.meta.bronnen.map((b) => `${SOURCES[b.bron].short}, ${b.sectie}`).join('; '),
                  date: e.meta.laatst_gecontroleerd,
                })}
              </footer>
            </div>
          </article>
        );
      })}
    </section>
  );
}
