/**
 * Everything the background does: open the panel from the toolbar button, the page's context menu
 * ("Zoek in Maatwerkwijzer", "Maatwerkwijzer: invoegen", "Weeg een maatwerkoplossing") and the insert command. It holds no state of its
 * own; hand-overs go through storage.session.
 */
import { browser } from 'wxt/browser';
import { injectText } from '../insert/inject';
import { setupPackDelivery } from '../packs/delivery';
import {
  INSERT_RESULT,
  INSERT_TEXT,
  type InsertResult,
  MAX_QUERY_CHARS,
  PENDING_QUERY,
  PENDING_VIEW,
} from './session-keys';

const MENU_SEARCH = 'mw-search';
const MENU_INSERT = 'mw-insert';
const MENU_WEIGH = 'mw-weigh';

type Tab = { id?: number; windowId?: number };

export function setupBackground(): void {
  // Knowledge packs from the organisation's URLs: does nothing unless its policy names some.
  setupPackDelivery();
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_SEARCH,
        title: browser.i18n.getMessage('menuSearch'),
        contexts: ['selection'],
      });
      browser.contextMenus.create({
        id: MENU_INSERT,
        title: browser.i18n.getMessage('menuInsert'),
        contexts: ['editable'],
      });
      browser.contextMenus.create({
        id: MENU_WEIGH,
        title: browser.i18n.getMessage('menuWeigh'),
        contexts: ['page'],
      });
    });
  });

  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    browser.action?.onClicked.addListener(() => {
      (browser as unknown as FirefoxSidebar).sidebarAction?.toggle();
    });
  }

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'insert-text' && tab?.id !== undefined) void insertInto(tab.id, undefined);
  });

  // The same entry points the menu and the command use, reachable from the extension's own test
  // harness (a service worker global: web pages cannot see it).
  (globalThis as { maatwerkwijzer?: unknown }).maatwerkwijzer = { handleMenuClick, insertInto };
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

/** What a click on one of our context-menu items does (also driven directly by the e2e tests). */
export async function handleMenuClick(info: MenuClick, tab: Tab | undefined): Promise<void> {
  if (info.menuItemId === MENU_SEARCH) {
    // Open first: the panel may only be opened synchronously within the user gesture.
    openPanel(tab);
    const query = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
    await browser.storage.session.set({ [PENDING_QUERY]: { query, at: Date.now() } });
  } else if (info.menuItemId === MENU_WEIGH) {
    openPanel(tab);
    await browser.storage.session.set({ [PENDING_VIEW]: { view: 'waardendriehoek', at: Date.now() } });
  } else if (info.menuItemId === MENU_INSERT && tab?.id !== undefined) {
    await insertInto(tab.id, info.frameId === undefined ? undefined : [info.frameId]);
  }
}

interface ChromeSidePanel {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
}

function openPanel(tab: Tab | undefined): void {
  const sp = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sp && tab?.windowId !== undefined) sp.open({ windowId: tab.windowId }).catch(() => undefined);
  else (browser as unknown as FirefoxSidebar).sidebarAction?.open().catch(() => undefined);
}

/** Injects the chosen text at the caret of the focused field in the given tab (and frame). */
export async function insertInto(tabId: number, frameIds: number[] | undefined): Promise<InsertResult> {
  const stored = await browser.storage.session.get(INSERT_TEXT);
  const text = (stored[INSERT_TEXT] as string | undefined) ?? '';
  // The context menu and the keyboard command act on the page the user is in: it must have the focus.
  const outcome = text ? await injectText(tabId, text, { frameIds, requireFocus: true }) : null;
  const result: InsertResult = !outcome
    ? { at: Date.now(), ok: false, detail: 'no-text' }
    : outcome.ok
      ? { at: Date.now(), ok: true, detail: outcome.field }
      : { at: Date.now(), ok: false, detail: outcome.reason };
  await browser.storage.session.set({ [INSERT_RESULT]: result });
  return result;
}
