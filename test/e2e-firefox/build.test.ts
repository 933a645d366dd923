/**
 * The Firefox e2e build the suite installs: it holds the host permission for the local demo server (standing
 * in for the activeTab grant a test cannot get by clicking Firefox's menus) and registers no content script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIREFOX_EXTENSION_DIR, GECKO_ID } from '../helpers/firefox';

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

test('the Firefox e2e build is MV2 with the gecko id the suite installs under and the localhost host permission', () => {
  const m = manifestOf(FIREFOX_EXTENSION_DIR);
  expect(m.manifest_version).toBe(2);
  expect(m.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  expect(m.permissions).toContain('http://localhost/*');
  expect(m.background.scripts).toEqual(['background.js']);
  expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(m.content_scripts).toBeUndefined();
});
