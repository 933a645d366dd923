/**
 * One entry, read in full, content first: title, summary and facts, the two main actions (the rest in
 * a compact menu), a line saying why it matched the query, then the entry's text with the query words
 * marked, costs, Waardendriehoek, the law, sources, related entries; a review note reads as guidance
 * below the content; last the user's own note (checked for personal data as it is typed).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { lawByKey } from '../../../kb/content/laws';
import { SOURCES } from '../../../kb/content/sources';
import type { StoredEntry } from '../../../kb/search/index-format';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { formatAmount, periodLabel } from '../../../kb/weighing/cite';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { Highlight, HighlightContext, queryWords } from '../markdown/highlight';
import { Markdown } from '../markdown/Markdown';
import { unresolved } from '../personal-data/guard';
import { PrivacyField } from '../personal-data/PrivacyField';
import { ActionBar, type EntryActions } from './EntryActions';
import { Reflection } from './Reflection';
import { WhyLine } from './WhyLine';
import { whyMatched } from './why-matched';

export type { EntryActions } from './EntryActions';

export const STALE_DAYS = 365;

export function isStale(e: StoredEntry, now: number): boolean {
  return now - Date.parse(`${e.meta.laatst_gecontroleerd}T00:00:00Z`) > STALE_DAYS * 86_400_000;
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
  /** The search that led here: its words are marked in the text. */
  query?: string;
}

export function EntryView({ index, entry: e, pack, actions, onOpen, onBack, now, query = '' }: Props) {
  const t = useT();
  const [note, setNote] = useState(actions.note);
  const [kept, setKept] = useState<Set<string>>(new Set());
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
  const why = whyMatched(e, query, index.zoekvragenOf(e.id));
  const save = (text: string, k: ReadonlySet<string>) => {
    if (text !== actions.note && unresolved([['note', text]], k).length === 0) actions.saveNote(text);
  };

  return (
    <HighlightContext.Provider value={queryWords(query)}>
      <article class="entry" onKeyDown={onKeyDown} data-entry={e.id}>
        <button type="button" class="back" onClick={onBack}>
          ← {t('back')}
        </button>
        <p class={`badge type-${e.type}`}>{t(`type_${e.type}` as MessageKey)}</p>
        <h2 tabIndex={-1} ref={headingRef} data-content>
          <Highlight text={m.titel} />
        </h2>
        <p class="summary" data-content>
          <Highlight text={m.samenvatting} />
        </p>
        {e.type === 'voorbeeld' && (
          <p class="facts">
            {t('gemeente')}: <span data-content>{e.meta.gemeente}</span> · {t('periode')}:{' '}
            {e.meta.periode === 'onbekend' ? t('unknown') : e.meta.periode} ·{' '}
            <span class={`status status-${e.meta.status}`}>{t(`status_${e.meta.status}` as MessageKey)}</span>
          </p>
        )}
        {pack && <p class="flag pack">{t('fromPack', { name: pack })}</p>}
        {why && <WhyLine why={why} query={query} />}
        <ActionBar entry={e} actions={actions} />

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
              {t('doelgroep')}: <span data-content>{e.meta.doelgroep}</span>
            </p>
            <ol class="steps" data-content>
              {e.meta.stappen.map((st) => (
                <li key={st.item}>
                  <button type="button" class="link" onClick={() => onOpen(st.item)}>
                    {index.header(st.item)?.titel ?? st.item}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        )}
        {Object.entries(e.sections).map(([name, body]) => (
          <section key={name} class="section" data-content>
            <h3>{name}</h3>
            <Markdown source={body} />
          </section>
        ))}

        {e.type === 'voorbeeld' && (e.meta.kosten?.length ?? 0) > 0 && (
          <section class="costs">
            <h3>{t('costs')}</h3>
            <table class="stack">
              <tbody>
                {e.meta.kosten?.map((c, i) => (
                  <tr key={i} class={`cost-${c.soort}`}>
                    <td data-content>{c.omschrijving}</td>
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

        {e.type === 'voorbeeld' && <Reflection entry={e} class="triangle" />}

        {m.te_controleren && (
          <aside class="flag review" role="note" aria-labelledby="review-h">
            <h3 id="review-h">{t('reviewTitle')}</h3>
            <p data-content>{m.te_controleren}</p>
            <p class="muted">{t('reviewHelp')}</p>
          </aside>
        )}
        {isStale(e, now) && (
          <p class="flag stale" role="note">
            {t('staleFlag', { date: m.laatst_gecontroleerd })}
          </p>
        )}

        <section class="sources">
          <h3>{t('sources')}</h3>
          <ul data-content>
            {m.bronnen.map((b, i) => (
              <li key={i}>
                {SOURCES[b.bron].title}: {b.sectie}
              </li>
            ))}
          </ul>
          <p class="muted">
            {t('checkedOn', { date: m.laatst_gecontroleerd })} · <span data-content>{m.curator}</span>
          </p>
        </section>

        {related.length > 0 && (
          <nav class="related" aria-label={t('related')}>
            <h3>{t('related')}</h3>
            <ul>
              {related.map((r) => (
                <li key={r.id}>
                  <button type="button" class="link" onClick={() => onOpen(r.id)} data-content>
                    {r.titel}
                  </button>{' '}
                  <span class={`badge type-${r.type}`}>{t(`type_${r.type}` as MessageKey)}</span>
                </li>
              ))}
            </ul>
          </nav>
        )}

        <section class="note">
          <PrivacyField
            id="note"
            label={t('notes')}
            rows={3}
            maxLength={2000}
            value={note}
            onValue={setNote}
            kept={kept}
            onKeep={(k) => setKept((s) => new Set([...s, k]))}
            onBlur={() => save(note, kept)}
            onResolved={save}
            help={t('notesHelp', { days: actions.noteDays })}
          />
        </section>
      </article>
    </HighlightContext.Provider>
  );
}
