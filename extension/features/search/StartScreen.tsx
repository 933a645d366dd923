/**
 * What the search view shows before the user types: recent searches (this browser session only),
 * favourites, the learning paths and a few curated starting points. Nothing is highlighted; the user's
 * own lists come from the shell through StartContext.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KnowledgeIndex } from '../../../kb/search/search';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';

export interface StartLists {
  recentSearches: string[];
  favourites: string[];
}

export const StartContext = createContext<StartLists>({ recentSearches: [], favourites: [] });

/** Where a newcomer might begin: the tools the knowledge base is built around. */
export const STARTING_POINTS = [
  'waardendriehoek',
  'omgekeerde-toets',
  'doorbraakmethode',
  'overbruggingsprocedure',
  'almelo-escalatie-na-acht-weken',
];

interface Props {
  index: KnowledgeIndex;
  onOpen(id: string): void;
  onQuery(query: string): void;
}

export function StartScreen({ index, onOpen, onQuery }: Props) {
  const t = useT();
  const { recentSearches, favourites } = useContext(StartContext);
  const routes = index.all.filter((h) => h.type === 'leerroute');
  const starts = STARTING_POINTS.map((id) => index.resolveId(id)).filter((id): id is string => !!id);
  const favs = favourites
    .map((id) => index.resolveId(id))
    .filter((id): id is string => !!id)
    .slice(0, 5);
  const list = (ids: string[]) => (
    <ul class="start-list">
      {ids.map((id) => {
        const h = index.header(id);
        return (
          <li key={id}>
            <button type="button" class="link" onClick={() => onOpen(id)} data-content>
              {h?.titel ?? id}
            </button>{' '}
            {h && <span class={`badge type-${h.type}`}>{t(`type_${h.type}` as MessageKey)}</span>}
          </li>
        );
      })}
    </ul>
  );
  return (
    <div class="start" data-start>
      {recentSearches.length > 0 && (
        <section aria-labelledby="start-recent">
          <h2 id="start-recent">{t('startRecent')}</h2>
          <p>
            {recentSearches.map((q) => (
              <button type="button" class="chip" key={q} onClick={() => onQuery(q)} data-content>
                {q}
              </button>
            ))}
          </p>
        </section>
      )}
      {favs.length > 0 && (
        <section aria-labelledby="start-fav">
          <h2 id="start-fav">{t('tabFavourites')}</h2>
          {list(favs)}
        </section>
      )}
      {routes.length > 0 && (
        <section aria-labelledby="start-routes">
          <h2 id="start-routes">{t('startRoutes')}</h2>
          {list(routes.map((r) => r.id))}
        </section>
      )}
      {starts.length > 0 && (
        <section aria-labelledby="start-points">
          <h2 id="start-points">{t('startPoints')}</h2>
          {list(starts)}
        </section>
      )}
    </div>
  );
}
