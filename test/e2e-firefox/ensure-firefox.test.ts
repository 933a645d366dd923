/**
 * The Firefox finder the suite and `npm test` rely on (scripts/ensure-firefox.ts): the version check
 * against the manifest's strict_min_version, and FIREFOX_PATH taking precedence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
  findFirefox,
  findUsableFirefox,
  MIN_FIREFOX_MAJOR,
  parseFirefoxMajor,
} from '../../scripts/ensure-firefox';
import { ROOT } from '../helpers/firefox';

const saved = process.env.FIREFOX_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.FIREFOX_PATH;
  else process.env.FIREFOX_PATH = saved;
});

test('the minimum major version is the manifest’s strict_min_version', () => {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const declared = /strict_min_version:\s*'(\d+)\./.exec(config)?.[1];
  expect(Number(declared)).toBe(MIN_FIREFOX_MAJOR);
});

test('reads the major version from what Firefox and Firefox ESR print, and nothing from other output', () => {
  expect(parseFirefoxMajor('Mozilla Firefox 153.8.0esr\n')).toBe(153);
  expect(parseFirefoxMajor('Mozilla Firefox 140.12.0esr')).toBe(140);
  expect(parseFirefoxMajor('Mozilla Firefox 160.0a1')).toBe(160);
  expect(parseFirefoxMajor('Mozilla Firefox 99.0')).toBe(99);
  expect(parseFirefoxMajor('')).toBeNull();
  expect(parseFirefoxMajor('Chromium 156.0.7000.1')).toBeNull();
  expect(parseFirefoxMajor('firefox: command not found')).toBeNull();
});

test('FIREFOX_PATH is the only candidate when set: a missing path or a program that is not Firefox is not usable', () => {
  process.env.FIREFOX_PATH = '/nonexistent/firefox';
  expect(findFirefox()).toBeNull();
  expect(findUsableFirefox()).toBeNull();
  process.env.FIREFOX_PATH = process.execPath; // node: runs, but prints no Firefox version
  expect(findFirefox()).toBe(process.execPath);
  expect(findUsableFirefox()).toBeNull();
});

test('finds a Firefox new enough for the extension on this machine (ensure-firefox installs one on Debian)', () => {
  // As the suite itself finds it (FIREFOX_PATH as the user set it, or the usual places).
  if (saved === undefined) delete process.env.FIREFOX_PATH;
  else process.env.FIREFOX_PATH = saved;
  const found = findUsableFirefox();
  expect(found, 'run npx tsx scripts/ensure-firefox.ts').not.toBeNull();
  expect(found?.major).toBeGreaterThanOrEqual(MIN_FIREFOX_MAJOR);
});
