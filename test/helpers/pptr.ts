/**
 * Small puppeteer-core helpers for the Firefox suite, in the spirit of Playwright's locators: find by
 * role and name, by label, wait for a text or value. Every wait polls the page; no fixed sleeps.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

/** A selector for the element with this ARIA role and exact accessible name. */
export function byRole(role: string, name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
}

export async function click(page: Page, selector: string): Promise<void> {
  await page.locator(selector).setTimeout(10_000).click();
}

/**
 * Clicks an element once it has stopped moving: scrolled to the middle of the view and at the same place
 * for three frames (content that lays itself out as it scrolls into view, such as result excerpts, would
 * otherwise move another element under the pointer). Playwright does the same before each click.
 */
export async function clickStable(handle: ElementHandle<Element>): Promise<void> {
  await handle.evaluate(async (el) => {
    el.scrollIntoView({ block: 'center' });
    let last = '';
    for (let same = 0; same < 3; ) {
      await new Promise((r) => requestAnimationFrame(r));
      const r = el.getBoundingClientRect();
      const now = `${r.x},${r.y},${r.width},${r.height}`;
      same = now === last ? same + 1 : 0;
      last = now;
    }
  });
  await handle.click();
}

/** Checks a checkbox or radio button (a click only when it is not checked yet, as Playwright's check). */
export async function check(page: Page, selector: string): Promise<void> {
  const handle = await page.locator(selector).setTimeout(10_000).waitHandle();
  if (!(await handle.evaluate((el) => (el as HTMLInputElement).checked))) await handle.click();
  if (!(await handle.evaluate((el) => (el as HTMLInputElement).checked)))
    throw new Error(`${selector} did not become checked`);
}

/**
 * Clicks the visible, enabled button whose name (aria-label, else its text) is exactly `name`, or matches
 * a pattern. Found in the page itself: much faster over BiDi than an accessibility-tree query.
 */
export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  const pattern = typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags };
  const handle = (await page.waitForFunction(
    (p: { exact?: string; source?: string; flags?: string }) => {
      const re = p.source === undefined ? null : new RegExp(p.source, p.flags);
      const buttons = Array.from(document.querySelectorAll('button, [role=button]')) as HTMLElement[];
      return (
        buttons.find((b) => {
          if ((b as HTMLButtonElement).disabled || b.getClientRects().length === 0) return false;
          const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim();
          return re ? re.test(label) : label === p.exact;
        }) ?? null
      );
    },
    { timeout: 10_000 },
    pattern,
  )) as ElementHandle<Element>;
  await clickStable(handle);
}

/** The form field whose label (label element, aria-label or aria-labelledby) contains `label`. */
export async function fieldByLabel(page: Page, label: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (wanted: string) => {
      const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const fields = Array.from(document.querySelectorAll('input, textarea, select, [contenteditable]'));
      return (
        fields.find((f) => {
          const names = [
            f.getAttribute('aria-label'),
            ...Array.from((f as HTMLInputElement).labels ?? []).map((l) => l.textContent),
            ...(f.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .map((id) => (id ? document.getElementById(id)?.textContent : '')),
          ];
          return names.some((n) => norm(n).includes(wanted));
        }) ?? null
      );
    },
    { timeout: 10_000 },
    label,
  );
  return handle as ElementHandle<Element>;
}

/** Chooses an option of the select with this label once the option is there (as Playwright's selectOption). */
export async function selectOption(page: Page, label: string, value: string): Promise<void> {
  const select = await fieldByLabel(page, label);
  await page.waitForFunction(
    (el: Element, v: string) => Array.from((el as HTMLSelectElement).options).some((o) => o.value === v),
    { timeout: 10_000 },
    select,
    value,
  );
  const chosen = await select.select(value);
  if (!chosen.includes(value)) throw new Error(`could not choose ${value} in "${label}"`);
}

/** Replaces a field's value by typing, as a user does (select all, type). */
export async function fill(page: Page, label: string, value: string): Promise<void> {
  const field = await fieldByLabel(page, label);
  await field.evaluate((el) => {
    (el as HTMLInputElement).focus();
    (el as HTMLInputElement).select?.();
  });
  await field.type(value);
}

/** The radio button answering the question (fieldset legend matching `question`) with `answer`. */
export async function radio(page: Page, question: RegExp, answer: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (source: string, flags: string, wanted: string) => {
      const re = new RegExp(source, flags);
      for (const set of Array.from(document.querySelectorAll('fieldset'))) {
        const legend = set.querySelector(':scope > legend')?.textContent ?? '';
        if (!re.test(legend)) continue;
        for (const input of Array.from(set.querySelectorAll('input[type=radio]'))) {
          const name = (input as HTMLInputElement).labels?.[0]?.textContent?.trim();
          if (name === wanted) return input;
        }
      }
      return null;
    },
    { timeout: 10_000 },
    question.source,
    question.flags,
    answer,
  );
  return handle as ElementHandle<Element>;
}

export type Readable = 'text' | 'value';

/** Waits until the element's text (or value) matches; fails with what it last was. */
export async function waitForMatch(
  page: Page,
  selector: string,
  pattern: RegExp,
  what: Readable = 'text',
  timeout = 10_000,
): Promise<string> {
  try {
    const handle = await page.waitForFunction(
      (sel: string, source: string, flags: string, prop: Readable) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const got = prop === 'value' ? (el as HTMLInputElement).value : (el.textContent ?? '');
        return new RegExp(source, flags).test(got) ? got : false;
      },
      { timeout },
      selector,
      pattern.source,
      pattern.flags,
      what,
    );
    return (await handle.jsonValue()) as string;
  } catch (e) {
    const last = await page
      .$eval(
        selector,
        (el, prop) => (prop === 'value' ? (el as HTMLInputElement).value : el.textContent),
        what,
      )
      .catch(() => '(no such element)');
    throw new Error(`${selector} ${what} never matched ${pattern}; last: ${JSON.stringify(last)}\n${e}`);
  }
}

/** The number of elements matching the selector, once it equals `count`. */
export async function waitForCount(page: Page, selector: string, count: number): Promise<void> {
  await page.waitForFunction(
    (sel: string, n: number) => document.querySelectorAll(sel).length === n,
    { timeout: 10_000 },
    selector,
    count,
  );
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
