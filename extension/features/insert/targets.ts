/**
 * Which tab the panel's own insert button may write into: only a tab whose origin the browser has
 * granted us (the origins the user or the organisation allowed), never one we merely see through a
 * passing activeTab grant (webmail, say, after a context-menu click there). Pure: no browser APIs.
 */

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
  lastAccessed?: number;
}

/** Whether `origin` (scheme://host[:port]) falls under a granted host permission pattern. */
export function originGranted(origin: string, pattern: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)?$/.exec(pattern);
  if (!m) return false;
  const [, scheme, hostPart = ''] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const portAt = hostPart.lastIndexOf(':');
  const hasPort = portAt > -1 && !hostPart.endsWith(']');
  const host = (hasPort ? hostPart.slice(0, portAt) : hostPart).toLowerCase();
  if (hasPort && hostPart.slice(portAt + 1) !== '*' && hostPart.slice(portAt + 1) !== url.port) return false;
  const name = url.hostname.toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) return name === host.slice(2) || name.endsWith(host.slice(1));
  return name === host;
}

export function tabOrigin(tab: TabLike): string | null {
  if (!tab.url || !/^https?:/i.test(tab.url)) return null;
  try {
    return new URL(tab.url).origin;
  } catch {
    return null;
  }
}

/**
 * The tab to insert into: the active tab of the panel's window when its origin is granted, else the
 * most recently used tab on a granted origin; null when no tab is on a granted origin.
 */
export function chooseTarget(
  tabs: TabLike[],
  granted: string[],
  windowId?: number,
): { tab: TabLike & { id: number }; origin: string } | null {
  const candidates = tabs
    .map((tab) => ({ tab, origin: tabOrigin(tab) }))
    .filter(
      (c): c is { tab: TabLike & { id: number }; origin: string } =>
        c.tab.id !== undefined &&
        c.origin !== null &&
        granted.some((p) => originGranted(c.origin as string, p)),
    );
  const here = (t: TabLike) => Number(!!t.active && (windowId === undefined || t.windowId === windowId));
  candidates.sort(
    (a, b) => here(b.tab) - here(a.tab) || (b.tab.lastAccessed ?? 0) - (a.tab.lastAccessed ?? 0),
  );
  return candidates[0] ?? null;
}
