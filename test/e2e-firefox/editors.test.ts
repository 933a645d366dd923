/**
 * The editor matrix in Firefox: insertion through the background page (as the context menu and
 * Alt+Shift+I do) into the editors case software embeds, built from the real packages. For each: single-
 * and multi-line text, the editor's own model equal to the DOM, existing text kept, separators, Ctrl+Z
 * removing exactly the insertion; refusals that leave the field untouched; a cross-origin frame out of
 * reach; a field that never takes the text reported as a failure.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { INSERT_TEXT } from '../../extension/features/background/session-keys';
import { buildEditors } from '../../scripts/build-editors';
import {
  INPUT_FIELDS,
  type ModelName,
  MULTI,
  MULTI_LINES,
  NEVER_LANDS,
  PLAIN_EDITABLES,
  REFUSALS,
  RICH_EDITORS,
  readDomParagraphs,
  readLineStructure,
  readModel,
  readReactInput,
  readRenderedText,
  readTiptapHardBreaks,
  readValue,
  SINGLE,
  TEXT_FIELDS,
} from '../helpers/editor-matrix';
import { type FirefoxSession, launchFirefox, ROOT } from '../helpers/firefox';
import { type InsertResult, insertViaBackground, readyText, tabIdOf } from '../helpers/firefox-background';
import { waitForMatch } from '../helpers/pptr';
import { type StaticServer, serveStatic } from '../helpers/static-server';

let ff: FirefoxSession;
let server: StaticServer;
let panel: Page;
let editors: Page;

beforeAll(async () => {
  const dir = await buildEditors(join(ROOT, '.tmp', 'editors-firefox'));
  [ff, server] = await Promise.all([launchFirefox(), serveStatic(dir)]);
  panel = await ff.openPanel();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});
beforeEach(async () => {
  await editors?.close();
  editors = await ff.openPage(server.url);
  await editors.waitForSelector('html[data-ready=true]');
  // The case software's tab has the focus, as it has when the user right-clicks in it.
  await editors.bringToFront();
});

async function insert(text: string): Promise<InsertResult> {
  await readyText(panel, INSERT_TEXT, text);
  return insertViaBackground(panel, await tabIdOf(panel, server.url));
}

function sameOriginFrame(): Frame {
  const frame = editors.frames().find((f) => f.url().startsWith(`${server.url}frame.html`));
  if (!frame) throw new Error('the same-origin frame is not there');
  return frame;
}
const whereOf = (f: { frame: boolean }): Page | Frame => (f.frame ? sameOriginFrame() : editors);

async function ctrl(key: string): Promise<void> {
  await editors.keyboard.down('Control');
  await editors.keyboard.press(key as 'End');
  await editors.keyboard.up('Control');
}

/** Focuses the field and puts the caret at its very end, as a user clicking after the text would. */
async function caretAtEnd(where: Page | Frame, selector: string): Promise<void> {
  const field = await where.waitForSelector(selector);
  await field?.click();
  await ctrl('End');
}
const undo = () => ctrl('z');

const value = (where: Page | Frame, selector: string) => where.evaluate(readValue, selector);
const model = (name: ModelName) => editors.evaluate(readModel, name);
const paragraphs = (where: Page | Frame, selector: string) => where.evaluate(readDomParagraphs, selector);

for (const f of TEXT_FIELDS) {
  test(`${f.name}: a line goes in after a space, a second does not run into it, and Ctrl+Z takes back exactly each insertion`, async () => {
    const where = whereOf(f);
    await caretAtEnd(where, f.selector);
    expect(await insert(SINGLE)).toMatchObject({ ok: true, detail: 'textarea' });
    expect(await value(where, f.selector)).toBe(`${f.initial} ${SINGLE}`);
    expect(await insert('Tweede')).toMatchObject({ ok: true });
    expect(await value(where, f.selector)).toBe(`${f.initial} ${SINGLE} Tweede`);
    if (f.react) expect((await model('react'))?.join('\n')).toBe(`${f.initial} ${SINGLE} Tweede`);
    await undo();
    await expect.poll(() => value(where, f.selector)).toBe(`${f.initial} ${SINGLE}`);
    await undo();
    await expect.poll(() => value(where, f.selector)).toBe(f.initial);
    if (f.react) expect(await model('react')).toEqual([f.initial]);
  });

  test(`${f.name}: multi-line text keeps its line breaks on a line of its own, and one Ctrl+Z removes it`, async () => {
    const where = whereOf(f);
    await caretAtEnd(where, f.selector);
    expect(await insert(MULTI)).toMatchObject({ ok: true, detail: 'textarea' });
    expect(await value(where, f.selector)).toBe(`${f.initial}\n${MULTI}`);
    if (f.react) expect(await model('react')).toEqual([f.initial, ...MULTI_LINES]);
    await undo();
    await expect.poll(() => value(where, f.selector)).toBe(f.initial);
    if (f.react) expect(await model('react')).toEqual([f.initial]);
  });
}

for (const f of INPUT_FIELDS) {
  test(`${f.name}: lines are joined with "; ", framework state follows, and Ctrl+Z removes exactly the insertion`, async () => {
    await caretAtEnd(editors, f.selector);
    expect(await insert(MULTI)).toMatchObject({ ok: true, detail: 'input' });
    const joined = `${f.initial} ${MULTI_LINES.join('; ')}`;
    expect(await value(editors, f.selector)).toBe(joined);
    if (f.react) expect(await editors.evaluate(readReactInput)).toBe(joined);
    await undo();
    await expect.poll(() => value(editors, f.selector)).toBe(f.initial);
    if (f.react) expect(await editors.evaluate(readReactInput)).toBe(f.initial);
    // The caret in the middle of a word: spaces on both sides, the word's halves kept.
    await editors.$eval(f.selector, (el) => (el as HTMLInputElement).setSelectionRange(3, 3));
    expect(await insert('X')).toMatchObject({ ok: true });
    expect(await value(editors, f.selector)).toBe(`${f.initial.slice(0, 3)} X ${f.initial.slice(3)}`);
  });
}

for (const f of RICH_EDITORS) {
  test(`${f.name}: a line joins the paragraph after a space, multi-line text becomes real paragraphs, the model equals the DOM${f.undo ? ', and Ctrl+Z removes exactly the insertion' : ''}`, async () => {
    await caretAtEnd(editors, f.selector);
    expect(await insert(SINGLE)).toMatchObject({ ok: true, detail: 'contenteditable' });
    await expect.poll(() => model(f.model)).toEqual([`${f.initial} ${SINGLE}`]);
    expect(await paragraphs(editors, f.selector)).toEqual([`${f.initial} ${SINGLE}`]);
    if (f.undo) {
      await undo();
      await expect.poll(() => model(f.model)).toEqual([f.initial]);
      expect(await paragraphs(editors, f.selector)).toEqual([f.initial]);
    }

    await caretAtEnd(editors, f.selector);
    expect(await insert(MULTI)).toMatchObject({ ok: true, detail: 'contenteditable' });
    const start = f.undo ? f.initial : `${f.initial} ${SINGLE}`;
    await expect.poll(() => model(f.model)).toEqual([start, ...MULTI_LINES]);
    expect(await paragraphs(editors, f.selector)).toEqual([start, ...MULTI_LINES]);
    if (f.model === 'tiptap') expect(await editors.evaluate(readTiptapHardBreaks)).toBe(0);
    if (f.undo) {
      await undo();
      await expect.poll(() => model(f.model)).toEqual([f.initial]);
      expect(await paragraphs(editors, f.selector)).toEqual([f.initial]);
    }
  });
}

test('Lexical plain text: multi-line text becomes line breaks, and the model equals the DOM', async () => {
  await caretAtEnd(editors, '#lexical-plain');
  expect(await insert(MULTI)).toMatchObject({ ok: true, detail: 'contenteditable' });
  await expect.poll(() => model('lexicalPlain')).toEqual(['Notitie:', ...MULTI_LINES]);
  expect(await paragraphs(editors, '#lexical-plain')).toEqual([`Notitie:⏎${MULTI_LINES.join('⏎')}`]);
});

for (const f of PLAIN_EDITABLES) {
  test(`${f.name}: a line after a space, multi-line text on lines of its own, and Ctrl+Z removes exactly each insertion`, async () => {
    const where = whereOf(f);
    const text = () => where.evaluate(readRenderedText, f.selector);
    await caretAtEnd(where, f.selector);
    expect(await insert(SINGLE)).toMatchObject({ ok: true, detail: 'contenteditable' });
    expect(await text()).toBe(`${f.initial} ${SINGLE}`);
    await undo();
    await expect.poll(text).toBe(f.initial);
    await caretAtEnd(where, f.selector);
    expect(await insert(MULTI)).toMatchObject({ ok: true, detail: 'contenteditable' });
    expect(await text()).toBe(`${f.initial}\n${MULTI}`);
    // Each inserted line stands on its own: a paragraph each (Chromium) or a line break before each (Firefox).
    const lines = await where.evaluate(readLineStructure, f.selector);
    if (lines.divs.length > 0) expect(lines.divs.slice(-MULTI_LINES.length)).toEqual(MULTI_LINES);
    else expect(lines.brs).toBe(MULTI_LINES.length);
    await undo();
    await expect.poll(text).toBe(f.initial);
  });
}

test('a field in a frame from another origin is out of reach: the panel says so, nothing is written', async () => {
  const cross = editors.frames().find((f) => /127\.0\.0\.1.*cross\.html/.test(f.url()));
  if (!cross) throw new Error('the cross-origin frame is not there');
  await caretAtEnd(cross, '#frame-textarea');
  expect(await insert(SINGLE)).toMatchObject({ ok: false, detail: 'no-access' });
  expect(await value(cross, '#frame-textarea')).toBe('Notitie:');
  // The panel says so truthfully: nothing was inserted, nothing put on the clipboard behind the user's back.
  await waitForMatch(panel, '.toast', /frame van een ander adres/);
  await waitForMatch(panel, '.toast', /Kies Kopieer/);
  expect(await panel.$eval('.toast', (el) => el.textContent)).not.toContain('Ingevoegd');
});

test('never inserts into password-like, read-only or hidden fields, and leaves each unchanged', async () => {
  for (const [selector, reason] of REFUSALS) {
    const before = await value(editors, selector);
    await editors.focus(selector);
    expect(await editors.evaluate(() => document.activeElement?.id), selector).toBe(selector.slice(1));
    expect(await insert(SINGLE), selector).toMatchObject({ ok: false, detail: reason });
    expect(await value(editors, selector), selector).toBe(before);
  }
});

test('a field that undoes every change is reported as a failure, never as inserted', async () => {
  for (const selector of NEVER_LANDS.selectors) {
    await caretAtEnd(editors, selector);
    expect(await insert(SINGLE), selector).toMatchObject({ ok: false, detail: 'not-landed' });
    expect(await value(editors, selector), selector).toBe(NEVER_LANDS.text);
    await waitForMatch(panel, '.toast', /nam de tekst niet/);
    expect(await panel.$eval('.toast', (el) => el.textContent), selector).not.toContain('Ingevoegd');
  }
});

test('the menu path inserts nothing while the case software’s tab does not have the focus', async () => {
  await caretAtEnd(editors, '#textarea');
  await panel.bringToFront();
  expect(await insert(SINGLE)).toMatchObject({ ok: false, detail: 'no-focus' });
  expect(await value(editors, '#textarea')).toBe('Afweging:');
});
