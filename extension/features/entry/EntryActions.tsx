/**
 * The actions on an opened entry: at most two primary buttons (ready/insert and weigh; for a learning
 * path: train and print), the rest in a compact "more" menu.
 */
import type { StoredEntry } from '../../../kb/search/index-format';
import { citation, entryAsText } from '../../../kb/weighing/cite';
import { useT } from '../i18n/context';
import { originLabel } from '../insert/panel-insert';

export interface EntryActions {
  isFavourite: boolean;
  toggleFavourite(): void;
  copy(text: string): void;
  prepareInsert(text: string): void;
  /** Inserts straight into the case software (only on origins the user allowed). */
  insertNow?: (text: string) => void;
  /** The origin insertNow writes into, named on its button before the user inserts. */
  insertTarget?: string | null;
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

interface Item {
  id: string;
  label: string;
  run(): void;
}

export function ActionBar({ entry: e, actions: a }: { entry: StoredEntry; actions: EntryActions }) {
  const t = useT();
  let primary: Item[];
  let more: Item[];
  if (e.type === 'leerroute') {
    primary = [
      ...(a.train ? [{ id: 'train', label: t('startTraining'), run: a.train }] : []),
      { id: 'print', label: t('printPath'), run: a.print },
    ];
    more = [];
  } else {
    primary = [
      { id: 'prepare-insert', label: t('insertEntry'), run: () => a.prepareInsert(citation(e)) },
      { id: 'weigh', label: `⚖ ${t('weighThis')}`, run: a.weigh },
    ];
    more = [
      ...(a.insertNow
        ? [
            {
              id: 'insert-now',
              label: a.insertTarget
                ? t('insertNowInto', { origin: originLabel(a.insertTarget) })
                : t('insertNow'),
              run: () => a.insertNow?.(citation(e)),
            },
          ]
        : []),
      { id: 'copy-citation', label: t('copyCitation'), run: () => a.copy(citation(e)) },
      { id: 'copy', label: t('copyEntry'), run: () => a.copy(entryAsText(e)) },
      ...(a.signal ? [{ id: 'signal', label: t('signalThis'), run: a.signal }] : []),
      { id: 'print', label: t('printCard'), run: a.print },
    ];
  }
  return (
    <div class="entry-actions">
      {primary.map((i, n) => (
        <button
          type="button"
          key={i.id}
          class={n === 0 ? 'primary' : 'secondary'}
          data-action={i.id}
          onClick={i.run}
        >
          {i.label}
        </button>
      ))}
      <button
        type="button"
        class="star"
        data-action="favourite"
        aria-pressed={a.isFavourite}
        aria-label={t(a.isFavourite ? 'removeFavourite' : 'addFavourite')}
        title={t(a.isFavourite ? 'removeFavourite' : 'addFavourite')}
        onClick={a.toggleFavourite}
      >
        {a.isFavourite ? '★' : '☆'}
      </button>
      {more.length > 0 && (
        <details class="more">
          <summary>{t('moreActions')}</summary>
          <div class="menu">
            {more.map((i) => (
              <button
                type="button"
                key={i.id}
                data-action={i.id}
                onClick={(ev) => {
                  i.run();
                  (ev.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
                }}
              >
                {i.label}
              </button>
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
