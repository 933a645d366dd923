/**
 * The last few searches that led to an opened entry, for the start screen. Kept in session storage
 * (memory only, gone when the browser closes), never a query that looks like personal data.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { findPersonalData } from '../../../kb/privacy/privacy-guard';
import { RECENT_SEARCHES } from '../background/session-keys';
import type { Platform } from '../platform/platform';

export { RECENT_SEARCHES };
export const MAX_RECENT_SEARCHES = 5;

export function nextRecent(list: readonly string[], query: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ').slice(0, 80);
  if (q.length < 2 || findPersonalData(q).length) return [...list];
  return [q, ...list.filter((x) => x.toLowerCase() !== q.toLowerCase())].slice(0, MAX_RECENT_SEARCHES);
}

export function useRecentSearches(platform: Platform) {
  const [list, setList] = useState<string[]>([]);
  useEffect(() => {
    void platform.sessionGet(RECENT_SEARCHES).then((v) => {
      if (Array.isArray(v))
        setList(v.filter((x): x is string => typeof x === 'string').slice(0, MAX_RECENT_SEARCHES));
    });
  }, [platform]);
  const add = useCallback(
    (query: string) =>
      setList((cur) => {
        const next = nextRecent(cur, query);
        void platform.sessionSet(RECENT_SEARCHES, next);
        return next;
      }),
    [platform],
  );
  /** Forget the list here too (the wipe removes it from session storage). */
  const clear = useCallback(() => setList([]), []);
  return { list, add, clear };
}
