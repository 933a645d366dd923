// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PanelDb } from '../../../extension/features/storage/db';
import {
  deleteAllDrafts,
  listDrafts,
  saveDraft,
  validDraftDays,
} from '../../../extension/features/storage/drafts';
import { purgeExpired } from '../../../extension/features/storage/retention';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-23T09:00:00Z');
let n = 0;

describe('Waardendriehoek drafts', () => {
  it('expire after the retention period and are purged, counting only', async () => {
    const db = new PanelDb(`drafts-${++n}`);
    await saveDraft(db, { id: 'a', title: 'A', data: { weighing: {} } }, 14, T0);
    await saveDraft(db, { id: 'b', title: 'B', data: { weighing: {} } }, 2, T0);
    expect((await listDrafts(db, T0 + DAY)).map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect((await listDrafts(db, T0 + 3 * DAY)).map((d) => d.id)).toEqual(['a']);
    expect(await purgeExpired(db, T0 + 3 * DAY)).toBe(1);
    expect(await db.drafts.count()).toBe(1);
    expect(await purgeExpired(db, T0 + 15 * DAY)).toBe(1);
    expect(await db.drafts.count()).toBe(0);
  });

  it('are deleted all at once', async () => {
    const db = new PanelDb(`drafts-${++n}`);
    await saveDraft(db, { id: 'a', title: 'A', data: { weighing: {} } }, 14, T0);
    await saveDraft(db, { id: 'b', title: 'B', data: { weighing: {} } }, 14, T0);
    await deleteAllDrafts(db);
    expect(await listDrafts(db, T0)).toEqual([]);
  });

  it('take a retention between 1 and 90 days, else the default of 14', () => {
    expect(validDraftDays(7)).toBe(7);
    expect(validDraftDays(0)).toBe(14);
    expect(validDraftDays(91)).toBe(14);
    expect(validDraftDays('30')).toBe(14);
  });
});
