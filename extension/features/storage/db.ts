/**
 * The panel's local database (IndexedDB through Dexie). Versioned from day one: a new version adds a
 * `version(n)` block and never edits an old one, and every shipped version gets a frozen fixture test.
 * Everything a user types here expires (see retention.ts) and can be wiped.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Signal } from '../../../kb/organisation/signals';
import type { StoredEntry } from '../../../kb/search/index-format';

export interface Favourite {
  id: string;
  addedAt: number;
}
export interface Recent {
  id: string;
  openedAt: number;
}
export interface Note {
  id: string;
  text: string;
  updatedAt: number;
  expiresAt: number;
}
export interface Draft {
  id: string;
  kind: 'waardendriehoek' | 'voorstel';
  title: string;
  data: unknown;
  updatedAt: number;
  expiresAt: number;
}

/** Progress through a learning path (leerroute): which steps are done. No answers are kept. */
export interface Progress {
  route: string;
  done: number[];
  updatedAt: number;
}

/** An imported knowledge pack: validated whole before it was stored. */
export interface PackRecord {
  name: string;
  version: string;
  checksum: string;
  createdFor?: string;
  importedAt: number;
  entries: StoredEntry[];
}

export const DB_NAME = 'maatwerkwijzer';
/** The current schema version. Every version ever shipped has a frozen fixture in test/fixtures/db/. */
export const DB_VERSION = 2;

export class PanelDb extends Dexie {
  favourites!: EntityTable<Favourite, 'id'>;
  recent!: EntityTable<Recent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;
  progress!: EntityTable<Progress, 'route'>;
  signals!: EntityTable<Signal, 'id'>;
  packs!: EntityTable<PackRecord, 'name'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      favourites: 'id, addedAt',
      recent: 'id, openedAt',
      notes: 'id, updatedAt, expiresAt',
      drafts: 'id, kind, updatedAt, expiresAt',
    });
    // Version 2: learning-path progress, the personal signal log, imported knowledge packs. Existing tables are untouched.
    this.version(2).stores({
      progress: 'route, updatedAt',
      signals: 'id, knelpunt, date, status',
      packs: 'name, importedAt',
    });
  }
}

export const MAX_RECENT = 30;
export const DAY = 86_400_000;
