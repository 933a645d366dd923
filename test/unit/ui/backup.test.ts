// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportData, importData, MAX_BACKUP_BYTES } from '../../../extension/features/storage/backup';
import { PanelDb } from '../../../extension/features/storage/db';
import { saveDraft } from '../../../extension/features/storage/drafts';
import { store } from '../../../extension/features/storage/store';
import { fnv1a64 } from '../../../kb/content/hash';

let n = 0;
const T = Date.parse('2026-11-23T09:00:00Z');
/** The vocabulary and clock an import checks against. */
const OPTS = { knelpunten: new Set(['kostendelersnorm', 'woonplaatsbeginsel']), now: T + 3_600_000 };

async function filled(): Promise<PanelDb> {
  const db = new PanelDb(`backup-${++n}`);
  for (let i = 0; i < 25; i++) {
    await store.toggleFavourite(db, `fav-${i}`, T + i);
    await store.markOpened(db, `open-${i}`, T + i);
    await store.saveNote(db, `note-${i}`, `notitie ${i} — één café 🙂`, 90, T + i);
  }
  await store.markStep(db, 'eerste-week-wat-is-maatwerk', 2, T);
  await db.signals.put({
    id: 's1',
    knelpunt: 'kostendelersnorm',
    wet: 'participatiewet',
    date: '2026-11-01',
    status: 'open',
  });
  await saveDraft(
    db,
    {
      id: 'wd-1',
      title: 'Concept',
      data: {
        weighing: { voorstel: 'x', answers: {}, wetten: [], verwijzingen: [] },
        rendement: { solution: [], alternative: [], horizonMonths: 12 },
      },
    },
    14,
    T,
  );
  return db;
}
const snapshot = async (db: PanelDb) => {
  const { exportedAt: _ignored, ...rest } = await exportData(db, { includeDrafts: true, now: 0 });
  return fnv1a64(JSON.stringify(rest));
};

describe('export, wipe and import', () => {
  it('round-trips to exactly the original, leaving drafts out unless asked', async () => {
    const db = await filled();
    const before = await exportData(db, { now: T });
    expect(before.tables.drafts).toBeUndefined();
    const text = JSON.stringify(before);
    await store.wipe(db);
    expect(await db.favourites.count()).toBe(0);
    const r = await importData(db, text, OPTS);
    expect(r).toEqual({
      ok: true,
      counts: { favourites: 25, recent: 25, notes: 25, progress: 1, signals: 1 },
    });
    expect(await exportData(db, { now: T })).toEqual(before);
    expect(await db.drafts.count()).toBe(0);

    const withDrafts = JSON.stringify(await exportData(await filled(), { includeDrafts: true, now: T }));
    const other = new PanelDb(`backup-${++n}`);
    expect((await importData(other, withDrafts, OPTS)).ok).toBe(true);
    expect(await other.drafts.count()).toBe(1);
  });
});

describe('hostile imports', () => {
  const validText = async () =>
    JSON.stringify(await exportData(await filled(), { includeDrafts: true, now: T }));

  async function hostileCases(): Promise<[string, string][]> {
    const good = await validText();
    const obj = JSON.parse(good);
    const cases: [string, string][] = [];
    for (let i = 1; i <= 20; i++)
      cases.push([`truncated at ${i * 5}%`, good.slice(0, Math.floor((good.length * i * 5) / 100) - 1)]);
    const mutate = (name: string, f: (o: typeof obj) => void) => {
      const o = structuredClone(obj);
      f(o);
      cases.push([name, JSON.stringify(o)]);
    };
    mutate('wrong format', (o) => (o.format = 'iets-anders'));
    mutate('newer version', (o) => (o.version = 99));
    mutate('version zero', (o) => (o.version = 0));
    mutate('version as text', (o) => (o.version = '1'));
    mutate('extra top-level key', (o) => (o.extra = 1));
    mutate('extra table', (o) => (o.tables.users = []));
    mutate('extra row key', (o) => (o.tables.favourites[0].naam = 'Jan'));
    mutate('duplicate favourite', (o) => o.tables.favourites.push(o.tables.favourites[0]));
    mutate('duplicate note', (o) => o.tables.notes.push(o.tables.notes[1]));
    mutate('duplicate progress', (o) => o.tables.progress.push(o.tables.progress[0]));
    mutate('bad id', (o) => (o.tables.favourites[0].id = '../etc'));
    mutate('negative time', (o) => (o.tables.recent[0].openedAt = -1));
    mutate('fractional time', (o) => (o.tables.recent[0].openedAt = 1.5));
    mutate('note too long', (o) => (o.tables.notes[0].text = 'x'.repeat(2001)));
    mutate('missing table', (o) => delete o.tables.notes);
    mutate('table not a list', (o) => (o.tables.recent = {}));
    mutate('row null', (o) => (o.tables.favourites[0] = null));
    mutate('draft of unknown kind', (o) => (o.tables.drafts[0].kind = 'script'));
    mutate('missing exportedAt', (o) => delete o.exportedAt);
    mutate('progress step negative', (o) => (o.tables.progress[0].done = [-1]));
    mutate('draft id empty', (o) => (o.tables.drafts[0].id = ''));
    cases.push(['__proto__ at top', good.replace('{', '{"__proto__":{"polluted":true},')]);
    cases.push([
      '__proto__ in a row',
      good.replace('"favourites":[{', '"favourites":[{"__proto__":{"polluted":true},'),
    ]);
    cases.push(['constructor key', good.replace('{', '{"constructor":{"prototype":{"polluted":true}},')]);
    let deep = '1';
    for (let i = 0; i < 40; i++) deep = `{"a":${deep}}`;
    cases.push(['deep nesting', good.replace('"tables":{', `"deep":${deep},"tables":{`)]);
    cases.push(['oversize', `${good.slice(0, -1)},"pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`]);
    cases.push(['empty', '']);
    cases.push(['not an object', '[]']);
    cases.push(['null', 'null']);
    cases.push(['a number', '42']);
    cases.push(['html', '<html><script>alert(1)</script></html>']);
    return cases;
  }

  it('rejects each of at least fifty bad files atomically, with a reason and no prototype pollution', async () => {
    const cases = await hostileCases();
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const db = await filled();
    const before = await snapshot(db);
    for (const [name, text] of cases) {
      const r = await importData(db, text, OPTS);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.reason.length, name).toBeGreaterThan(5);
      expect(await snapshot(db), name).toBe(before);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('changes nothing when a write fails halfway', async () => {
    const db = await filled();
    const before = await snapshot(db);
    const text = await validText();
    const original = db.progress.bulkAdd.bind(db.progress);
    db.progress.bulkAdd = (() => {
      throw new Error('disk full');
    }) as unknown as typeof db.progress.bulkAdd;
    const r = await importData(db, text, OPTS);
    db.progress.bulkAdd = original;
    expect(r.ok).toBe(false);
    expect(await snapshot(db)).toBe(before);
  });
});
