/**
 * One entry, read in full: situation, knelpunt, maatwerk, outcome, costs, Waardendriehoek, the law and
 * its official text, sources and review date, related entries, and the user's own note and actions.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { lawByKey } from '../../../kb/content/laws';
import { SOURCES } from '../../../kb/content/sources';
import type { StoredEntry } from '../../../kb/search/index-format';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { citation, entryAsText, formatAmount, periodLabel } from '../../../kb/weighing/cite';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { Markdown } from '../markdown/Markdown';

export const STALE_DAYS = 365;

export function isStale(e: StoredEntry, now: number): boolean {
  return now - Date.parse(`${e.meta.laatst_gecontroleerd}T00:00:00Z`) > STALE_DAYS * 86_400_000;
}

export interface EntryActions {
  isFavourite: boolean;
  toggleFavourite(): void;
  copy(text: string): void;
  prepareInsert(text: string): void;
  /** Inserts straight into the case software (only on origins the user allowed). */
  insertNow?: (text: string) => void;
  /** Opens the Waardendriehoek with this entry as precedent. */
  weigh(): void;
  /** Shows this entry (or a learning path's entries) as printable cards. */
  print(): void;
  /** For a learning path: starts the training mode. */
  train?: () => void;
  /** For a case: log "ik liep hier ook tegenaan" for its knelpunt. */
  signal?: () => void;
  note: string;
  saveNote(text: string): void;
  noteDays: number;
}

interface Props {
  index: KnowledgeIndex;
  entry: StoredEntry;
  /** The knowledge pack this entry came from, when not bundled. */
  pack?: string;
  actions: EntryActions;
  onOpen(id: string): void;
  onBack(): void;
  now: number;
}

export function EntryView({ index, entry: e, pack, actions, onOpen, onBack, now }: Props) {
  const t = useT();
  const [note, setNote] = useState(actions.note);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setNote(actions.note);
    headingRef.current?.focus();
  }, [e.id, actions.note]);

  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape' && !(ev.target instanceof HTMLTextAreaElement)) {
      ev.preventDefault();
      onBack();
    }
  };
  const related = index.related(e.id);
  const m = e.meta;

  return (
    <article class="entry" onKeyDown={onKeyDown} data-entry={e.id}>
      <button type="button" class="back" onClick={onBack}>
        ← {t('back')}
      </button>
      <p class={`badge type-${e.type}`}>{t(`type_${e.type}` as MessageKey)}</p>
      <h2 tabIndex={-1} ref={headingRef}>
        {m.titel}
      </h2>
      <p class="summary">{m.samenvatting}</p>
      {pack && <p class="flag pack">{t('fromPack', { name: pack })}</p>}
      {e.type === 'voorbeeld' && (
        <p class="facts">
          {t('gemeente')}: {e.meta.gemeente} · {t('periode')}: {e.meta.periode} ·{' '}
          <span class={`status status-${e.meta.status}`}>{t(`status_${e.meta.status}` as MessageKey)}</span>
        </p>
      )}
      {m.te_controleren && (
        <p class="flag review" role="note">
          {t('reviewFlag', { reason: m.te_controleren })}
        </p>
      )}
      {isStale(e, now) && (
        <p class="flag stale" role="note">
          {t('staleFlag', { date: m.laatst_gecontroleerd })}
        </p>
      )}

      <div class="actions">
        <button type="button" aria-pressed={actions.isFavourite} onClick={actions.toggleFavourite}>
          {actions.isFavourite ? `★ ${t('removeFavourite')}` : `☆ ${t('addFavourite')}`}
        </button>
        <button type="button" onClick={() => actions.copy(entryAsText(e))}>
          {t('copyEntry')}
        </button>
        <button type="button" onClick={() => actions.copy(citation(e))}>
          {t('copyCitation')}
        </button>
        <button type="button" onClick={() => actions.prepareInsert(citation(e))}>
          {t('insertEntry')}
        </button>
        {actions.insertNow && (
          <button type="button" onClick={() => actions.insertNow?.(citation(e))}>
            {t('insertNow')}
          </button>
        )}
        <button type="button" onClick={actions.weigh}>
          ⚖ {t('weighThis')}
        </button>
        {actions.signal && (
          <button type="button" onClick={actions.signal}>
            {t('signalThis')}
          </button>
        )}
        <button type="button" onClick={actions.print}>
          {e.type === 'leerroute' ? t('printPath') : t('printCard')}
        </button>
      </div>

      {e.type === 'wet' && (
        <section class="law">
          <p>
            {t('articles')}: {e.meta.artikelen.join(', ')}
          </p>
          <p>
            <a href={e.meta.url} target="_blank" rel="noopener noreferrer">
              {t('officialText', { law: lawByKey(e.meta.wet)?.short ?? e.meta.wet })}
            </a>
          </p>
          <p class="muted">{t('legalCheckedOn', { date: e.meta.gecontroleerd_op })}</p>
        </section>
      )}

      {e.type === 'leerroute' && (
        <section class="route">
          <p>
            {t('doelgroep')}: {e.meta.doelgroep}
          </p>
          <ol class="steps">
            {e.meta.stappen.map((st) => (
              <li key={st.item}>
                <button type="button" class="link" onClick={() => onOpen(st.item)}>
                  {index.header(st.item)?.titel ?? st.item}
                </button>
              </li>
            ))}
          </ol>
          {actions.train && (
            <button type="button" class="primary" onClick={actions.train}>
              {t('startTraining')}
            </button>
          )}
        </section>
      )}
      {Object.entries(e.sections).map(([name, body]) => (
        <section key={name} class="section">
          <h3>{name}</h3>
          <Markdown source={body} />
        </section>
      ))}

      {e.type === 'voorbeeld' && (e.meta.kosten?.length ?? 0) > 0 && (
        <section class="costs">
          <h3>{t('costs')}</h3>
          <table>
            <tbody>
              {e.meta.kosten?.map((c, i) => (
                <tr key={i} class={`cost-${c.soort}`}>
                  <td>{c.omschrijving}</td>
                  <td class="amount">
                    {formatAmount(c.bedrag)} {periodLabel(c.periode)}
                  </td>
                  <td>{t(`cost_${c.soort}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {e.type === 'referentiekosten' && (
        <p class="amount big">
          {formatAmount(e.meta.bedrag)} {periodLabel(e.meta.periode)} (
          {t(`cost_${e.meta.soort}` as MessageKey)})
        </p>
      )}

      {e.type === 'voorbeeld' && (
        <section class="triangle">
          <h3>{t('waardendriehoek')}</h3>
          <dl>
            <dt>{t('betrokkenheid')}</dt>
            <dd>{e.meta.waardendriehoek.betrokkenheid}</dd>
            <dt>{t('legitimiteit')}</dt>
            <dd>{e.meta.waardendriehoek.legitimiteit}</dd>
            <dt>{t('rendement')}</dt>
            <dd>{e.meta.waardendriehoek.rendement}</dd>
          </dl>
        </section>
      )}

      <section class="sources">
        <h3>{t('sources')}</h3>
        <ul>
          {m.bronnen.map((b, i) => (
            <li key={i}>
              {SOURCES[b.bron].title}: {b.sectie}
            </li>
          ))}
        </ul>
        <p class="muted">
          {t('checkedOn', { date: m.laatst_gecontroleerd })} · {m.curator}
        </p>
      </section>

      {related.length > 0 && (
        <nav class="related" aria-label={t('related')}>
          <h3>{t('related')}</h3>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" class="link" onClick={() => onOpen(r.id)}>
                  {r.titel}
                </button>{' '}
                <span class={`badge type-${r.type}`}>{t(`type_${r.type}` as MessageKey)}</span>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <section class="note">
        <label for="note">{t('notes')}</label>
        <textarea
          id="note"
          rows={3}
          value={note}
          maxLength={2000}
          onInput={(ev) => setNote((ev.target as HTMLTextAreaElement).value)}
          onBlur={() => note !== actions.note && actions.saveNote(note)}
        />
        <p class="muted">{t('notesHelp', { days: actions.noteDays })}</p>
      </section>
    </article>
  );
}
