/** The Platform over the real extension APIs (wxt/browser covers Chrome and Firefox). */
import { browser } from 'wxt/browser';
import type { Platform } from './platform';

export const INDEX_PATH = '/kb/index.json';

export function webPlatform(): Platform {
  return {
    async loadIndex() {
      // The extension's own packaged file: allowed by connect-src 'self'; never a network request.
      // The index is generated at build time, so it is not among WXT's typed public paths.
      const res = await fetch((browser.runtime.getURL as (path: string) => string)(INDEX_PATH));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json();
    },
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
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    languages() {
      return [...navigator.languages, browser.i18n.getUILanguage()];
    },
  };
}
