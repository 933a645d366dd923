/**
 * Finds a system Chromium for the end-to-end tests and `npm start`. Playwright's own browser download
 * is never used (it needs a host that is not reachable everywhere): set CHROMIUM_PATH, or install
 * Chromium from your system's packages (Debian/Ubuntu: `apt-get install chromium`; Fedora:
 * `dnf install chromium`; macOS: install Chromium or Google Chrome).
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string | null {
  const env = process.env.CHROMIUM_PATH;
  if (env) return existsSync(env) ? env : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags for a quiet, offline Chromium: no background traffic, no first-run, no sync. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
