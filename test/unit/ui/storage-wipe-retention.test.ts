// @vitest-environment happy-dom
/**
 * "Wis al mijn gegevens" wipes everything the database holds, and signals expire (issue 15, item 9):
 * before, the wipe left the signal log and the packs, and signals never expired.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DAY, PanelDb } from '../../../extension/features/storage/db';
import { saveDraft } from '../../../extension/features/storage/drafts';
import { oldestSignalDay, purgeExpired, SIGNAL_DAYS } from '../../../extension/features/storage/retention';
import { store } from '../../../extension/features/storage/store';

let n = 0;
const T = Date.parse('2026-11-23T09:00:00Z');

async function everything(): Promise<PanelDb> {
  const db = new PanelDb(`wipe-${++n}`);
  await store.toggleFavourite(db, 'fav', T);
  await store.markOpened(db, 'open', T);
  await store.saveNote(db, 'note', 'notitie', 90, T);
  await store.markStep(db, 'eerste-week-wat-is-maatwerk', 1, T);
  await saveDraft(db, { id: 'wd', title: 'c', data: { weighing: {} } }, 14, T);
  await db.signals.put({
    id: 's',
    knelpunt: 'kostendelersnorm',
    wet: 'participatiewet',
    date: '2026-11-01',
    status: 'open',
  });
  await db.packs.put({ name: 'org-pack', version: '1.0.0', checksum: 'x', importedAt: T, entries: [] });
  return db;
}

describe('wipe all my data', () => {
  it('leaves every table of the database empty', async () => {
    const db = await everything();
    for (const t of db.tables) expect(await t.count(), t.name).toBeGreaterThan(0);
    await store.wipe(db);
    for (const t of db.tables) expect(await t.count(), t.name).toBe(0);
  });

  it('covers signals, progress and packs by name', async () => {
    const db = await everything();
    await store.wipe(db);
    expect([await db.signals.count(), await db.progress.count(), await db.packs.count()]).toEqual([0, 0, 0]);
  });
});

describe('signal retention', () => {
  it('keeps a signal for a year after its day, then purges it', async () => {
    const db = new PanelDb(`wipe-${++n}`);
    const s = { id: 's', knelpunt: 'kostendelersnorm', wet: 'participatiewet', status: 'open' as const };
    await db.signals.bulkPut([
      { ...s, id: 'old', date: '2025-11-22' },
      { ...s, id: 'edge', date: '2025-11-23' },
      { ...s, id: 'new', date: '2026-11-01' },
    ]);
    expect(SIGNAL_DAYS).toBe(365);
    expect(oldestSignalDay(T)).toBe('2025-11-23');
    expect(await purgeExpired(db, T)).toBe(1);
    expect((await db.signals.toCollection().primaryKeys()).sort()).toEqual(['edge', 'new']);
    expect(await purgeExpired(db, T + 400 * DAY)).toBe(2);
  });
});
