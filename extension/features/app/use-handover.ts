/**
 * What the page's context menu hands the panel through session storage: a query ("Zoek in
 * Maatwerkwijzer") or a view to open (the Waardendriehoek). Each is taken once, then removed.
 */
import { useEffect } from 'preact/hooks';
import { PENDING_QUERY, PENDING_VIEW } from '../background/session-keys';
import type { Platform } from '../platform/platform';

export function useHandover(platform: Platform, onQuery: (query: string) => void, onWeigh: () => void): void {
  useEffect(() => {
    const take = (value: unknown) => {
      const q = (value as { query?: unknown } | undefined)?.query;
      if (typeof q === 'string') {
        onQuery(q);
        void platform.sessionRemove(PENDING_QUERY);
      }
    };
    const takeView = (value: unknown) => {
      if ((value as { view?: unknown } | undefined)?.view === 'waardendriehoek') {
        onWeigh();
        void platform.sessionRemove(PENDING_VIEW);
      }
    };
    void platform.sessionGet(PENDING_QUERY).then(take);
    void platform.sessionGet(PENDING_VIEW).then(takeView);
    return platform.onSessionChange((key, value) => {
      if (key === PENDING_QUERY && value) take(value);
      if (key === PENDING_VIEW && value) takeView(value);
    });
  }, [platform, onQuery, onWeigh]);
}
