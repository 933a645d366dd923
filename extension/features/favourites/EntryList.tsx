/** The favourites or the recently opened entries, as a list of titles to open. */
import type { KnowledgeIndex } from '../../../kb/search/search';
import { useT } from '../i18n/context';

interface Props {
  kind: 'favourites' | 'recent';
  ids: string[];
  index: KnowledgeIndex;
  onOpen(id: string): void;
}

export function EntryList({ kind, ids: raw, index, onOpen }: Props) {
  const t = useT();
  const ids = raw.map((id) => index.resolveId(id)).filter((id): id is string => !!id);
  return (
    <>
      <h2>{t(kind === 'favourites' ? 'tabFavourites' : 'tabRecent')}</h2>
      {ids.length ? (
        <ul class="list">
          {ids.map((id) => (
            <li key={id}>
              <button type="button" class="link" onClick={() => onOpen(id)} data-content>
                {index.header(id)?.titel}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t(kind === 'favourites' ? 'noFavourites' : 'noRecent')}</p>
      )}
    </>
  );
}
