/**
 * The panel's main flows in real Firefox: search and open an entry, context-menu search, and the
 * Waardendriehoek from a precedent to a justification inserted into the demo case form.
 */
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox, ROOT } from '../helpers/firefox';
import { insertViaBackground, menuClickViaBackground, tabIdOf } from '../helpers/firefox-background';
import { caretToEnd, SEARCH_FLOW, WEIGH_FLOW } from '../helpers/flows';
import {
  byRole,
  check,
  clickButton,
  escapeRegExp,
  fieldByLabel,
  fill,
  radio,
  selectOption,
  waitForMatch,
} from '../helpers/pptr';
import { type StaticServer, serveStatic } from '../helpers/static-server';

let ff: FirefoxSession;
let demo: StaticServer;

beforeAll(async () => {
  [ff, demo] = await Promise.all([launchFirefox(), serveStatic(join(ROOT, 'demo', 'case-software'))]);
});
afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

test('finds the thuisonderwijs case for "zorgbegeleider thuis", opens it, and Escape goes back to the query', async () => {
  const panel = await ff.openPanel();
  const focused = await panel.evaluate(() => document.activeElement?.getAttribute('role'));
  expect(focused).toBe('combobox');
  await panel.keyboard.type(SEARCH_FLOW.query);
  const first = '#results [role=option]';
  await panel.waitForFunction(
    (sel: string, id: string) => document.querySelector(sel)?.getAttribute('data-id') === id,
    { timeout: 10_000 },
    first,
    SEARCH_FLOW.firstId,
  );
  expect(await panel.$eval(first, (el) => el.querySelectorAll('mark').length)).toBeGreaterThan(0);
  await panel.keyboard.press('Enter');
  await panel.waitForSelector(`article.entry[data-entry="${SEARCH_FLOW.firstId}"]`);
  for (const h of SEARCH_FLOW.headings) await panel.waitForSelector(byRole('heading', h));
  await waitForMatch(panel, 'article.entry', new RegExp(escapeRegExp(SEARCH_FLOW.costText)));
  await panel.keyboard.press('Escape');
  await waitForMatch(panel, '[role=combobox]', new RegExp(`^${SEARCH_FLOW.query}$`), 'value');
  await panel.close();
});

test('finds a case told in other words through the searches written for it (zoekvragen in the full tier), at 320 px', async () => {
  const panel = await ff.openPanel();
  await panel.setViewport({ width: 320, height: 640 });
  await panel.keyboard.type('moeder zorgt de hele dag voor haar gehandicapte kind en kan niet werken');
  const first = '#results [role=option]';
  await panel.waitForFunction(
    (sel: string, id: string) => document.querySelector(sel)?.getAttribute('data-id') === id,
    { timeout: 10_000 },
    first,
    'lelystad-pgb-jeugdwet-of-wlz',
  );
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await (await panel.$(first))?.click();
  await panel.waitForSelector('article.entry[data-entry="lelystad-pgb-jeugdwet-of-wlz"]');
  await waitForMatch(panel, 'article.entry .why', /voorbeeldvragen/);
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await panel.close();
});

test('a context-menu search in the background fills the open panel with the selected text', async () => {
  const page = await ff.openPage(demo.url);
  const panel = await ff.openPanel();
  await menuClickViaBackground(panel, { menuItemId: 'mw-search', selectionText: '  fietskar  ' }, { id: 1 });
  await waitForMatch(panel, '[role=combobox]', /^fietskar$/, 'value');
  await panel.waitForFunction(
    () =>
      document.querySelector('#results [role=option]')?.getAttribute('data-id') ===
      'lelystad-fietskar-in-plaats-van-bakfiets',
    { timeout: 10_000 },
  );
  await Promise.all([panel.close(), page.close()]);
});

test('the page’s “Weeg een maatwerkoplossing” menu item opens the Waardendriehoek in the open panel', async () => {
  const panel = await ff.openPanel();
  await menuClickViaBackground(panel, { menuItemId: 'mw-weigh' }, { id: 1 });
  await panel.waitForSelector(byRole('heading', 'Waardendriehoek'));
  await fieldByLabel(panel, WEIGH_FLOW.proposalLabel);
  await panel.close();
});

test('goes from a found precedent to a justification in the case form, with a rendement calculation', async () => {
  const panel = await ff.openPanel();
  await panel.keyboard.type(WEIGH_FLOW.query);
  await panel.waitForSelector('#results [role=option]');
  await panel.keyboard.press('Enter');
  await clickButton(panel, /Weeg dit voor mijn casus/);
  await panel.waitForSelector(byRole('heading', 'Waardendriehoek'));
  await clickButton(panel, WEIGH_FLOW.full);

  await fill(panel, WEIGH_FLOW.proposalLabel, WEIGH_FLOW.proposal);
  for (const [question, answer] of WEIGH_FLOW.answers) await (await radio(panel, question, answer)).click();
  await check(panel, byRole('checkbox', WEIGH_FLOW.law));

  await clickButton(panel, '+ Kostenpost');
  await fill(panel, 'Bedrag (€)', WEIGH_FLOW.cost.amount);
  await selectOption(panel, 'Kies een referentiebedrag', WEIGH_FLOW.cost.reference);
  await fill(panel, 'Over hoeveel maanden?', WEIGH_FLOW.cost.months);
  for (const part of WEIGH_FLOW.rendement) await waitForMatch(panel, '.rendement-result', part);

  for (const line of WEIGH_FLOW.justification)
    await waitForMatch(panel, '.justification textarea', line, 'value');
  await waitForMatch(panel, 'figcaption', WEIGH_FLOW.weakest);
  const justification = await panel.$eval(
    '.justification textarea',
    (el) => (el as HTMLTextAreaElement).value,
  );
  await clickButton(panel, 'Klaarzetten om in te voegen');

  const page = await ff.openPage(demo.url);
  const tab = await tabIdOf(panel, demo.url);
  const firstLine = justification.split('\n')[0] as string;

  await page.evaluate(caretToEnd, '#afweging');
  expect(await insertViaBackground(panel, tab)).toMatchObject({ ok: true, detail: 'textarea' });
  const afweging = await page.$eval('#afweging', (el) => (el as HTMLTextAreaElement).value);
  expect(afweging.startsWith('Eerste afweging:')).toBe(true);
  expect(afweging).toContain(firstLine);
  // A textarea keeps every line of the justification.
  expect(afweging.split('\n').length).toBeGreaterThanOrEqual(justification.split('\n').length);

  await page.evaluate(caretToEnd, '#besluit');
  expect(await insertViaBackground(panel, tab)).toMatchObject({ ok: true, detail: 'contenteditable' });
  await waitForMatch(page, '#besluit', new RegExp(`^Besluit:\\s*${escapeRegExp(firstLine)}`));

  await page.evaluate(caretToEnd, '#react-veld');
  expect(await insertViaBackground(panel, tab)).toMatchObject({ ok: true, detail: 'input' });
  // The framework's own state took the insertion, not only the DOM.
  await waitForMatch(page, '#react-state', new RegExp(`^Kort verslag:\\s*${escapeRegExp(firstLine)}`));

  await page.evaluate(caretToEnd, '#wachtwoord');
  expect(await insertViaBackground(panel, tab)).toMatchObject({ ok: false, detail: 'password' });
  expect(await page.$eval('#wachtwoord', (el) => (el as HTMLInputElement).value)).toBe('geheim');
  await Promise.all([panel.close(), page.close()]);
});

test('allowing the local case software’s origin (with its port) in settings is granted and confirmed', async () => {
  const panel = await ff.openPanel();
  await clickButton(panel, 'Instellingen');
  await fill(panel, 'Adres', new URL(demo.url).origin);
  // Firefox is asked from the click itself (a user action); the e2e build holds http://localhost/*.
  await clickButton(panel, 'Toestaan');
  await waitForMatch(panel, '.toast', /Invoegen toegestaan/);
  await panel.close();
});

test('inserts straight from the panel into the case form on a granted origin, with the panel’s own button', async () => {
  const page = await ff.openPage(demo.url);
  await page.evaluate(caretToEnd, '#hulpvraag');
  const panel = await ff.openPanel();
  await panel.keyboard.type('maatwerkpot');
  await panel.waitForSelector('#results [role=option]');
  await panel.keyboard.press('Enter');
  await panel.waitForSelector('article.entry');
  await openMoreActions(panel);
  await clickButton(panel, /^Invoegen in /);
  await waitForMatch(panel, '.toast', /Ingevoegd/);
  await waitForMatch(page, '#hulpvraag', /^Moeder overbelast door thuisonderwijs ?Zie voorbeeld: /, 'value');
  await Promise.all([panel.close(), page.close()]);
});

test('copies the justification to the clipboard, and it pastes into the case form whole', async () => {
  const panel = await ff.openPanel();
  await panel.keyboard.type(WEIGH_FLOW.query);
  await panel.waitForSelector('#results [role=option]');
  await panel.keyboard.press('Enter');
  await clickButton(panel, /Weeg dit voor mijn casus/);
  await clickButton(panel, WEIGH_FLOW.full);
  await fill(panel, WEIGH_FLOW.proposalLabel, WEIGH_FLOW.proposal);
  const justification = await waitForMatch(panel, '.justification textarea', /Voorstel: Fietskar/, 'value');
  await clickButton(panel, 'Kopieer onderbouwing');
  await waitForMatch(panel, '.toast', /Gekopieerd naar het klembord/);

  const page = await ff.openPage(demo.url);
  await page.bringToFront();
  await page.evaluate(caretToEnd, '#afweging');
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.press('KeyV');
  await page.keyboard.up('Control');
  await waitForMatch(page, '#afweging', new RegExp(`^${escapeRegExp(justification)}$`), 'value');
  await Promise.all([panel.close(), page.close()]);
});

/** Opens the entry's "Meer acties" (a disclosure holding the less used actions), if it is closed. */
async function openMoreActions(panel: Page): Promise<void> {
  const summary = (await panel.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('article.entry details > summary')).find(
        (s) => s.textContent?.trim() === 'Meer acties',
      ) ?? null,
    { timeout: 10_000 },
  )) as ElementHandle<Element>;
  if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
}
