/**
 * The editor matrix: insertion through the background (as the context menu and Alt+Shift+I do) into the
 * editors case software embeds, built from the real packages (`demo/editors/`, `scripts/build-editors.ts`).
 * For each: single- and multi-line text, the editor's own model equal to the DOM, existing text kept,
 * separators, one Ctrl+Z removing exactly the insertion; and refusals that leave the field untouched.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page, Worker } from '@playwright/test';
import {
  INPUT_FIELDS,
  type ModelName,
  MULTI,
  MULTI_LINES,
  PLAIN_EDITABLES,
  REFUSALS,
  RICH_EDITORS,
  SINGLE,
  TEXT_FIELDS,
} from '../helpers/editor-matrix';
import { test as base, expect, insertViaBackground, ROOT, serveDir, tabIdOf } from './fixtures';

const EDITORS_DIR = join(ROOT, process.env.MW_EDITORS_OUT ?? '.tmp/editors');

const test = base.extend<{ editors: Page }>({
  editors: async ({ context }, use) => {
    if (!existsSync(join(EDITORS_DIR, 'editors.js')))
      throw new Error('Build the editor matrix page first: npx tsx scripts/build-editors.ts');
    const { server, url } = await serveDir(EDITORS_DIR);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-ready=true]');
    await use(page);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  },
});

async function insert(sw: Worker, page: Page, text: string) {
  await sw.evaluate((t) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }
    ).chrome;
    return api.storage.session.set({ insertText: t });
  }, text);
  return insertViaBackground(sw, await tabIdOf(sw, page.url()));
}

/** Focuses the field and puts the caret at its very end, as a user clicking after the text would. */
async function caretAtEnd(where: Page | Frame, selector: string) {
  await where.locator(selector).click();
  await where.locator(selector).press('Control+End');
}

const value = (where: Page | Frame, selector: string) =>
  where.locator(selector).evaluate((el) => (el as HTMLInputElement).value);

const model = (page: Page, name: ModelName) =>
  page.evaluate(
    (n) =>
      (window as unknown as { editors: Record<string, { model(): { paragraphs: string[] } }> }).editors[
        n
      ]?.model().paragraphs,
    name,
  );
/** The paragraphs as the DOM shows them: one per block child, or per line of a plain field. */
async function domParagraphs(where: Page | Frame, selector: string): Promise<string[]> {
  const blocks = where.locator(`${selector} > p, ${selector} > div`);
  const textFirst = await where
    .locator(selector)
    .evaluate((el) => el.firstChild?.nodeType === Node.TEXT_NODE);
  if (textFirst || (await blocks.count()) === 0)
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is compared.
    return (await where.locator(selector).innerText()).replace(/\n$/, '').split('\n');
  return (await blocks.allInnerTexts()).map((t) => t.replace(/\n$/, '').replace(/\n/g, '⏎'));
}

for (const f of TEXT_FIELDS) {
  test(`${f.name}: a line goes in after a space, a second does not run into it, and Ctrl+Z takes back exactly each insertion`, async ({
    editors,
    serviceWorker,
  }) => {
    const where = f.frame ? (editors.frame({ url: /frame\.html/ }) as Frame) : editors;
    await caretAtEnd(where, f.selector);
    expect(await insert(serviceWorker, editors, SINGLE)).toMatchObject({ ok: true, detail: 'textarea' });
    expect(await value(where, f.selector)).toBe(`${f.initial} ${SINGLE}`);
    expect(await insert(serviceWorker, editors, 'Tweede')).toMatchObject({ ok: true });
    expect(await value(where, f.selector)).toBe(`${f.initial} ${SINGLE} Tweede`);
    if (f.react) expect((await model(editors, 'react'))?.join('\n')).toBe(`${f.initial} ${SINGLE} Tweede`);
    await where.locator(f.selector).press('Control+z');
    expect(await value(where, f.selector)).toBe(`${f.initial} ${SINGLE}`);
    await where.locator(f.selector).press('Control+z');
    expect(await value(where, f.selector)).toBe(f.initial);
    if (f.react) expect(await model(editors, 'react')).toEqual([f.initial]);
  });

  test(`${f.name}: multi-line text keeps its line breaks on a line of its own, and one Ctrl+Z removes it`, async ({
    editors,
    serviceWorker,
  }) => {
    const where = f.frame ? (editors.frame({ url: /frame\.html/ }) as Frame) : editors;
    await caretAtEnd(where, f.selector);
    expect(await insert(serviceWorker, editors, MULTI)).toMatchObject({ ok: true, detail: 'textarea' });
    expect(await value(where, f.selector)).toBe(`${f.initial}\n${MULTI}`);
    if (f.react) expect(await model(editors, 'react')).toEqual([f.initial, ...MULTI_LINES]);
    await where.locator(f.selector).press('Control+z');
    expect(await value(where, f.selector)).toBe(f.initial);
    if (f.react) expect(await model(editors, 'react')).toEqual([f.initial]);
  });
}

for (const f of INPUT_FIELDS) {
  test(`${f.name}: lines are joined with "; ", framework state follows, and Ctrl+Z removes exactly the insertion`, async ({
    editors,
    serviceWorker,
  }) => {
    await caretAtEnd(editors, f.selector);
    expect(await insert(serviceWorker, editors, MULTI)).toMatchObject({ ok: true, detail: 'input' });
    const joined = `${f.initial} ${MULTI_LINES.join('; ')}`;
    expect(await value(editors, f.selector)).toBe(joined);
    const reactInput = () =>
      editors.evaluate(() =>
        (window as unknown as { editors: { react: { input(): string } } }).editors.react.input(),
      );
    if (f.react) expect(await reactInput()).toBe(joined);
    await editors.locator(f.selector).press('Control+z');
    expect(await value(editors, f.selector)).toBe(f.initial);
    if (f.react) expect(await reactInput()).toBe(f.initial);
    // The caret in the middle of a word: spaces on both sides, the word's halves kept.
    await editors.locator(f.selector).evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3));
    expect(await insert(serviceWorker, editors, 'X')).toMatchObject({ ok: true });
    expect(await value(editors, f.selector)).toBe(`${f.initial.slice(0, 3)} X ${f.initial.slice(3)}`);
  });
}

for (const f of RICH_EDITORS) {
  test(`${f.name}: a line joins the paragraph after a space, multi-line text becomes real paragraphs, the model equals the DOM${f.undo ? ', and Ctrl+Z removes exactly the insertion' : ''}`, async ({
    editors,
    serviceWorker,
  }) => {
    await caretAtEnd(editors, f.selector);
    expect(await insert(serviceWorker, editors, SINGLE)).toMatchObject({
      ok: true,
      detail: 'contenteditable',
    });
    await expect.poll(() => model(editors, f.model)).toEqual([`${f.initial} ${SINGLE}`]);
    expect(await domParagraphs(editors, f.selector)).toEqual([`${f.initial} ${SINGLE}`]);
    if (f.undo) {
      await editors.locator(f.selector).press('Control+z');
      await expect.poll(() => model(editors, f.model)).toEqual([f.initial]);
      expect(await domParagraphs(editors, f.selector)).toEqual([f.initial]);
    }

    await caretAtEnd(editors, f.selector);
    expect(await insert(serviceWorker, editors, MULTI)).toMatchObject({
      ok: true,
      detail: 'contenteditable',
    });
    const start = f.undo ? f.initial : `${f.initial} ${SINGLE}`;
    await expect.poll(() => model(editors, f.model)).toEqual([start, ...MULTI_LINES]);
    expect(await domParagraphs(editors, f.selector)).toEqual([start, ...MULTI_LINES]);
    if (f.model === 'tiptap')
      expect(
        await editors.evaluate(() =>
          (
            window as unknown as { editors: { tiptap: { hardBreaks(): number } } }
          ).editors.tiptap.hardBreaks(),
        ),
      ).toBe(0);
    if (f.undo) {
      await editors.locator(f.selector).press('Control+z');
      await expect.poll(() => model(editors, f.model)).toEqual([f.initial]);
      expect(await domParagraphs(editors, f.selector)).toEqual([f.initial]);
    }
  });
}

test('Lexical plain text: multi-line text becomes line breaks, and the model equals the DOM', async ({
  editors,
  serviceWorker,
}) => {
  await caretAtEnd(editors, '#lexical-plain');
  expect(await insert(serviceWorker, editors, MULTI)).toMatchObject({ ok: true, detail: 'contenteditable' });
  await expect.poll(() => model(editors, 'lexicalPlain')).toEqual(['Notitie:', ...MULTI_LINES]);
  expect(await domParagraphs(editors, '#lexical-plain')).toEqual([`Notitie:⏎${MULTI_LINES.join('⏎')}`]);
});

for (const f of PLAIN_EDITABLES) {
  test(`${f.name}: a line after a space, multi-line text as paragraphs, and Ctrl+Z removes exactly each insertion`, async ({
    editors,
    serviceWorker,
  }) => {
    const where = f.frame ? (editors.frame({ url: /frame\.html/ }) as Frame) : editors;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is compared.
    const text = async () => (await where.locator(f.selector).innerText()).replace(/\n$/, '');
    await caretAtEnd(where, f.selector);
    expect(await insert(serviceWorker, editors, SINGLE)).toMatchObject({
      ok: true,
      detail: 'contenteditable',
    });
    expect(await text()).toBe(`${f.initial} ${SINGLE}`);
    await where.locator(f.selector).press('Control+z');
    expect(await text()).toBe(f.initial);
    await caretAtEnd(where, f.selector);
    expect(await insert(serviceWorker, editors, MULTI)).toMatchObject({
      ok: true,
      detail: 'contenteditable',
    });
    expect(await text()).toBe(`${f.initial}\n${MULTI}`);
    expect(await where.locator(`${f.selector} > div`).count()).toBe(MULTI_LINES.length);
    await where.locator(f.selector).press('Control+z');
    expect(await text()).toBe(f.initial);
  });
}

test('a field in a frame from another origin is out of reach: the panel says so, nothing is written', async ({
  editors,
  serviceWorker,
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  const cross = editors.frame({ url: /127\.0\.0\.1.*cross\.html/ }) as Frame;
  expect(cross).toBeTruthy();
  await editors.bringToFront();
  await caretAtEnd(cross, '#frame-textarea');
  expect(await insert(serviceWorker, editors, SINGLE)).toMatchObject({ ok: false, detail: 'no-access' });
  expect(await value(cross, '#frame-textarea')).toBe('Notitie:');
  await expect(panel.locator('.toast')).toContainText('frame van een ander adres');
  // Nothing was put on the clipboard behind the user's back, and the message does not pretend so.
  await expect(panel.locator('.toast')).toContainText('Kies Kopieer');
  await expect(panel.locator('.toast')).not.toContainText('Ingevoegd');
});

test('never inserts into password-like, read-only or hidden fields, and leaves each unchanged', async ({
  editors,
  serviceWorker,
}) => {
  const cases = REFUSALS;
  for (const [selector, reason] of cases) {
    const field = editors.locator(selector);
    const before = await field.evaluate((el) => (el as HTMLInputElement).value ?? el.textContent);
    await field.focus();
    expect(await editors.evaluate(() => document.activeElement?.id), selector).toBe(selector.slice(1));
    expect(await insert(serviceWorker, editors, SINGLE), selector).toMatchObject({
      ok: false,
      detail: reason,
    });
    expect(await field.evaluate((el) => (el as HTMLInputElement).value ?? el.textContent), selector).toBe(
      before,
    );
  }
});

test('a field that undoes every change is reported as a failure, never as inserted', async ({
  editors,
  serviceWorker,
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await editors.bringToFront();
  for (const selector of ['#react-locked', '#reverting-ce']) {
    await caretAtEnd(editors, selector);
    expect(await insert(serviceWorker, editors, SINGLE), selector).toMatchObject({
      ok: false,
      detail: 'not-landed',
    });
    const text = await editors
      .locator(selector)
      .evaluate((el) => (el as HTMLInputElement).value ?? el.textContent);
    expect(text, selector).toBe('Vast:');
    await expect(panel.locator('.toast'), selector).toContainText('nam de tekst niet');
    await expect(panel.locator('.toast'), selector).not.toContainText('Ingevoegd');
  }
});

test('the menu and keyboard path inserts nothing while the case software’s tab does not have the focus', async ({
  editors,
  serviceWorker,
  context,
}) => {
  await caretAtEnd(editors, '#textarea');
  // Playwright makes every page report the focus; let this one tell the truth, then put another tab in front.
  const cdp = await context.newCDPSession(editors);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  const other = await context.newPage();
  await other.bringToFront();
  await expect.poll(() => editors.evaluate(() => document.hasFocus())).toBe(false);
  expect(await insert(serviceWorker, editors, SINGLE)).toMatchObject({ ok: false, detail: 'no-focus' });
  expect(await value(editors, '#textarea')).toBe('Afweging:');
});

test('the panel names the granted origin it will insert into, and inserts there', async ({
  editors,
  context,
  panelUrl,
}) => {
  await caretAtEnd(editors, '#textarea');
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('maatwerkpot');
  await panel.getByRole('combobox').press('Enter');
  const origin = new URL(editors.url()).origin;
  // Direct insertion sits in the entry's "Meer acties" menu; its button names the target origin.
  await panel.getByText('Meer acties').click();
  const button = panel.getByRole('button', { name: `Invoegen in ${origin}` });
  await expect(button).toBeVisible();
  await button.click();
  await expect(panel.locator('.toast')).toContainText(`Ingevoegd in het veld op ${origin}`);
  expect(await value(editors, '#textarea')).toMatch(/^Afweging: Zie voorbeeld: /);
});
