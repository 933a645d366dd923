/** Retention: what a user types expires. Purged at start-up and on a timer; the purge logs a count only. */
import { DAY, type PanelDb } from './db';

export const DEFAULT_DRAFT_DAYS = 14;
export const DEFAULT_NOTE_DAYS = 90;

export async function purgeExpired(db: PanelDb, now: number = Date.now()): Promise<number> {
  const n = await db.transaction('rw', db.notes, db.drafts, async () => {
    const a = await db.notes.where('expiresAt').below(now).delete();
    const b = await db.drafts.where('expiresAt').below(now).delete();
    return a + b;
  });
  if (n > 0) console.info(`Maatwerkwijzer: ${n} verlopen item(s) verwijderd`);
  return n;
}

export function expiry(days: number, now: number = Date.now()): number {
  return now + days * DAY;
}
