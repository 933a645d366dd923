/**
 * Reaching the Firefox extension's background page from one of its own pages (the side panel opened in a
 * tab): `browser.runtime.getBackgroundPage()` gives its window, where setupBackground() put the same
 * entry points the context menu and the keyboard command use (`globalThis.maatwerkwijzer`).
 */
import type { Page } from 'puppeteer-core';

export interface InsertResult {
  ok: boolean;
  detail: string;
  clipboard?: boolean;
}

interface Ext {
  browser: {
    runtime: { getBackgroundPage(): Promise<Window & { maatwerkwijzer?: Record<string, unknown> }> };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    storage: {
      session: { set(v: object): Promise<void>; get(k?: string): Promise<Record<string, unknown>> };
    };
  };
}

/** The id of the tab showing a URL that starts with `url` (the e2e build may see localhost URLs). */
export async function tabIdOf(extPage: Page, url: string): Promise<number> {
  const id = await extPage.evaluate(async (u: string) => {
    const { browser } = globalThis as unknown as Ext;
    return (await browser.tabs.query({})).find((t) => t.url?.startsWith(u))?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Runs the background's insertion into the focused field of a tab, as the menu item and command do. */
export function insertViaBackground(
  extPage: Page,
  tabId: number,
  frameIds?: number[],
): Promise<InsertResult> {
  return extPage.evaluate(
    async (tab: number, frames: number[] | null) => {
      const { browser } = globalThis as unknown as Ext;
      const bg = await browser.runtime.getBackgroundPage();
      const mw = bg.maatwerkwijzer as {
        insertInto(t: number, f: number[] | undefined): Promise<InsertResult>;
      };
      const r = await mw.insertInto(tab, frames ?? undefined);
      return JSON.parse(JSON.stringify(r)) as InsertResult;
    },
    tabId,
    frameIds ?? null,
  );
}

/** What a click on one of the extension's context-menu items does, run in the background. */
export function menuClickViaBackground(
  extPage: Page,
  info: { menuItemId: string; selectionText?: string; frameId?: number },
  tab: { id?: number; windowId?: number },
): Promise<void> {
  return extPage.evaluate(
    async (i: typeof info, t: typeof tab) => {
      const { browser } = globalThis as unknown as Ext;
      const bg = await browser.runtime.getBackgroundPage();
      const mw = bg.maatwerkwijzer as { handleMenuClick(i: unknown, t: unknown): Promise<void> };
      await mw.handleMenuClick(i, t);
    },
    info,
    tab,
  );
}

/** Readies a text for insertion, as the panel's "Klaarzetten om in te voegen" does (storage.session). */
export async function readyText(extPage: Page, key: string, text: string): Promise<void> {
  await extPage.evaluate(
    async (k: string, t: string) => {
      const { browser } = globalThis as unknown as Ext;
      await browser.storage.session.set({ [k]: t });
    },
    key,
    text,
  );
}
