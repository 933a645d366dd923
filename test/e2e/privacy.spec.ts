/**
 * The privacy promises, end to end: a whole working session sends nothing over the network and keeps
 * nothing of the page it sits beside.
 */
import { expect, insertViaBackground, tabIdOf, test } from './fixtures';

const CANARIES = ['Canarie', '111222333', '01-02-1990', '06-12345678'];

test('a full session makes no request outside the extension and the local case software, and stores no page data', async ({
  context,
  panelUrl,
  serviceWorker,
  demoUrl,
}) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));

  const page = await context.newPage();
  await page.goto(demoUrl);
  await expect(page.locator('#canary')).toContainText('Canarie');

  const panel = await context.newPage();
  await panel.goto(panelUrl);
  // Open twenty entries, one after another, from the results of a broad query.
  for (let i = 0; i < 20; i++) {
    await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
    await panel.getByRole('combobox').fill('zorg');
    await panel.locator('#results [role=option]').nth(i).click();
    await expect(panel.locator('article.entry')).toBeVisible();
  }
  await panel.getByLabel('Mijn notitie').fill('Bespreken in het teamoverleg');
  await panel.getByRole('button', { name: /Bewaar als favoriet/ }).click();
  await panel.getByRole('button', { name: /Weeg dit voor mijn casus/ }).click();
  await panel.getByLabel('Welke maatwerkoplossing weeg je?').fill('Vervoer regelen voor de behandeling');
  // The full weighing, one click from the short one.
  await panel.locator('[data-action="full-weighing"]').click();
  await panel
    .getByRole('group', { name: /zelf meegedacht/ })
    .getByRole('radio', { name: 'ja', exact: true })
    .check();
  await panel.getByRole('button', { name: 'Klaarzetten om in te voegen' }).click();

  await page.bringToFront();
  await page.locator('#afweging').focus();
  const tab = await tabIdOf(serviceWorker, demoUrl);
  const inserted = await insertViaBackground(serviceWorker, tab);
  expect(inserted.ok).toBe(true);
  await panel.waitForTimeout(800); // let the draft autosave

  // 1. Zero network: only the extension's own files and the local demo server.
  const own = `chrome-extension://${new URL(panelUrl).host}/`;
  const outside = requests.filter(
    (u) => !u.startsWith(own) && !u.startsWith(demoUrl) && !u.startsWith('data:'),
  );
  expect(outside).toEqual([]);
  // The recorder does see the extension's own traffic (the index) and the page's.
  expect(requests.some((u) => u === `${own}kb/index.json`)).toBe(true);
  expect(requests.some((u) => u.startsWith(demoUrl))).toBe(true);

  // 2. No reading without a user action: nothing of the page in any storage the extension has.
  const stores = await panel.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('maatwerkwijzer');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise((res) => {
        const q = db.transaction(name).objectStore(name).getAll();
        q.onsuccess = () => res(q.result);
      });
    }
    db.close();
    return dump;
  });
  expect(stores.favourites?.length).toBe(1);
  expect(stores.notes?.length).toBe(1);
  expect(stores.drafts?.length).toBe(1);
  const extensionStorage = await serviceWorker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(): Promise<object> }; session: { get(): Promise<object> } } };
      }
    ).chrome;
    return { local: await api.storage.local.get(), session: await api.storage.session.get() };
  });
  const everything = JSON.stringify([stores, extensionStorage]);
  // Self-test: the canaries are really on the page, so their absence above means something.
  const pageText = await page.content();
  for (const canary of CANARIES) expect(pageText).toContain(canary);
  for (const canary of CANARIES) expect(everything).not.toContain(canary);

  // 3. Nothing runs in the page by itself: no content script is registered, none is declared.
  const registered = await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
      }
    ).chrome.scripting.getRegisteredContentScripts(),
  );
  expect(registered).toEqual([]);
});
