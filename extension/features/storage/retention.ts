/**
 * Retention: what a user types expires. Purged at start-up and on a timer; the purge logs a count only.
 *   notes     90 days after the last edit (DEFAULT_NOTE_DAYS)
 *   drafts    1–90 days, default 14 (drafts.ts)
 *   signals   SIGNAL_DAYS after the day they were logged: a year covers any escalation or report cycle
 * Imports are clamped to the same limits (backup.ts), so no record outlives them.
 */
import { DAY, type PanelDb } from './db';

export const DEFAULT_DRAFT_DAYS = 14;
export const DEFAULT_NOTE_DAYS = 90;
export const SIGNAL_DAYS = 365;

/** The oldest signal day (YYYY-MM-DD, UTC) that is still kept at `now`. */
export function oldestSignalDay(now: number): string {
  return new Date(now - SIGNAL_DAYS * DAY).toISOString().slice(0, 10);
}

export async function purgeExpired(db: PanelDb, now: number = Date.now()): Promise<number> {
  const n = await db.transaction('rw', db.notes, db.drafts, db.signals, async () => {
    const a = await db.notes.where('expiresAt').below(now).delete();
    const b = await db.drafts.where('expiresAt').below(now).delete();
    const c = await db.signals.where('date').below(oldestSignalDay(now)).delete();
    return a + b + c;
  });
  if (n > 0) console.info(`Maatwerkwijzer: ${n} verlopen item(s) verwijderd`);
  return n;
}

export function expiry(days: number, now: number = Date.now()): number {
  return now + days * DAY;
}
