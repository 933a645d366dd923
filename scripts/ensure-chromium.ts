/**
 * Makes sure a system Chromium exists before the end-to-end tests. On Debian-like systems where we
 * are root (CI, this project's machines) it installs the `chromium` package; elsewhere it says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

const found = findChromium();
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/usr/bin/apt-get') && isRoot) {
  console.log('chromium: not found; installing the Debian package "chromium" (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const now = findChromium();
  if (now) {
    console.log(`chromium: ${now}`);
    process.exit(0);
  }
}
console.error(
  [
    'chromium: no Chromium found, and it cannot be installed automatically here.',
    'The end-to-end tests need a system Chromium or Chrome (Playwright does not download one):',
    '  Debian/Ubuntu: sudo apt-get install chromium     Fedora: sudo dnf install chromium',
    '  macOS: install Chromium or Google Chrome;       or set CHROMIUM_PATH=/path/to/chrome',
  ].join('\n'),
);
process.exit(1);
