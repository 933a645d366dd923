/**
 * Playwright fixtures: the built Chrome extension loaded into a real (system) Chromium, and the demo
 * case software served on localhost.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { findChromium, QUIET_FLAGS } from '../../scripts/chromium';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, process.env.MW_OUT ?? '.output', 'chrome-mv3-e2e');
const DEMO_DIR = join(ROOT, 'demo', 'case-software');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export function serveDir(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://localhost:${port}/` });
    });
  });
}

/** A real Chromium with the built extension loaded, on the given profile folder. */
export async function launchExtension(userDir: string): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No system Chromium: run `npx tsx scripts/ensure-chromium.ts` (see README).');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('Build the e2e extension first: MW_E2E=1 npx wxt build');
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath,
    headless: true,
    locale: 'nl-NL',
    args: [
      ...QUIET_FLAGS,
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Headless Chromium reports en-US whatever the flags; choose Dutch the way a user would, in settings.
  await sw.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ uiLocale: 'nl' }),
  );
  return context;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  demoUrl: string;
  panelUrl: string;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  context: async ({}, use) => {
    const userDir = mkdtempSync(join(tmpdir(), 'mw-e2e-'));
    const context = await launchExtension(userDir);
    await use(context);
    await context.close();
    rmSync(userDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Headless Chromium reports en-US whatever the flags; choose Dutch the way a user would, in settings.
    await sw.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        uiLocale: 'nl',
      }),
    );
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  panelUrl: async ({ extensionId, serviceWorker: _sw }, use) => {
    await use(`chrome-extension://${extensionId}/sidepanel.html`);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  demoUrl: async ({}, use) => {
    const { server, url } = await serveDir(DEMO_DIR);
    await use(url);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  },
});

export { expect } from '@playwright/test';

/** The id of the tab showing `url` (the e2e build may see the demo's URL; see wxt.config.ts). */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (u) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    return (await api.tabs.query({})).find((t) => t.url?.startsWith(u))?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Runs the background's insertion, as the context menu item and the keyboard command do. */
export function insertViaBackground(
  serviceWorker: Worker,
  tabId: number,
): Promise<{ ok: boolean; detail: string }> {
  return serviceWorker.evaluate(async (tab) => {
    const mw = (
      globalThis as unknown as {
        maatwerkwijzer: { insertInto: (t: number, f?: number[]) => Promise<{ ok: boolean; detail: string }> };
      }
    ).maatwerkwijzer;
    return mw.insertInto(tab, undefined);
  }, tabId);
}
