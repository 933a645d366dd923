/**
 * The operations the panel performs on its database. Each write is one transaction: it fully happens or
 * leaves the data as it was, and a failure surfaces as a StorageError with a readable message.
 */
import { DAY, type Favourite, MAX_RECENT, type Note, type PanelDb } from './db';
import { DEFAULT_NOTE_DAYS, expiry } from './retention';

export class StorageError extends Error {}

async function guarded<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    const msg =
      name === 'QuotaExceededError' || /quota/i.test(String(e))
        ? 'de opslag van de browser is vol'
        : `${what} mislukt (${name || String(e)})`;
    throw new StorageError(msg);
  }
}

export const store = {
  async favourites(db: PanelDb): Promise<Favourite[]> {
    return db.favourites.orderBy('addedAt').reverse().toArray();
  },
  async isFavourite(db: PanelDb, id: string): Promise<boolean> {
    return (await db.favourites.get(id)) !== undefined;
  },
  async toggleFavourite(db: PanelDb, id: string, now = Date.now()): Promise<boolean> {
    return guarded('favoriet opslaan', () =>
      db.transaction('rw', db.favourites, async () => {
        if (await db.favourites.get(id)) {
          await db.favourites.delete(id);
          return false;
        }
        await db.favourites.put({ id, addedAt: now });
        return true;
      }),
    );
  },
  async recent(db: PanelDb): Promise<string[]> {
    return (await db.recent.orderBy('openedAt').reverse().limit(MAX_RECENT).toArray()).map((r) => r.id);
  },
  async markOpened(db: PanelDb, id: string, now = Date.now()): Promise<void> {
    await guarded('recent opslaan', () =>
      db.transaction('rw', db.recent, async () => {
        await db.recent.put({ id, openedAt: now });
        const extra = await db.recent.orderBy('openedAt').reverse().offset(MAX_RECENT).primaryKeys();
        if (extra.length) await db.recent.bulkDelete(extra);
      }),
    );
  },
  async note(db: PanelDb, id: string): Promise<Note | undefined> {
    return db.notes.get(id);
  },
  async saveNote(
    db: PanelDb,
    id: string,
    text: string,
    days = DEFAULT_NOTE_DAYS,
    now = Date.now(),
  ): Promise<void> {
    await guarded('notitie opslaan', async () => {
      if (!text.trim()) await db.notes.delete(id);
      else
        await db.notes.put({ id, text: text.slice(0, 2000), updatedAt: now, expiresAt: expiry(days, now) });
    });
  },
  async progress(db: PanelDb, route: string): Promise<number[]> {
    return (await db.progress.get(route))?.done ?? [];
  },
  async markStep(db: PanelDb, route: string, step: number, now = Date.now()): Promise<number[]> {
    return guarded('voortgang opslaan', () =>
      db.transaction('rw', db.progress, async () => {
        const done = new Set((await db.progress.get(route))?.done ?? []);
        done.add(step);
        const list = [...done].sort((a, b) => a - b);
        await db.progress.put({ route, done: list, updatedAt: now });
        return list;
      }),
    );
  },
  /**
   * "Wis al mijn gegevens": every table of the database at once (favourites, recent, notes, drafts,
   * learning-path progress, signals, imported packs, and any table a later version adds). Settings in
   * storage.local (language, draft retention, allowed origins) are preferences, not data about anyone,
   * and stay; the caller clears what storage.session holds.
   */
  async wipe(db: PanelDb): Promise<void> {
    await guarded('wissen', () =>
      db.transaction('rw', db.tables, async () => {
        await Promise.all(db.tables.map((t) => t.clear()));
      }),
    );
  },
};

export { DAY };
