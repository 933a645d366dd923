/**
 * Finds a Firefox for the Firefox end-to-end tests (FIREFOX_PATH, /usr/bin/firefox-esr, `firefox` on the
 * PATH) and checks it is at least the manifest's strict_min_version. Run as a script, it installs the
 * Debian package `firefox-esr` when it may (root on Debian/Ubuntu, as CI is: bookworm-security carries a
 * recent ESR, bookworm main only 140, which is too old), and elsewhere says what to do.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The manifest's `browser_specific_settings.gecko.strict_min_version` (wxt.config.ts), as a major. */
export const MIN_FIREFOX_MAJOR = 142;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The first Firefox found, or null. FIREFOX_PATH, when set, is the only candidate. */
export function findFirefox(): string | null {
  const env = process.env.FIREFOX_PATH;
  if (env) return existsSync(env) && executable(env) ? env : null;
  const candidates = [
    '/usr/bin/firefox-esr',
    onPath('firefox-esr'),
    onPath('firefox'),
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ];
  return candidates.find((p): p is string => p !== null && existsSync(p) && executable(p)) ?? null;
}

/** The major version `firefox --version` reports ("Mozilla Firefox 153.8.0esr" → 153), or null. */
export function parseFirefoxMajor(versionLine: string): number | null {
  const m = /Firefox\s+(\d+)\./.exec(versionLine);
  return m ? Number(m[1]) : null;
}

export function firefoxMajor(path: string): number | null {
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    return parseFirefoxMajor(out);
  } catch {
    return null;
  }
}

/** A Firefox that is new enough, with its version; null when there is none. */
export function findUsableFirefox(): { path: string; major: number } | null {
  const path = findFirefox();
  if (!path) return null;
  const major = firefoxMajor(path);
  return major !== null && major >= MIN_FIREFOX_MAJOR ? { path: realpathSync(path), major } : null;
}

function describe(path: string | null): string {
  if (!path) return 'none found';
  const major = firefoxMajor(path);
  return `${path} is version ${major ?? 'unknown'}, the extension needs ${MIN_FIREFOX_MAJOR} or newer`;
}

function aptInstall(): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'firefox-esr'], {
      stdio: 'inherit',
      env,
    });
  // Try first without touching the package lists (fast when they are fresh); on a fresh machine the
  // lists are empty or stale, so update them and try again.
  try {
    install();
    if (findUsableFirefox()) return;
  } catch {
    // fall through to the update
  }
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'], { stdio: 'inherit', env });
  install();
}

function main(): void {
  const found = findUsableFirefox();
  if (found) {
    console.log(`firefox: ${found.path} (${found.major})`);
    return;
  }
  const before = describe(findFirefox());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!process.env.FIREFOX_PATH && existsSync('/usr/bin/apt-get') && isRoot) {
    console.log(`firefox: ${before}; installing the Debian package "firefox-esr" (apt-get)…`);
    try {
      aptInstall();
    } catch (e) {
      console.error(`firefox: apt-get failed: ${(e as Error).message}`);
    }
    const now = findUsableFirefox();
    if (now) {
      console.log(`firefox: ${now.path} (${now.major})`);
      return;
    }
  }
  console.error(
    [
      `firefox: no usable Firefox (${describe(findFirefox())}), and it cannot be installed automatically here.`,
      `The Firefox end-to-end tests need Firefox ${MIN_FIREFOX_MAJOR} or newer:`,
      '  Debian 12: sudo apt-get update && sudo apt-get install firefox-esr   (from bookworm-security)',
      '  Ubuntu/Fedora/macOS: install Firefox from mozilla.org or your packages;',
      '  or set FIREFOX_PATH=/path/to/firefox',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
