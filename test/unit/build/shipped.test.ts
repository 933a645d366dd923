/**
 * What the built extension promises, checked on the build output (npm test builds before the unit tests).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'permissions.json'), 'utf8'));
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

function built(name: string): string {
  const dir = join(ROOT, '.output', name);
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir} is missing: run \`npm run build\` first`);
  return dir;
}
const manifest = (name: string) => JSON.parse(readFileSync(join(built(name), 'manifest.json'), 'utf8'));
function scripts(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Every URL literal allowed in the bundle: the official law text, XML namespaces, libraries' error-message links, and examples. */
const URL_ALLOWLIST = [
  /^https:\/\/wetten\.overheid\.nl(\/|$)/, // the official law text (also in messages naming a law's URL)
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML)$/,
  /^http:\/\/localhost$/, // the allowed-origin check accepts http only for localhost
  /^https:\/\/casus\.mijngemeente\.nl$/, // placeholder text in settings
  /^https:\/\/github\.com\/markedjs\/marked\.?$/, // marked's error message
  /^https:\/\/tinyurl\.com\/y2uuvskb$/, // Dexie's error message
  /^http:\/\/bit\.ly\/2kdckMn$/, // Dexie's error message
];

describe.each(BUILDS)('the %s build', (name) => {
  it('asks for exactly the checked-in permissions and no broad host access', () => {
    const m = manifest(name);
    const want = EXPECTED[name];
    expect(m.permissions).toEqual(want.permissions);
    expect(m.optional_host_permissions).toEqual(want.optional_host_permissions);
    expect(m.optional_permissions).toEqual(want.optional_permissions);
    expect(m.host_permissions).toBeUndefined();
    expect(JSON.stringify(m.permissions)).not.toMatch(/<all_urls>|"tabs"|\*:\/\//);
  });

  it('registers no content script and exposes no resources to web pages', () => {
    const m = manifest(name);
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it('limits its pages to its own scripts and files (connect-src self, plus https: for the policy-named pack delivery)', () => {
    const m = manifest(name);
    const csp =
      typeof m.content_security_policy === 'string'
        ? m.content_security_policy
        : m.content_security_policy.extension_pages;
    expect(csp).toBe(EXPECTED.csp);
  });

  it('contains no network API but two fetches (its own packaged index; in the background, the pack URLs a policy names) and no URL outside the allowlist', () => {
    const files = scripts(built(name));
    const all = files.map((f) => f.text).join('\n');
    for (const api of [
      'XMLHttpRequest',
      'WebSocket',
      'sendBeacon',
      'EventSource',
      'importScripts',
      'new Function',
      'RTCPeerConnection',
    ]) {
      expect(all.includes(api), api).toBe(false);
    }
    expect(all).not.toMatch(/[^.\w]eval\(/);
    // The global fetch, not a method named fetch (MiniSearch's map has one) nor its definition.
    const fetches = [...all.matchAll(/(?<![.\w])fetch\(([^)]{0,60})\)(?!\s*\{)/g)].map((m) => m[1]);
    // Two: the panel's fetch of its own packaged index, and the background's pack delivery
    // (features/packs/delivery.ts), which fetches only the pack URLs the organisation's policy names.
    expect(fetches.length).toBe(2);
    expect(fetches.filter((f) => /getURL\(/.test(f ?? ''))).toHaveLength(1);
    const inBackground = files.filter((f) => f.file === 'background.js' && /(?<![.\w])fetch\(/.test(f.text));
    expect(inBackground).toHaveLength(1);
    const urls = [...new Set([...all.matchAll(/https?:\/\/[^"'`\s)<>\\]+/g)].map((m) => m[0]))];
    expect(urls.filter((u) => !URL_ALLOWLIST.some((re) => re.test(u)))).toEqual([]);
  });

  it('listens to no messages: no page, extension or content script can talk to it', () => {
    const all = scripts(built(name))
      .map((f) => f.text)
      .join('\n');
    expect(all).not.toMatch(/onMessage(External)?\.addListener|onConnect(External)?\.addListener/);
  });
});
