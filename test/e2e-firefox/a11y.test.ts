/**
 * Accessibility in Firefox: axe-core on every main view of the panel at the panel's width, and the
 * panel without an organisation policy (the control for policy.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox } from '../helpers/firefox';
import { axeViolations } from '../helpers/flows';
import { byRole, click, clickButton } from '../helpers/pptr';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

async function violations(page: Page): Promise<string[]> {
  // Evaluated over WebDriver BiDi, so the panel's strict CSP does not apply to the checker itself.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  return page.evaluate(axeViolations);
}

test('has no accessibility violations in search, an entry, the Waardendriehoek, settings and patterns', async () => {
  const panel = await ff.openPanel();
  await panel.locator('[role=combobox]').fill('pgb');
  await panel.waitForSelector('#results [role=option]');
  await click(panel, 'details.facets > summary');
  await panel.waitForSelector('details.facets[open] button.chip');
  expect(await violations(panel)).toEqual([]);
  await panel.focus('[role=combobox]');
  await panel.keyboard.press('Enter');
  await panel.waitForSelector('article.entry');
  expect(await violations(panel)).toEqual([]);
  await clickButton(panel, /Weeg dit voor mijn casus/);
  await panel.waitForSelector(byRole('heading', 'Waardendriehoek'));
  expect(await violations(panel)).toEqual([]);
  await clickButton(panel, 'Instellingen');
  await panel.waitForSelector('#draft-days');
  expect(await violations(panel)).toEqual([]);
  await clickButton(panel, 'Patronen');
  await panel.waitForSelector(byRole('heading', 'Van casus naar patroon'));
  expect(await violations(panel)).toEqual([]);
  // Self-test: the checker does report a violation in this page when there is one.
  await panel.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main, body')?.append(img);
  });
  expect((await violations(panel)).some((v) => v.startsWith('image-alt'))).toBe(true);
  await panel.close();
});

test('without an organisation policy, settings show no organisation section and retention is the user’s', async () => {
  const panel = await ff.openPanel();
  await clickButton(panel, 'Instellingen');
  await panel.waitForSelector('#draft-days');
  expect(await panel.$('section.policy')).toBeNull();
  expect(await panel.$eval('#draft-days', (el) => (el as HTMLInputElement).disabled)).toBe(false);
  expect(await panel.$('.org')).toBeNull();
  await panel.close();
});
