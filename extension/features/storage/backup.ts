/**
 * Export and import of the user's own data (favourites, recent, notes, progress, signals; drafts only
 * when asked). An import is validated whole before anything is written, then applied in one
 * transaction: a bad file changes nothing, and neither does a failure halfway. Validated means: the
 * file's size before it is read; every row by schema, a draft's data as a weighing (draft-data.ts); a
 * signal's knelpunt and law as known ids of the vocabulary, its day not in the future; and every expiry
 * clamped to the retention, so an imported note or draft never outlives what the panel would keep.
 */
import * as z from 'zod/mini';
import { validateSignal } from '../../../kb/organisation/signals';
import { DAY, DB_VERSION, type Draft, type PanelDb } from './db';
import { draftDataSchema } from './draft-data';
import { DEFAULT_DRAFT_DAYS, DEFAULT_NOTE_DAYS } from './retention';

export const BACKUP_FORMAT = 'maatwerkwijzer-backup';
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 12;

// Entry ids: kebab-case; a knowledge pack's entries are namespaced with "--" (kb/organisation/pack-merge.ts).
const id = z.string().check(z.regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/));
const time = z.number().check(z.int(), z.nonnegative());
const draftRow = {
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: z.string().check(z.maxLength(200)),
  updatedAt: time,
  expiresAt: time,
};
/** A proposal draft (kb/content/proposal.ts): named fields of text, numbers or short lists. */
const proposalData = z.record(
  z.string().check(z.maxLength(50)),
  z.union([
    z.string().check(z.maxLength(5000)),
    z.number(),
    z.boolean(),
    z.array(z.unknown()).check(z.maxLength(200)),
  ]),
);
const rows = {
  favourites: z.array(z.strictObject({ id, addedAt: time })),
  recent: z.array(z.strictObject({ id, openedAt: time })),
  notes: z.array(
    z.strictObject({ id, text: z.string().check(z.maxLength(2000)), updatedAt: time, expiresAt: time }),
  ),
  progress: z.array(
    z.strictObject({ route: id, done: z.array(z.number().check(z.int(), z.nonnegative())), updatedAt: time }),
  ),
  signals: z.optional(
    z.array(
      z.strictObject({
        id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
        knelpunt: id,
        wet: id,
        date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        status: z.enum(['open', 'geescaleerd']),
      }),
    ),
  ),
  drafts: z.optional(
    z.array(
      z.discriminatedUnion('kind', [
        z.strictObject({ ...draftRow, kind: z.literal('waardendriehoek'), data: draftDataSchema }),
        z.strictObject({ ...draftRow, kind: z.literal('voorstel'), data: proposalData }),
      ]),
    ),
  ),
};
const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().check(z.int(), z.positive()),
  exportedAt: time,
  tables: z.strictObject(rows),
});
export type Backup = z.infer<typeof backupSchema>;
/** What an export writes: drafts as stored (their data is checked again on import and on resume). */
export type ExportedBackup = Omit<Backup, 'tables'> & {
  tables: Omit<Backup['tables'], 'drafts'> & { drafts?: Draft[] };
};

export async function exportData(
  db: PanelDb,
  options: { includeDrafts?: boolean; now?: number } = {},
): Promise<ExportedBackup> {
  return db.transaction(
    'r',
    [db.favourites, db.recent, db.notes, db.progress, db.signals, db.drafts],
    async () => ({
      format: BACKUP_FORMAT,
      version: DB_VERSION,
      exportedAt: options.now ?? Date.now(),
      tables: {
        favourites: await db.favourites.orderBy('id').toArray(),
        recent: await db.recent.orderBy('id').toArray(),
        notes: await db.notes.orderBy('id').toArray(),
        progress: await db.progress.orderBy('route').toArray(),
        signals: await db.signals.orderBy('id').toArray(),
        ...(options.includeDrafts ? { drafts: await db.drafts.orderBy('id').toArray() } : {}),
      },
    }),
  );
}

/** Rejects keys that could pollute prototypes, and structures nested too deep to be ours. */
function checkShape(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return 'het bestand is te diep genest';
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype')
        return `verboden veld "${key}"`;
      const problem = checkShape((value as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

export type ImportResult = { ok: true; counts: Record<string, number> } | { ok: false; reason: string };

export interface ImportOptions {
  /**
   * The knelpunt ids of the vocabulary (content/knelpunten.yaml, in the bundled index). Without it a
   * backup that holds signals is refused: their knelpunten cannot be checked.
   */
  knelpunten?: ReadonlySet<string>;
  /** The user's draft retention in days; imported drafts expire no later than this from now. */
  draftDays?: number;
  now?: number;
}

/** Parses and validates a backup text; nothing is written. */
export function parseBackup(
  text: string,
  options: ImportOptions = {},
): { ok: true; backup: Backup } | { ok: false; reason: string } {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, reason: 'het bestand is te groot' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'het bestand is geen geldige JSON (afgebroken of beschadigd?)' };
  }
  const shape = checkShape(json);
  if (shape) return { ok: false, reason: shape };
  const r = backupSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0];
    return {
      ok: false,
      reason: `ongeldig bestand: ${first?.path.join('.') || 'inhoud'}: ${first?.message ?? ''}`,
    };
  }
  if (r.data.version > DB_VERSION)
    return { ok: false, reason: `het bestand komt van een nieuwere versie (${r.data.version})` };
  for (const [table, list] of Object.entries(r.data.tables)) {
    const keys = (list ?? []).map((row) => ('route' in row ? row.route : row.id));
    if (new Set(keys).size !== keys.length) return { ok: false, reason: `dubbele sleutels in ${table}` };
  }
  const now = options.now ?? Date.now();
  const signals = r.data.tables.signals ?? [];
  if (signals.length && !options.knelpunten)
    return { ok: false, reason: 'de signalen zijn niet te controleren zolang de kennisbank niet is geladen' };
  const tomorrow = new Date(now + DAY).toISOString().slice(0, 10);
  for (const [i, row] of signals.entries()) {
    const checked = validateSignal(row, options.knelpunten ?? new Set());
    if (typeof checked === 'string') return { ok: false, reason: `signals.${i}: ${checked}` };
    if (row.date > tomorrow) return { ok: false, reason: `signals.${i}: de datum ligt in de toekomst` };
  }
  // Clamp every expiry to the retention: a far-future expiresAt would survive every purge.
  const noteLimit = now + DEFAULT_NOTE_DAYS * DAY;
  const draftLimit = now + (options.draftDays ?? DEFAULT_DRAFT_DAYS) * DAY;
  const tables = {
    ...r.data.tables,
    notes: r.data.tables.notes.map((n) => ({ ...n, expiresAt: Math.min(n.expiresAt, noteLimit) })),
    ...(r.data.tables.drafts
      ? { drafts: r.data.tables.drafts.map((d) => ({ ...d, expiresAt: Math.min(d.expiresAt, draftLimit) })) }
      : {}),
  };
  return { ok: true, backup: { ...r.data, tables } };
}

/**
 * Imports a backup file chosen by the user, checking its size before reading it: a file over
 * MAX_BACKUP_BYTES is refused without being loaded into memory.
 */
export async function importBackupFile(
  db: PanelDb,
  file: Pick<Blob, 'size' | 'text'>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, reason: 'het bestand is te groot' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'het bestand kon niet worden gelezen' };
  }
  return importData(db, text, options);
}

/** Replaces the user's data with the backup's, all or nothing. Drafts are replaced only when the backup has them. */
export async function importData(
  db: PanelDb,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const parsed = parseBackup(text, options);
  if (!parsed.ok) return parsed;
  const t = parsed.backup.tables;
  try {
    await db.transaction(
      'rw',
      [db.favourites, db.recent, db.notes, db.progress, db.signals, db.drafts],
      async () => {
        await Promise.all([
          db.favourites.clear(),
          db.recent.clear(),
          db.notes.clear(),
          db.progress.clear(),
          db.signals.clear(),
        ]);
        await db.favourites.bulkAdd(t.favourites);
        await db.recent.bulkAdd(t.recent);
        await db.notes.bulkAdd(t.notes);
        await db.progress.bulkAdd(t.progress);
        await db.signals.bulkAdd(t.signals ?? []);
        if (t.drafts) {
          await db.drafts.clear();
          await db.drafts.bulkAdd(t.drafts);
        }
      },
    );
  } catch (e) {
    return {
      ok: false,
      reason: `importeren mislukt; er is niets veranderd (${(e as { name?: string }).name ?? String(e)})`,
    };
  }
  return { ok: true, counts: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v?.length ?? 0])) };
}
