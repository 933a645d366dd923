/** The Platform over the real extension APIs (wxt/browser covers Chrome and Firefox). */
import { browser } from 'wxt/browser';
import { injectText } from '../insert/inject';
import { chooseTarget } from '../insert/targets';
import { isPolicyChange, readManaged } from '../policy/managed';
import type { Platform } from './platform';

export const INDEX_PATH = '/kb/index.json';
export const FULL_INDEX_PATH = '/kb/full.json';

async function loadOwnJson(path: string): Promise<unknown> {
  // The extension's own packaged file: allowed by connect-src 'self'; never a network request.
  // The index is generated at build time, so it is not among WXT's typed public paths.
  const res = await fetch((browser.runtime.getURL as (path: string) => string)(path));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

/**
 * The host permission pattern for an origin. Local case software is asked for without its port:
 * Firefox does not take the declared `http://localhost/*` to cover `http://localhost:8080/*` (it
 * rejects the request), and a pattern without a port matches every port in both browsers.
 */
export function permissionPattern(origin: string): string {
  try {
    const u = new URL(origin);
    if (u.hostname === 'localhost' || u.hostname === '127.0.0.1') return `${u.protocol}//${u.hostname}/*`;
  } catch {
    // not a URL: the request below fails and is reported as refused
  }
  return `${origin}/*`;
}

async function findTarget() {
  const [tabs, granted, here] = await Promise.all([
    browser.tabs.query({}),
    browser.permissions.getAll(),
    browser.windows.getCurrent().catch(() => undefined),
  ]);
  return chooseTarget(tabs, granted.origins ?? [], here?.id);
}

export function webPlatform(): Platform {
  return {
    loadIndex: () => loadOwnJson(INDEX_PATH),
    loadFullIndex: () => loadOwnJson(FULL_INDEX_PATH),
    async sessionGet(key) {
      return (await browser.storage.session.get(key))[key];
    },
    async sessionSet(key, value) {
      await browser.storage.session.set({ [key]: value });
    },
    async sessionRemove(key) {
      await browser.storage.session.remove(key);
    },
    onSessionChange(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'session') return;
        for (const [k, v] of Object.entries(changes)) cb(k, v.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async localGet(key) {
      return (await browser.storage.local.get(key))[key];
    },
    async localSet(key, value) {
      await browser.storage.local.set({ [key]: value });
    },
    // Managed storage (Firefox throws without a policy: undefined); see features/policy/managed.ts.
    managedGet: readManaged,
    onManagedChange(cb) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (isPolicyChange(changes, area)) cb();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    async allowedOrigins() {
      const all = await browser.permissions.getAll();
      return (all.origins ?? []).map((o) => o.replace(/\/\*$/, ''));
    },
    async allowOrigin(origin) {
      // A refused or impossible request (Firefox rejects patterns it does not find declared) is a "no".
      return browser.permissions.request({ origins: [permissionPattern(origin)] }).catch(() => false);
    },
    async removeOrigin(origin) {
      await browser.permissions.remove({ origins: [permissionPattern(origin)] });
    },
    insertTarget: async () => (await findTarget())?.origin ?? null,
    onTabsChange(cb) {
      const changed = () => cb();
      browser.tabs.onActivated.addListener(changed);
      browser.tabs.onUpdated.addListener(changed);
      browser.tabs.onRemoved.addListener(changed);
      browser.permissions.onAdded?.addListener(changed);
      browser.permissions.onRemoved?.addListener(changed);
      return () => {
        browser.tabs.onActivated.removeListener(changed);
        browser.tabs.onUpdated.removeListener(changed);
        browser.tabs.onRemoved.removeListener(changed);
        browser.permissions.onAdded?.removeListener(changed);
        browser.permissions.onRemoved?.removeListener(changed);
      };
    },
    async insertIntoPage(text, origin) {
      // Only a tab on an origin the browser granted us: a tab merely visible through activeTab (a
      // context-menu click on webmail) is never a target. The origin the panel named must still hold.
      const target = await findTarget();
      if (!target) return { ok: false, detail: 'no-target' };
      if (origin !== undefined && target.origin !== origin) return { ok: false, detail: 'target-changed' };
      const r = await injectText(target.tab.id, text, { requireFocus: false });
      return r.ok ? { ok: true, detail: r.field } : { ok: false, detail: r.reason };
    },
    languages() {
      return [...navigator.languages, browser.i18n.getUILanguage()];
    },
  };
}
