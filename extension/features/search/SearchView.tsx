/**
 * Search as you type, with facets, keyboard navigation (arrows, Enter, Escape) and a useful answer
 * when nothing matches. The search runs after the keystroke has painted, never on the input path.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FACETS, type Facet, type Filters } from '../../../kb/search/facets';
import type { KnowledgeIndex, SearchResponse } from '../../../kb/search/search';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { HitExcerpt, Segments } from './Segments';
import { StartScreen } from './StartScreen';

/** How long typing must pause before the full text is searched too. */
export const FULL_TEXT_PAUSE_MS = 200;

export interface SearchState {
  query: string;
  filters: Filters;
}

interface Props {
  index: KnowledgeIndex;
  /** True once the full tier is loaded: the results are then computed again over the full text. */
  full: boolean;
  state: SearchState;
  onState: (s: SearchState) => void;
  onOpen: (id: string) => void;
}

export function SearchView({ index, full, state, onState, onOpen }: Props) {
  const t = useT();
  const [response, setResponse] = useState<SearchResponse | null>(null);
  // The highlighted hit is kept by id, not position: when the full tier re-ranks the list, the same
  // entry stays highlighted wherever it moved, and Enter opens that entry.
  const [activeId, setActiveId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  // The query of the previous search (null: none yet). Only a changed query is typing; the view shown
  // again with its query, a filter toggled or the full tier arriving goes to the full text at once.
  const searched = useRef<string | null>(null);

  useEffect(() => {
    const typing = searched.current !== null && searched.current !== state.query;
    searched.current = state.query;
    const searchFull = () => {
      const next = index.query(state.query, { filters: state.filters, typing: true, limit: 30 });
      setResponse(next);
      // Keep the highlighted entry (by id) when the full-text results arrive; the first hit only if it left.
      setActiveId((id) => (id && next.hits.some((h) => h.id === id) ? id : (next.hits[0]?.id ?? null)));
    };
    // Defer to after paint: typing stays responsive whatever the index size. As you type, only the quick
    // tier (title, summary, keywords) is searched; after a pause, the full text too. Anything else is one
    // list, computed once: a list re-ranked 200 ms after the view appears moves under the pointer, and a
    // click whose press and release land on different hits opens nothing.
    const quick =
      typing || !full
        ? setTimeout(() => {
            const next = index.query(state.query, {
              filters: state.filters,
              typing: true,
              limit: 30,
              quickOnly: true,
            });
            setResponse(next);
            setActiveId(next.hits[0]?.id ?? null);
          }, 0)
        : undefined;
    const complete = full ? setTimeout(searchFull, typing ? FULL_TEXT_PAUSE_MS : 0) : undefined;
    return () => {
      clearTimeout(quick);
      clearTimeout(complete);
    };
  }, [index, full, state.query, state.filters]);

  // An empty search shows the start screen, not a list: nothing to arrow through or open with Enter.
  const started = state.query.trim() !== '' || Object.values(state.filters).some((v) => v?.length);
  const hits = started ? (response?.hits ?? []) : [];
  const found = hits.findIndex((h) => h.id === activeId);
  const active = Math.max(found, 0);
  const setActive = (i: number) => setActiveId(hits[i]?.id ?? null);
  const filterCount = useMemo(
    () => Object.values(state.filters).reduce((n, v) => n + (v?.length ?? 0), 0),
    [state.filters],
  );

  const toggle = (facet: Facet, value: string) => {
    const cur = state.filters[facet] ?? [];
    const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
    onState({ ...state, filters: { ...state.filters, [facet]: next } });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive(Math.min(active + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      // The highlighted entry, by id. Enter before the deferred search ran (fast typists): search now
      // and open the best hit.
      const id =
        response?.query === state.query
          ? (hits[active]?.id ?? null)
          : (index.query(state.query, { filters: state.filters, typing: true, limit: 1 }).hits[0]?.id ??
            null);
      if (id) {
        e.preventDefault();
        onOpen(id);
      }
    } else if (e.key === 'Escape') {
      if (state.query || filterCount) {
        e.preventDefault();
        onState({ query: '', filters: {} });
      }
    }
  };

  const activeDescendant = hits[active] ? `hit-${hits[active]?.id}` : undefined;

  return (
    <section class="search" aria-label={t('tabSearch')}>
      <div class="searchbox">
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-label={t('searchLabel')}
          aria-expanded={hits.length > 0}
          aria-controls="results"
          aria-activedescendant={activeDescendant}
          aria-autocomplete="list"
          placeholder={t('searchPlaceholder')}
          value={state.query}
          onInput={(e) => onState({ ...state, query: (e.target as HTMLInputElement).value })}
          onKeyDown={onKeyDown}
          autocomplete="off"
          spellcheck={false}
        />
      </div>

      <details class="facets" open={filterCount > 0 || undefined}>
        <summary>
          {t('filters')}
          {filterCount > 0 ? ` (${filterCount})` : ''}
        </summary>
        {filterCount > 0 && (
          <button type="button" class="link" onClick={() => onState({ ...state, filters: {} })}>
            {t('clearFilters')}
          </button>
        )}
        {response &&
          FACETS.map((facet) =>
            response.facets[facet].length ? (
              <fieldset key={facet} class="facet">
                <legend>{t(`facet_${facet}` as MessageKey)}</legend>
                {response.facets[facet].slice(0, 12).map((v) => {
                  const on = state.filters[facet]?.includes(v.value) ?? false;
                  return (
                    <button
                      type="button"
                      key={v.value}
                      class={`chip${on ? ' on' : ''}`}
                      aria-pressed={on}
                      data-facet={facet}
                      data-value={v.value}
                      onClick={() => toggle(facet, v.value)}
                    >
                      {facet === 'type' ? t(`type_${v.value}` as MessageKey) : v.label}{' '}
                      <span class="count">{v.count}</span>
                    </button>
                  );
                })}
              </fieldset>
            ) : null,
          )}
      </details>

      <p class="status" role="status" aria-live="polite">
        {response &&
          (response.mode === 'browse'
            ? t('browseAll', { n: response.total })
            : response.total === 1
              ? t('resultsOne')
              : response.total > 0
                ? t('resultsCount', { n: response.total })
                : '')}
        {response?.mode === 'any' && response.total > 0 ? ` ${t('resultsAny')}` : ''}
      </p>

      {response && response.total === 0 && response.mode !== 'browse' && (
        <div class="empty">
          <p>{t('noResults', { q: state.query })}</p>
          {response.suggestions.length > 0 && (
            <p>
              {t('didYouMean')}{' '}
              {response.suggestions.map((s) => (
                <button type="button" class="chip" key={s} onClick={() => onState({ ...state, query: s })}>
                  {s}
                </button>
              ))}
            </p>
          )}
          <p>{t('browseFacets')}</p>
          <div>
            {index.query('', {}).facets.type.map((v) => (
              <button
                type="button"
                class="chip"
                key={v.value}
                onClick={() => onState({ query: '', filters: { type: [v.value] } })}
              >
                {t(`type_${v.value}` as MessageKey)} <span class="count">{v.count}</span>
              </button>
            ))}
          </div>
        </div>
      )}

      {!started && (
        <StartScreen index={index} onOpen={onOpen} onQuery={(query) => onState({ ...state, query })} />
      )}
      <div id="results" role="listbox" aria-label={t('tabSearch')} class="results" data-tier={response?.tier}>
        {hits.map((h, i) => (
          <div
            key={h.id}
            id={`hit-${h.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            class={`hit${i === active ? ' active' : ''}`}
            data-id={h.id}
            onClick={() => onOpen(h.id)}
            onKeyDown={(e) => e.key === 'Enter' && onOpen(h.id)}
            onMouseEnter={() => setActive(i)}
          >
            <span class={`badge type-${h.type}`}>{t(`type_${h.type}` as MessageKey)}</span>
            {'pack' in h && (
              <span class="badge pack" title={String(h.pack)}>
                {t('packBadge')}
              </span>
            )}
            <span class="hit-title">
              <Segments segments={h.titleSegments} />
            </span>
            <HitExcerpt hit={h} position={i} />
            {h.missed.length > 0 && (
              <span class="hit-missed">{t('hitMissed', { words: h.missed.join(', ') })}</span>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
