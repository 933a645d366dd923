/**
 * Issue 15 item 1: the panel's "Invoegen in casussoftware" inserts only into a tab whose origin the
 * browser granted, never into a tab merely visible through activeTab (webmail after a menu click).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseTarget, originGranted } from '../../../extension/features/insert/targets';

const fake = vi.hoisted(() => ({
  tabs: [] as { id: number; url?: string; active: boolean; windowId: number; lastAccessed: number }[],
  origins: [] as string[],
  injected: [] as number[],
  requested: [] as string[],
}));
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: { query: async () => fake.tabs },
    permissions: {
      getAll: async () => ({ origins: fake.origins }),
      request: async (o: { origins: string[] }) => {
        fake.requested.push(...o.origins);
        if (o.origins.some((p) => /:\d+\//.test(p) && p.includes('localhost')))
          throw new Error('Cannot request origin permission since it was not declared in the manifest');
        return true;
      },
    },
    windows: { getCurrent: async () => ({ id: 1 }) },
    scripting: {
      executeScript: async (o: { target: { tabId: number }; func: { name: string } }) => {
        fake.injected.push(o.target.tabId);
        return o.func.name === 'probeFocus'
          ? [{ frameId: 0, result: { focused: true, field: 'textarea' } }]
          : [{ frameId: 0, result: { ok: true, field: 'textarea', via: 'history' } }];
      },
    },
  },
}));
const { webPlatform } = await import('../../../extension/features/platform/web-platform');

const WEBMAIL = {
  id: 1,
  url: 'https://webmail.example.org/inbox',
  active: true,
  windowId: 1,
  lastAccessed: 20,
};
const CASUS = {
  id: 2,
  url: 'https://casus.example.nl/dossier/7',
  active: false,
  windowId: 1,
  lastAccessed: 10,
};

beforeEach(() => {
  fake.tabs = [WEBMAIL, CASUS];
  fake.origins = ['https://casus.example.nl/*'];
  fake.injected = [];
  fake.requested = [];
});

describe("the panel's direct insertion", () => {
  it('never injects into the active tab when its origin is not granted (an activeTab grant only)', async () => {
    const r = await webPlatform().insertIntoPage('Zie voorbeeld');
    expect(fake.injected).not.toContain(WEBMAIL.id);
    expect(r).toEqual({ ok: true, detail: 'textarea' });
    expect(fake.injected).toEqual([CASUS.id, CASUS.id]);
  });

  it('names the granted origin it will insert into', async () => {
    expect(await webPlatform().insertTarget?.()).toBe('https://casus.example.nl');
  });

  it('inserts nowhere when no tab is on a granted origin', async () => {
    fake.tabs = [WEBMAIL];
    expect(await webPlatform().insertTarget?.()).toBeNull();
    expect(await webPlatform().insertIntoPage('x')).toEqual({ ok: false, detail: 'no-target' });
    expect(fake.injected).toEqual([]);
  });

  it('refuses when the named origin is no longer the target', async () => {
    expect(await webPlatform().insertIntoPage('x', 'https://other.example.nl')).toEqual({
      ok: false,
      detail: 'target-changed',
    });
    expect(fake.injected).toEqual([]);
  });
});

describe('granted origins', () => {
  it('matches host permission patterns as the browser does', () => {
    expect(originGranted('http://localhost:5173', 'http://localhost/*')).toBe(true);
    expect(originGranted('http://localhost:5173', 'http://localhost:8080/*')).toBe(false);
    expect(originGranted('https://casus.example.nl', 'http://casus.example.nl/*')).toBe(false);
    expect(originGranted('https://a.casus.example.nl', 'https://*.example.nl/*')).toBe(true);
    expect(originGranted('https://evilexample.nl', 'https://*.example.nl/*')).toBe(false);
    expect(originGranted('https://casus.example.nl.evil.org', 'https://casus.example.nl/*')).toBe(false);
    expect(originGranted('https://x.org', '<all_urls>')).toBe(true);
    expect(originGranted('file:///etc/passwd', '<all_urls>')).toBe(false);
    expect(originGranted('not a url', 'https://*/*')).toBe(false);
  });

  it('prefers the active tab of the panel window, then the most recently used granted tab', () => {
    const granted = ['https://casus.example.nl/*', 'https://b.example.nl/*'];
    const other = { id: 3, url: 'https://b.example.nl/', active: true, windowId: 2, lastAccessed: 30 };
    expect(chooseTarget([CASUS, other], granted, 1)?.tab.id).toBe(other.id);
    expect(chooseTarget([CASUS, { ...other, windowId: 1 }], granted, 1)?.tab.id).toBe(other.id);
    expect(chooseTarget([{ ...CASUS, active: true }, other], granted, 1)?.tab.id).toBe(CASUS.id);
    expect(chooseTarget([WEBMAIL, { id: 4, active: true, windowId: 1 }], granted, 1)).toBeNull();
  });
});

describe('allowing an origin', () => {
  it('asks for local case software without its port (Firefox rejects a port the manifest does not declare)', async () => {
    expect(await webPlatform().allowOrigin('http://localhost:39869')).toBe(true);
    expect(await webPlatform().allowOrigin('https://casus.example.nl:8443')).toBe(true);
    expect(fake.requested).toEqual(['http://localhost/*', 'https://casus.example.nl:8443/*']);
  });

  it('reports a rejected request as refused instead of failing silently', async () => {
    fake.requested = [];
    const pattern = (await import('../../../extension/features/platform/web-platform')).permissionPattern;
    expect(pattern('http://127.0.0.1:5173')).toBe('http://127.0.0.1/*');
    // The fake rejects localhost patterns with a port, as Firefox 153 does.
    const { browser } = await import('wxt/browser');
    await expect(browser.permissions.request({ origins: ['http://localhost:1/*'] })).rejects.toThrow();
    const original = browser.permissions.request;
    browser.permissions.request = async () => {
      throw new Error('not declared');
    };
    try {
      expect(await webPlatform().allowOrigin('https://casus.example.nl')).toBe(false);
    } finally {
      browser.permissions.request = original;
    }
  });
});
