/**
 * Keys in `storage.session` (memory only, gone when the browser closes) through which the background
 * and the panel hand each other a query or a text. Nothing here is written to disk.
 */
export const PENDING_QUERY = 'pendingQuery';
/** A view the panel should open (the Waardendriehoek, from the page's context menu). */
export const PENDING_VIEW = 'pendingView';
/** The text the user chose in the panel to insert into the case form next. */
export const INSERT_TEXT = 'insertText';
/** What happened at the last insertion attempt, for the panel to report. */
export const INSERT_RESULT = 'insertResult';
/** The last few searches that led to an opened entry, for the start screen. */
export const RECENT_SEARCHES = 'recentSearches';
/** Every key above: what "Wis al mijn gegevens" removes from `storage.session`. */
export const SESSION_KEYS = [
  PENDING_QUERY,
  PENDING_VIEW,
  INSERT_TEXT,
  INSERT_RESULT,
  RECENT_SEARCHES,
] as const;

export const MAX_QUERY_CHARS = 200;
export const MAX_INSERT_CHARS = 20_000;

export interface InsertResult {
  at: number;
  ok: boolean;
  /** Why it did not insert, or which kind of field it inserted into. */
  detail: string;
  /** True when the text went to the clipboard instead. */
  clipboard?: boolean;
}
