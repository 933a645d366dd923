// @vitest-environment happy-dom
/**
 * Backup import checks a review found missing (issue 15, items 7 and 11): expiries clamped to the
 * retention, draft data validated as a weighing (on import and on every read, so "Hervat" never gets
 * null or 42), signals only with known knelpunt and law ids, and the file size checked before reading.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  exportData,
  importBackupFile,
  importData,
  MAX_BACKUP_BYTES,
} from '../../../extension/features/storage/backup';
import { DAY, PanelDb } from '../../../extension/features/storage/db';
import { parseDraftData } from '../../../extension/features/storage/draft-data';
import { listDrafts, saveDraft } from '../../../extension/features/storage/drafts';
import { purgeExpired } from '../../../extension/features/storage/retention';
import type { DraftData } from '../../../extension/features/waardendriehoek/use-weighing';

let n = 0;
const T = Date.parse('2026-11-23T09:00:00Z');
const KNOWN = new Set(['kostendelersnorm']);
const OPTS = { knelpunten: KNOWN, now: T };
const WEIGHING: DraftData = {
  weighing: { voorstel: 'Vervoer naar dagbesteding', answers: {}, wetten: ['wmo'], verwijzingen: [] },
  rendement: { solution: [], alternative: [], horizonMonths: 12 },
};

function backup(tables: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'maatwerkwijzer-backup',
    version: 2,
    exportedAt: T,
    tables: { favourites: [], recent: [], notes: [], progress: [], ...tables },
  });
}
const draft = (data: unknown, expiresAt = T + DAY) => ({
  id: 'wd-1',
  kind: 'waardendriehoek',
  title: 'Concept',
  data,
  updatedAt: T,
  expiresAt,
});
const signal = (over: Record<string, string> = {}) => ({
  id: 's1',
  knelpunt: 'kostendelersnorm',
  wet: 'participatiewet',
  date: '2026-11-01',
  status: 'open',
  ...over,
});

describe('expiry on import', () => {
  it('clamps a note that claims to expire in 2200 to the 90-day retention, and the purge then removes it', async () => {
    const db = new PanelDb(`import-${++n}`);
    const far = Date.parse('2200-01-01T00:00:00Z');
    const text = backup({ notes: [{ id: 'n', text: 'x', updatedAt: T, expiresAt: far }] });
    expect((await importData(db, text, OPTS)).ok).toBe(true);
    expect((await db.notes.get('n'))?.expiresAt).toBe(T + 90 * DAY);
    expect(await purgeExpired(db, T + 91 * DAY)).toBe(1);
    expect(await db.notes.count()).toBe(0);
  });

  it("clamps a draft's expiry to the user's draft retention", async () => {
    const db = new PanelDb(`import-${++n}`);
    const text = backup({ drafts: [draft(WEIGHING, T + 10_000 * DAY)] });
    expect((await importData(db, text, { ...OPTS, draftDays: 7 })).ok).toBe(true);
    expect((await db.drafts.get('wd-1'))?.expiresAt).toBe(T + 7 * DAY);
  });

  it('keeps an earlier expiry as it is', async () => {
    const db = new PanelDb(`import-${++n}`);
    const text = backup({ notes: [{ id: 'n', text: 'x', updatedAt: T, expiresAt: T + DAY }] });
    expect((await importData(db, text, OPTS)).ok).toBe(true);
    expect((await db.notes.get('n'))?.expiresAt).toBe(T + DAY);
  });
});

describe('draft data', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'concept'],
    ['an empty object', {}],
    ['a weighing that is a list', { weighing: [] }],
    ['answers with an unknown answer', { weighing: { answers: { q1: { answer: 'misschien' } } } }],
    [
      'a cost line without an amount',
      { weighing: {}, rendement: { solution: [{ label: 'x', period: 'eenmalig' }] } },
    ],
    [
      'an amount that is text',
      { weighing: {}, rendement: { solution: [{ label: 'x', amount: '5 euro', period: 'eenmalig' }] } },
    ],
    ['a horizon that is null', { weighing: {}, rendement: { horizonMonths: null } }],
    ['a text of a megabyte', { weighing: { voorstel: 'x'.repeat(1_000_000) } }],
  ])('refuses a draft whose data is %s', async (_name, data) => {
    const db = new PanelDb(`import-${++n}`);
    const r = await importData(db, backup({ drafts: [draft(data)] }), OPTS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/drafts\.0\.data/);
    expect(await db.drafts.count()).toBe(0);
  });

  it('checks a proposal draft as named fields, refusing null and numbers there too', async () => {
    const db = new PanelDb(`import-${++n}`);
    const proposal = {
      ...draft({ titel: 'Vervoer', wetten: ['wmo'], kosten: [] }),
      id: 'voorstel',
      kind: 'voorstel',
    };
    expect((await importData(db, backup({ drafts: [proposal] }), OPTS)).ok).toBe(true);
    for (const data of [null, 42, ['x'], { titel: { nested: true } }])
      expect(
        (await importData(db, backup({ drafts: [{ ...proposal, data }] }), OPTS)).ok,
        JSON.stringify(data),
      ).toBe(false);
  });

  it('accepts a real weighing and fills the lists an older draft left out', () => {
    expect(parseDraftData(WEIGHING)).toEqual(WEIGHING);
    expect(parseDraftData({ weighing: { voorstel: 'x' } })).toEqual({
      weighing: { voorstel: 'x', answers: {}, wetten: [], verwijzingen: [] },
      rendement: { solution: [], alternative: [], horizonMonths: 12 },
    });
  });

  it('never offers a damaged stored draft for resuming, and gives the others checked data', async () => {
    const db = new PanelDb(`import-${++n}`);
    await saveDraft(db, { id: 'good', title: 'Goed', data: WEIGHING }, 14, T);
    for (const [id, data] of [
      ['null', null],
      ['number', 42],
      ['half', { weighing: 'x' }],
    ] as const)
      await db.drafts.put({ ...draft(data), id, kind: 'waardendriehoek' });
    const listed = await listDrafts(db, T);
    expect(listed.map((d) => d.id)).toEqual(['good']);
    // What "Hervat" reads: every field the weighing dereferences is there.
    const data = listed[0]?.data as DraftData;
    expect(data.weighing.answers).toEqual({});
    expect(data.rendement.solution).toEqual([]);
  });

  it('still offers a draft whose numbers the calculator let through (a minus sign, a zero horizon)', () => {
    const typed = {
      ...WEIGHING,
      rendement: {
        solution: [{ label: 'x', amount: -5, period: 'eenmalig' }],
        alternative: [],
        horizonMonths: 0,
      },
    };
    expect(parseDraftData(typed)).toEqual(typed);
  });

  it('type-checks as the DraftData the weighing resumes', () => {
    const parsed = parseDraftData(WEIGHING);
    const asDraft: DraftData | null = parsed;
    expect(asDraft?.weighing.voorstel).toBe('Vervoer naar dagbesteding');
  });
});

describe('signals on import', () => {
  it.each([
    ['an unknown knelpunt in kebab case', { knelpunt: 'jan-de-vries-bsn-123456782' }],
    ['an unknown law', { wet: 'wet-op-de-geheimhouding' }],
    ['a date that does not exist', { date: '2026-02-30' }],
    ['a date in the future (never purged)', { date: '2099-01-01' }],
  ])('refuses %s', async (_name, over) => {
    const db = new PanelDb(`import-${++n}`);
    const r = await importData(db, backup({ signals: [signal(over)] }), OPTS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^signals\.0: /);
    expect(await db.signals.count()).toBe(0);
  });

  it('refuses signals when there is no vocabulary to check them against', async () => {
    const db = new PanelDb(`import-${++n}`);
    const r = await importData(db, backup({ signals: [signal()] }), { now: T });
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/signalen/) });
  });

  it('accepts known ids', async () => {
    const db = new PanelDb(`import-${++n}`);
    expect((await importData(db, backup({ signals: [signal()] }), OPTS)).ok).toBe(true);
    expect(await db.signals.count()).toBe(1);
  });
});

describe('file size before reading', () => {
  it('refuses a file over the limit without reading it', async () => {
    const db = new PanelDb(`import-${++n}`);
    let read = false;
    const huge = {
      size: MAX_BACKUP_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    };
    expect(await importBackupFile(db, huge, OPTS)).toEqual({ ok: false, reason: 'het bestand is te groot' });
    expect(read).toBe(false);
  });

  it('imports a file within the limit', async () => {
    const db = new PanelDb(`import-${++n}`);
    const text = JSON.stringify(await exportData(new PanelDb(`import-${++n}`), { now: T }));
    const file = new Blob([text], { type: 'application/json' });
    expect(await importBackupFile(db, file, OPTS)).toMatchObject({ ok: true });
  });
});
