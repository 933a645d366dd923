// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PanelDb } from '../../../extension/features/storage/db';
import { saveDraft } from '../../../extension/features/storage/drafts';
import { StorageError, store } from '../../../extension/features/storage/store';

let n = 0;
const quota = () => Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });

describe('storage failures', () => {
  it('says plainly that the storage is full, writes nothing partial and keeps existing data readable', async () => {
    const db = new PanelDb(`fail-${++n}`);
    await store.toggleFavourite(db, 'bestaand', 1);
    await store.saveNote(db, 'bestaand', 'eerste notitie', 90, 1);
    const putFav = db.favourites.put.bind(db.favourites);
    const putNote = db.notes.put.bind(db.notes);
    db.favourites.put = (() => Promise.reject(quota())) as unknown as typeof db.favourites.put;
    db.notes.put = (() => Promise.reject(quota())) as unknown as typeof db.notes.put;
    await expect(store.toggleFavourite(db, 'nieuw', 2)).rejects.toThrow(
      new StorageError('de opslag van de browser is vol'),
    );
    await expect(store.saveNote(db, 'bestaand', 'overschreven', 90, 2)).rejects.toBeInstanceOf(StorageError);
    db.favourites.put = putFav;
    db.notes.put = putNote;
    expect((await store.favourites(db)).map((f) => f.id)).toEqual(['bestaand']);
    expect((await store.note(db, 'bestaand'))?.text).toBe('eerste notitie');
  });

  it('reports a draft that cannot be kept', async () => {
    const db = new PanelDb(`fail-${++n}`);
    db.drafts.put = (() => Promise.reject(quota())) as unknown as typeof db.drafts.put;
    await expect(saveDraft(db, { id: 'x', title: 'x', data: {} }, 14, 1)).rejects.toThrow(
      'de opslag van de browser is vol',
    );
  });

  it('gives a clear message when the database cannot be opened at all', async () => {
    const db = new PanelDb(`fail-${++n}`);
    db.favourites.toCollection = (() => {
      throw Object.assign(new Error('blocked'), { name: 'DatabaseClosedError' });
    }) as unknown as typeof db.favourites.toCollection;
    db.favourites.get = (() =>
      Promise.reject(
        Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }),
      )) as unknown as typeof db.favourites.get;
    await expect(store.toggleFavourite(db, 'x', 1)).rejects.toThrow(
      /favoriet opslaan mislukt \(DatabaseClosedError\)/,
    );
  });
});
