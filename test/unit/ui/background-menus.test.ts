/**
 * Docs and code agree on the context menu (issue 15): every menu item the background handles is also
 * created at install, with a title from the locale files. Before, "Weeg een maatwerkoplossing"
 * (MENU_WEIGH) was handled and documented (README, docs/permissions.md, messages.json) but never created.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const created: { id: string; title: string; contexts: string[] }[] = [];
const installed: (() => void)[] = [];
const session: Record<string, unknown> = {};

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { onInstalled: { addListener: (f: () => void) => installed.push(f) } },
    contextMenus: {
      removeAll: () => Promise.resolve(),
      create: (o: { id: string; title: string; contexts: string[] }) => created.push(o),
      onClicked: { addListener: () => undefined },
    },
    commands: { onCommand: { addListener: () => undefined } },
    action: { onClicked: { addListener: () => undefined } },
    i18n: { getMessage: (key: string) => `msg:${key}` },
    storage: { session: { set: (v: Record<string, unknown>) => Object.assign(session, v), get: () => ({}) } },
  },
}));

const ROOT = join(import.meta.dirname, '..', '..', '..');
const locale = (l: string) =>
  JSON.parse(
    readFileSync(join(ROOT, 'extension', 'public', '_locales', l, 'messages.json'), 'utf8'),
  ) as Record<string, unknown>;

describe('the context menu', () => {
  it('creates every item the background handles, each titled from the locale files', async () => {
    const { setupBackground, handleMenuClick } = await import('../../../extension/features/background/setup');
    setupBackground();
    for (const f of installed) f();
    await new Promise((r) => setTimeout(r, 0));
    const ids = created.map((c) => c.id).sort();
    expect(ids).toEqual(['mw-insert', 'mw-search', 'mw-weigh']);
    for (const c of created) {
      const key = c.title.replace(/^msg:/, '');
      expect(locale('nl')[key], key).toBeDefined();
      expect(locale('en')[key], key).toBeDefined();
    }
    // The weigh item opens the Waardendriehoek in the panel.
    await handleMenuClick({ menuItemId: 'mw-weigh' }, undefined);
    expect(session.pendingView).toMatchObject({ view: 'waardendriehoek' });
  });
});
