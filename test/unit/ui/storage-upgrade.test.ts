// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, PanelDb } from '../../../extension/features/storage/db';
import { PanelDbV1 } from '../../fixtures/db/v1-schema';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'db');
type Rows = Record<string, { [k: string]: unknown }[]>;
let n = 0;

/** Every shipped schema version, with its frozen data. */
const SHIPPED: {
  version: number;
  open: (name: string) => {
    open(): Promise<unknown>;
    close(): void;
    table(t: string): { bulkAdd(r: unknown[]): Promise<unknown> };
  };
  data: string;
}[] = [{ version: 1, open: (name) => new PanelDbV1(name), data: 'v1.json' }];

describe('storage upgrades', () => {
  it('has a frozen fixture for every schema version before the current one', () => {
    expect(SHIPPED.map((s) => s.version)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const shipped of SHIPPED) {
    it(`upgrades a version ${shipped.version} database to the current version without losing or changing a record`, async () => {
      const data = JSON.parse(readFileSync(join(FIXTURES, shipped.data), 'utf8')) as Rows;
      for (const rows of Object.values(data)) expect(rows.length).toBeGreaterThanOrEqual(200);
      const name = `upgrade-${++n}`;
      const old = shipped.open(name);
      await old.open();
      for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new PanelDb(name);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      for (const [table, rows] of Object.entries(data)) {
        const now = await db.table(table).toArray();
        const key = table === 'progress' ? 'route' : 'id';
        const sort = (a: { [k: string]: unknown }, b: { [k: string]: unknown }) =>
          String(a[key]).localeCompare(String(b[key]));
        expect(now.length, table).toBe(rows.length);
        expect([...now].sort(sort), table).toEqual([...rows].sort(sort));
      }
      expect(await db.progress.count()).toBe(0);
      db.close();
    });
  }
});
