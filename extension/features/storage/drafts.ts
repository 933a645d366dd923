/**
 * Drafts of a Waardendriehoek weighing: kept only on this device, expiring after the retention period
 * (default 14 days, set by the user or by policy), purged at start-up and hourly (retention.ts).
 */
import type { Draft, PanelDb } from './db';
import { parseDraftData } from './draft-data';
import { DEFAULT_DRAFT_DAYS, expiry } from './retention';
import { StorageError } from './store';

export const DRAFT_DAYS_KEY = 'draftDays';
export const MIN_DRAFT_DAYS = 1;
export const MAX_DRAFT_DAYS = 90;

export function validDraftDays(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= MIN_DRAFT_DAYS && v <= MAX_DRAFT_DAYS
    ? v
    : DEFAULT_DRAFT_DAYS;
}

export async function saveDraft(
  db: PanelDb,
  draft: Pick<Draft, 'id' | 'title' | 'data'>,
  days: number,
  now = Date.now(),
): Promise<Draft> {
  const row: Draft = { ...draft, kind: 'waardendriehoek', updatedAt: now, expiresAt: expiry(days, now) };
  try {
    await db.drafts.put(row);
  } catch (e) {
    const quota = /quota/i.test(String((e as { name?: string }).name ?? e));
    throw new StorageError(
      quota ? 'de opslag van de browser is vol' : `concept opslaan mislukt (${String(e)})`,
    );
  }
  return row;
}

/**
 * The drafts that can be resumed, newest first: not expired, and with data of the shape a weighing needs
 * (checked on every read, not only on import: a draft from an older version or a damaged record is left
 * out, so "Hervat" only ever gets a valid weighing). Their data is the checked value.
 */
export async function listDrafts(db: PanelDb, now = Date.now()): Promise<Draft[]> {
  const all = await db.drafts.where('kind').equals('waardendriehoek').toArray();
  return all
    .filter((d) => d.expiresAt >= now)
    .flatMap((d) => {
      const data = parseDraftData(d.data);
      return data ? [{ ...d, data }] : [];
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function deleteDraft(db: PanelDb, id: string): Promise<void> {
  await db.drafts.delete(id);
}

export async function deleteAllDrafts(db: PanelDb): Promise<void> {
  await db.drafts.where('kind').equals('waardendriehoek').delete();
}
