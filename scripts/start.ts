/**
 * `npm start` (after `npm run build`): serves the demo case software on localhost and, where a display
 * exists, opens it in a system Chromium with the freshly built extension loaded. Without a display it
 * says where the built extension is and how to load it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDir } from '../test/e2e/fixtures.ts';
import { findChromium, QUIET_FLAGS } from './chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const CHROME_DIR = join(ROOT, '.output', 'chrome-mv3');
const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');

if (!existsSync(join(CHROME_DIR, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first (npm start does this for you).');
  process.exit(1);
}
const { url } = await serveDir(join(ROOT, 'demo', 'case-software'));
const chromium = findChromium();
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  !!process.env.DISPLAY ||
  !!process.env.WAYLAND_DISPLAY;

const howTo = [
  'Maatwerkwijzer is built:',
  `  Chrome/Chromium/Edge: open chrome://extensions, switch on developer mode, "Load unpacked": ${CHROME_DIR}`,
  `  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on", pick ${join(FIREFOX_DIR, 'manifest.json')}`,
  `The demo case software runs at ${url} (Ctrl+C stops it).`,
  'Open the panel with the toolbar button or Alt+Shift+M; select text on the page and right-click "Zoek in Maatwerkwijzer".',
].join('\n');

if (!chromium || !hasDisplay) {
  console.log(howTo);
  if (!hasDisplay) console.log('(No display here, so no browser was started.)');
} else {
  console.log(howTo);
  const profile = mkdtempSync(join(tmpdir(), 'maatwerkwijzer-'));
  const args = [
    ...QUIET_FLAGS,
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${CHROME_DIR}`,
    `--load-extension=${CHROME_DIR}`,
    url,
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
  const child = spawn(chromium, args, { stdio: 'ignore' });
  child.on('exit', () => process.exit(0));
}
