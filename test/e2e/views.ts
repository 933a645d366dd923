/**
 * Every view of the panel, reached the way a user reaches it, for the width, type-size, axe and
 * translation checks. Navigation uses stable hooks (tab order, data-action), not labels, so the same
 * walk works in Dutch and English.
 */
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

export interface ViewStep {
  name: string;
  go(panel: Page): Promise<void>;
}

const tab = (panel: Page, i: number) => panel.locator('nav.tabs button').nth(i).click();

async function openEntry(panel: Page, query: string, id: string) {
  await tab(panel, 0);
  await panel.getByRole('combobox').fill(query);
  await panel.locator(`#results [data-id="${id}"]`).click();
  await expect(panel.locator(`article.entry[data-entry="${id}"]`)).toBeVisible();
}

async function action(panel: Page, name: string) {
  const direct = panel.locator(`[data-action="${name}"]`);
  if (!(await direct.first().isVisible())) await panel.locator('details.more > summary').click();
  await direct.first().click();
}

export const VIEWS: ViewStep[] = [
  {
    name: 'start',
    go: async (p) => {
      await tab(p, 0);
      await expect(p.getByRole('combobox')).toBeVisible();
    },
  },
  {
    name: 'results',
    go: async (p) => {
      await tab(p, 0);
      await p.getByRole('combobox').fill('pgb');
      await expect(p.locator('#results [role=option]').first()).toBeVisible();
    },
  },
  { name: 'entry', go: (p) => openEntry(p, 'fietskar bakfiets', 'lelystad-fietskar-in-plaats-van-bakfiets') },
  { name: 'entry-law', go: (p) => openEntry(p, 'kostendelersnorm', 'participatiewet-kostendelersnorm') },
  {
    // Found only through its voorbeeldvragen: the why-line names them instead of "a related word".
    name: 'entry-why-examples',
    go: async (p) => {
      await openEntry(p, 'mama met kids bankslapers', 'lelystad-dakloosheid-tijdelijk-andere-gemeente');
      await expect(p.locator('article.entry .why')).toHaveText(
        /^(Gevonden in: voorbeeldvragen|Found in: example searches)\.$/,
      );
    },
  },
  {
    name: 'entry-review',
    go: (p) => openEntry(p, 'huishoudelijke hulp per jaar', 'lelystad-huishoudelijke-hulp-per-jaar'),
  },
  {
    name: 'waardendriehoek-short',
    go: async (p) => {
      await p.locator('button.weigh').click();
      await expect(p.locator('section.waardendriehoek')).toBeVisible();
    },
  },
  {
    name: 'waardendriehoek-full',
    go: async (p) => {
      await p.locator('button.weigh').click();
      await p.locator('[data-action="full-weighing"]').click();
      await p.locator('[data-action="add-cost"]').click();
      await expect(p.locator('.rendement')).toBeVisible();
    },
  },
  {
    name: 'patterns',
    go: async (p) => {
      await tab(p, 3);
      await expect(p.locator('section.patterns')).toBeVisible();
      await p.locator('[data-action="log-signal"]').click();
      await expect(p.locator('table.signals')).toBeVisible();
    },
  },
  {
    name: 'favourites',
    go: async (p) => {
      await tab(p, 1);
      await expect(p.locator('main h2')).toBeVisible();
    },
  },
  {
    name: 'recent',
    go: async (p) => {
      await tab(p, 2);
      await expect(p.locator('main h2')).toBeVisible();
    },
  },
  {
    name: 'settings',
    go: async (p) => {
      await tab(p, 4);
      await expect(p.locator('section.settings')).toBeVisible();
    },
  },
  {
    name: 'guide',
    go: async (p) => {
      await tab(p, 4);
      await p.locator('[data-action="guide"]').click();
      await expect(p.locator('article.guide')).toBeVisible();
    },
  },
  {
    name: 'proposal',
    go: async (p) => {
      await tab(p, 4);
      await p.locator('[data-action="propose"]').click();
      await expect(p.locator('section.proposal')).toBeVisible();
      await p.locator('#p-titel').fill('x');
      await p.locator('#p-titel').blur();
    },
  },
  {
    name: 'route',
    go: (p) => openEntry(p, 'eerste week wat is maatwerk', 'eerste-week-wat-is-maatwerk'),
  },
  {
    name: 'training',
    go: async (p) => {
      await openEntry(p, 'eerste week wat is maatwerk', 'eerste-week-wat-is-maatwerk');
      await action(p, 'train');
      await expect(p.locator('section.training')).toBeVisible();
      await p.locator('[data-action="reveal"]').click();
    },
  },
  {
    name: 'print',
    go: async (p) => {
      await openEntry(p, 'fietskar bakfiets', 'lelystad-fietskar-in-plaats-van-bakfiets');
      await action(p, 'print');
      await expect(p.locator('section.print-cards')).toBeVisible();
    },
  },
];

export async function setLocale(sw: Worker, locale: 'nl' | 'en') {
  await sw.evaluate(
    (l) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ uiLocale: l }),
    locale,
  );
}

export interface Measure {
  /** Largest scrollWidth - clientWidth of any element, with the element. */
  worst: { over: number; scrollWidth: number; clientWidth: number; what: string };
  overflowing: string[];
  /** The widest scrollWidth of any element, and the page's own. */
  widest: number;
  page: number;
  /** Visible text in a font smaller than 13 px. */
  small: string[];
}

/** Horizontal overflow of every element and the size of every visible text. */
export function measure(panel: Page): Promise<Measure> {
  return panel.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
    const overflowing: string[] = [];
    let worst = { over: 0, scrollWidth: 0, clientWidth: 0, what: '' };
    const small: string[] = [];
    let widest = 0;
    for (const el of document.querySelectorAll('*')) {
      widest = Math.max(widest, el.scrollWidth);
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      const over = el.scrollWidth - el.clientWidth;
      if (over > worst.over)
        worst = { over, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, what: describe(el) };
      if (el.scrollWidth > el.clientWidth)
        overflowing.push(`${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!hasText || el.getClientRects().length === 0) continue;
      if (el.closest('svg')) continue;
      const size = Number.parseFloat(style.fontSize);
      if (size < 13) small.push(`${describe(el)} ${size}px "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    }
    return { worst, overflowing, small, widest, page: document.documentElement.scrollWidth };
  });
}
