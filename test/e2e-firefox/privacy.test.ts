/**
 * The privacy promises in Firefox: a whole working session makes no request that would leave the
 * machine, and keeps nothing of the page it sits beside. All outside traffic of the whole browser goes to
 * a recording proxy (nothing is forwarded); positive controls prove that the recorder does see a
 * deliberate outside request from a web page, the background page and the extension's own tab.
 */
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox, ROOT } from '../helpers/firefox';
import { insertViaBackground, tabIdOf } from '../helpers/firefox-background';
import { CANARIES, caretToEnd, dumpExtensionStorage, type StorageDump, WEIGH_FLOW } from '../helpers/flows';
import { byRole, click, clickButton, clickStable, fill, radio, waitForMatch } from '../helpers/pptr';
import { type StaticServer, serveStatic } from '../helpers/static-server';

let ff: FirefoxSession;
let demo: StaticServer;

beforeAll(async () => {
  [ff, demo] = await Promise.all([launchFirefox(), serveStatic(join(ROOT, 'demo', 'case-software'))]);
});
afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

async function waitForSeen(pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!ff.proxy.seen.some((s) => pattern.test(s))) {
    if (Date.now() > deadline) throw new Error(`the proxy never saw ${pattern}; it saw ${ff.proxy.seen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function storageOf(panel: Page): Promise<StorageDump> {
  return panel.evaluate(dumpExtensionStorage);
}

test('a full session sends nothing outside the machine and stores no page data; the recorder does see a deliberate outside request', async () => {
  const page = await ff.openPage(demo.url);
  await waitForMatch(page, '#canary', /Canarie/);

  const panel = await ff.openPanel();
  // Open twenty entries, one after another, from the results of one broad query.
  for (let i = 0; i < 20; i++) {
    await clickButton(panel, 'Zoeken');
    await panel.locator('[role=combobox]').fill('zorg');
    const option = (await panel.waitForFunction(
      // Once the full tier has ranked the results, so the list no longer changes under the click.
      (n: number) => document.querySelectorAll('#results[data-tier="full"] [role=option]')[n] ?? null,
      { timeout: 10_000 },
      i,
    )) as ElementHandle<Element>;
    const id = await option.evaluate((el) => el.getAttribute('data-id'));
    await clickStable(option);
    await panel.waitForSelector(`article.entry[data-entry="${id}"]`);
  }
  await fill(panel, 'Mijn notitie', 'Bespreken in het teamoverleg');
  await clickButton(panel, /Bewaar als favoriet/);
  await clickButton(panel, /Weeg dit voor mijn casus/);
  await clickButton(panel, WEIGH_FLOW.full);
  await fill(panel, 'Welke maatwerkoplossing weeg je?', 'Vervoer regelen voor de behandeling');
  await (await radio(panel, /zelf meegedacht/, 'ja')).click();
  await click(panel, byRole('button', 'Klaarzetten om in te voegen'));

  await page.bringToFront();
  await page.evaluate(caretToEnd, '#afweging');
  const tab = await tabIdOf(panel, demo.url);
  expect((await insertViaBackground(panel, tab)).ok).toBe(true);
  // The draft autosaves: wait until it is stored rather than for a fixed time.
  await panel.waitForFunction(
    async () => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('maatwerkwijzer');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const n: number = await new Promise((res) => {
        const q = db.transaction('drafts').objectStore('drafts').count();
        q.onsuccess = () => res(q.result);
      });
      db.close();
      return n === 1;
    },
    { timeout: 10_000, polling: 100 },
  );

  // 1. Zero network: nothing reached the proxy, from any page, the extension or the browser itself.
  expect(ff.proxy.seen).toEqual([]);

  // 2. No reading without a user action: nothing of the page in any storage the extension has.
  const stored = await storageOf(panel);
  expect(stored.indexedDb.favourites?.length).toBe(1);
  expect(stored.indexedDb.notes?.length).toBe(1);
  expect(stored.indexedDb.drafts?.length).toBe(1);
  const everything = JSON.stringify(stored);
  // Self-test: the canaries are really on the page, so their absence above means something.
  const pageText = await page.content();
  for (const canary of CANARIES) expect(pageText).toContain(canary);
  for (const canary of CANARIES) expect(everything).not.toContain(canary);

  // 3. Nothing runs in the page by itself: no content script is registered.
  const registered = await panel.evaluate(async () =>
    (
      globalThis as unknown as {
        browser: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
      }
    ).browser.scripting.getRegisteredContentScripts(),
  );
  expect(registered).toEqual([]);

  // 4. Even a deliberate request from the panel's own code is stopped by its Content Security Policy.
  const blocked = await panel.evaluate(() =>
    fetch('https://csp.outside.example/ping').then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(blocked).toBe('blocked');

  // 5. Positive controls: a deliberate outside request IS recorded, from a web page, from the background
  // page and from the extension's own tab (a navigation, which no CSP stops).
  await page.evaluate(() => {
    void fetch('http://page.outside.example/ping').catch(() => undefined);
  });
  await waitForSeen(/page\.outside\.example/);
  // The background may reach https (organisation pack delivery, only when a policy names a URL).
  await panel.evaluate(async () => {
    const g = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } };
    const bg = await g.browser.runtime.getBackgroundPage();
    void bg.fetch('https://background.outside.example/ping').catch(() => undefined);
  });
  await waitForSeen(/background\.outside\.example/);
  void panel.evaluate(() => location.assign('http://panel.outside.example/')).catch(() => undefined);
  await waitForSeen(/panel\.outside\.example/);
  expect(ff.proxy.seen.some((s) => s.includes('csp.outside.example'))).toBe(false);
  await Promise.all([panel.close(), page.close()]);
});
