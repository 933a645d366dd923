/**
 * From case to pattern: the knelpunten the knowledge base's cases share, marked as a pattern where three
 * or more cases share one and a law, with what the sources recommend at that level; and the user's own
 * signal log (SignalLog.tsx).
 */
import { useMemo } from 'preact/hooks';
import { lawByKey } from '../../../kb/content/laws';
import { escalationAdvice, rankKnelpunten } from '../../../kb/organisation/patterns';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { useT } from '../i18n/context';
import type { PanelDb } from '../storage/db';
import { SignalLog } from './SignalLog';

interface Props {
  index: KnowledgeIndex;
  db: PanelDb;
  now: () => number;
  onOpen(id: string): void;
  notify(message: string): void;
  /** Preselected knelpunt (from a case: "ik liep hier ook tegenaan"). */
  knelpunt?: string;
}

/** At most `max` municipalities by name, the rest as a count. */
export function shortList(names: readonly string[], max: number, more: (n: number) => string): string {
  return names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} ${more(names.length - max)}`;
}

export function PatternsView({ index, db, now, onOpen, notify, knelpunt }: Props) {
  const t = useT();
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
  const cases = (n: number) => t(n === 1 ? 'casusOne' : 'casusMany', { n });

  return (
    <section class="patterns" aria-labelledby="patterns-h">
      <h2 id="patterns-h">{t('patternsTitle')}</h2>
      <SignalLog db={db} now={now} vocabulary={vocabulary} names={names} notify={notify} preset={knelpunt} />
      <section aria-labelledby="rank-h">
        <h3 id="rank-h">{t('patternsRank')}</h3>
        <ol class="pattern-rows">
          {rows.map((r) => (
            <li key={r.knelpunt.id} data-knelpunt={r.knelpunt.id}>
              <p class="pattern-title">
                <strong data-content>{r.knelpunt.naam}</strong> <span class="count">{cases(r.count)}</span>{' '}
                {r.structural && <span class="badge pattern">{t('pattern')}</span>}
              </p>
              <p class="muted" data-content>
                {r.wetten.map((w) => lawByKey(w.key)?.short ?? w.key).join(', ')} ·{' '}
                <span title={r.gemeenten.join(', ')}>
                  {shortList(r.gemeenten, 3, (n) => t('andMore', { n }))}
                </span>
              </p>
              {r.structural && <p data-content>{escalationAdvice(r)}</p>}
              <details>
                <summary>{t('patternsCases')}</summary>
                <ul>
                  {r.caseIds.map((id) => (
                    <li key={id}>
                      <button type="button" class="link" onClick={() => onOpen(id)} data-content>
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
