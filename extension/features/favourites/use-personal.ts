/**
 * The user's own lists: favourites, recently opened entries and the note on the open entry. Kept on
 * this device only (features/storage); every write reports a failure through `fail`.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PanelDb } from '../storage/db';
import { DEFAULT_NOTE_DAYS } from '../storage/retention';
import { store } from '../storage/store';

export interface Personal {
  favourites: string[];
  recent: string[];
  /** The note on the entry last passed to `opened`. */
  note: string;
  noteDays: number;
  refresh(): Promise<void>;
  /** Records that an entry was opened (recent) and loads its note. */
  opened(id: string): void;
  toggleFavourite(id: string): void;
  saveNote(id: string, text: string, onSaved: () => void): void;
}

export function usePersonal(db: PanelDb, now: () => number, fail: (e: unknown) => void): Personal {
  const [favourites, setFavourites] = useState<string[]>([]);
  const [recent, setRecent] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const refresh = useCallback(async () => {
    setFavourites((await store.favourites(db)).map((f) => f.id));
    setRecent(await store.recent(db));
  }, [db]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const opened = useCallback(
    (id: string) => {
      void store.markOpened(db, id, now()).then(refresh).catch(fail);
      void store.note(db, id).then((n) => setNote(n?.text ?? ''));
    },
    [db, now, refresh, fail],
  );
  const toggleFavourite = useCallback(
    (id: string) => void store.toggleFavourite(db, id, now()).then(refresh).catch(fail),
    [db, now, refresh, fail],
  );
  const saveNote = useCallback(
    (id: string, text: string, onSaved: () => void) =>
      void store
        .saveNote(db, id, text, DEFAULT_NOTE_DAYS, now())
        .then(() => {
          setNote(text);
          onSaved();
        })
        .catch(fail),
    [db, now, fail],
  );
  return {
    favourites,
    recent,
    note,
    noteDays: DEFAULT_NOTE_DAYS,
    refresh,
    opened,
    toggleFavourite,
    saveNote,
  };
}
