/**
 * The built Firefox extension (`firefox-mv2-e2e`) in a real, headless Firefox, driven by puppeteer-core
 * over WebDriver BiDi (Playwright cannot drive a stock Firefox). Each session gets:
 * - a private copy of the Firefox folder (symlinks to everything but `distribution/`, a copied launcher) with
 *   its own `distribution/policies.json`, so a test can set the organisation's policy (`3rdparty`, read by
 *   the extension through `browser.storage.managed`) without touching the system;
 * - a recording proxy for all outside traffic of the whole browser (see recording-proxy.ts);
 * - Dutch as the browser's language, as a Dutch professional's Firefox has.
 */

import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findUsableFirefox, MIN_FIREFOX_MAJOR } from '../../scripts/ensure-firefox';
import { firefoxProxyPrefs, type RecordingProxy, startRecordingProxy } from './recording-proxy';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, process.env.MW_OUT ?? '.output', 'firefox-mv2-e2e');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'maatwerkwijzer@maatwerkwijzer.nl';
/** The side panel (Firefox sidebar) is this wide; its pages are tested at this width. */
export const PANEL_VIEWPORT = { width: 400, height: 900 };

/**
 * Policies that silence the browser's own background traffic (remote settings, telemetry, studies,
 * updates, captive-portal checks), so that whatever the recording proxy sees came from a page or the
 * extension. None of them touches what an extension may do.
 */
const QUIET_POLICIES = {
  DisableRemoteSettingsAndAcceptSecurityConsequences: true,
  DisableTelemetry: true,
  DisableFirefoxStudies: true,
  DisableAppUpdate: true,
  DisableSystemAddonUpdate: true,
  CaptivePortal: false,
  NetworkPrediction: false,
  ExtensionUpdate: false,
};

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  origin: string;
  panelUrl: string;
  proxy: RecordingProxy;
  /** A new tab on the side panel's page, at the panel's width, once its search box is there. */
  openPanel(): Promise<Page>;
  /** A new tab on a web page, loaded. */
  openPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The organisation's settings for this extension (policies.json → 3rdparty → Extensions → id). */
  managed?: unknown;
}

function requireFirefox(): string {
  const found = findUsableFirefox();
  if (!found)
    throw new Error(
      `No Firefox ${MIN_FIREFOX_MAJOR}+ found: run \`npx tsx scripts/ensure-firefox.ts\` (installs firefox-esr on Debian as root), or set FIREFOX_PATH.`,
    );
  return found.path;
}

/** A private Firefox folder whose distribution/policies.json holds `policies`; returns its launcher. */
function privateFirefox(realLauncher: string, policies: object): { dir: string; launcher: string } {
  const source = dirname(realLauncher);
  const dir = mkdtempSync(join(tmpdir(), 'mw-firefox-'));
  for (const name of readdirSync(source)) {
    if (name === 'distribution' || name === basename(realLauncher)) continue;
    symlinkSync(join(source, name), join(dir, name));
  }
  // A copy, not a link: Firefox takes its application folder from its own executable's path.
  const launcher = join(dir, basename(realLauncher));
  copyFileSync(realLauncher, launcher);
  mkdirSync(join(dir, 'distribution'));
  writeFileSync(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { dir, launcher };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const realLauncher = requireFirefox();
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(
      `No Firefox e2e build in ${FIREFOX_EXTENSION_DIR}: run MW_E2E=1 npx wxt build -b firefox (with MW_OUT if set).`,
    );
  const policies = {
    ...QUIET_POLICIES,
    ...(options.managed === undefined ? {} : { '3rdparty': { Extensions: { [GECKO_ID]: options.managed } } }),
  };
  const { dir, launcher } = privateFirefox(realLauncher, policies);
  const proxy = await startRecordingProxy();
  const uuid = randomUUID();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: launcher,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'intl.locale.requested': 'nl',
        'intl.accept_languages': 'nl-NL, nl',
        ...firefoxProxyPrefs(proxy.port),
      },
    });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (e) {
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const origin = `moz-extension://${uuid}`;
  const panelUrl = `${origin}/sidepanel.html`;
  return {
    browser,
    uuid,
    origin,
    panelUrl,
    proxy,
    async openPanel() {
      const page = await browser.newPage();
      await page.setViewport(PANEL_VIEWPORT);
      // goto on a moz-extension:// page never reports completion over BiDi: start it, wait for the page.
      void page.goto(panelUrl).catch(() => undefined);
      await waitForLoaded(page, panelUrl);
      await page.waitForSelector('[role=combobox]', { timeout: 15_000 });
      return page;
    },
    async openPage(url: string) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Polls until the page shows `url` and has loaded. While the old document is torn down, an evaluation
 * can fail inside Firefox's remote agent; that is part of navigating, so it is retried until the deadline.
 */
async function waitForLoaded(page: Page, url: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
      if (href === url && state === 'complete') return;
      last = `${href} (${state})`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not load within ${timeout} ms; last: ${last}`);
}
