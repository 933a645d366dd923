import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, insertViaBackground, launchExtension, tabIdOf, test } from './fixtures';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the panel's strict CSP does not apply to the checker itself.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(c: object, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) => `${v.id}: ${JSON.stringify((v.nodes as { target: unknown }[]).map((n) => n.target))}`,
    );
  });
}

test('has no accessibility violations in search, an entry, the Waardendriehoek and settings', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('pgb');
  await expect(panel.locator('#results [role=option]').first()).toBeVisible();
  await panel.getByText('Filters').click();
  expect(await axeViolations(panel)).toEqual([]);
  await panel.getByRole('combobox').press('Enter');
  await expect(panel.locator('article.entry')).toBeVisible();
  expect(await axeViolations(panel)).toEqual([]);
  await panel.getByRole('button', { name: /Weeg dit voor mijn casus/ }).click();
  await expect(panel.getByRole('heading', { name: 'Waardendriehoek', level: 2 })).toBeVisible();
  expect(await axeViolations(panel)).toEqual([]);
  await panel.getByRole('button', { name: 'Instellingen' }).click();
  expect(await axeViolations(panel)).toEqual([]);
  await panel.getByRole('button', { name: 'Patronen' }).click();
  await expect(panel.getByRole('heading', { name: 'Van casus naar patroon' })).toBeVisible();
  expect(await axeViolations(panel)).toEqual([]);
});

test('works by keyboard alone: type, arrow to a result, open it, save it, go back', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await expect(panel.getByRole('combobox')).toBeFocused();
  await panel.keyboard.type('kostendelersnorm');
  await expect(panel.locator('#results[data-tier="full"] [role=option]').first()).toBeVisible();
  await panel.keyboard.press('ArrowDown');
  const second = await panel.locator('#results [role=option]').nth(1).getAttribute('data-id');
  await expect(panel.locator('#results [aria-selected=true]')).toHaveAttribute('data-id', second as string);
  await panel.keyboard.press('Enter');
  await expect(panel.locator('article.entry')).toHaveAttribute('data-entry', second as string);
  await expect(panel.locator('article.entry h2')).toBeFocused();
  // Tab past the two main actions to the favourite button and press it.
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Klaarzetten om in te voegen' })).toBeFocused();
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: /Bewaar als favoriet/ })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: /Verwijder uit favorieten/ })).toBeVisible();
  await panel.keyboard.press('Escape');
  await expect(panel.getByRole('combobox')).toHaveValue('kostendelersnorm');
});

test('keeps favourites, notes and settings when the browser restarts', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'mw-restart-'));
  try {
    const first = await launchExtension(profile);
    const sw = first.serviceWorkers()[0] as Worker;
    const panelUrl = `chrome-extension://${new URL(sw.url()).host}/sidepanel.html`;
    const panel = await first.newPage();
    await panel.goto(panelUrl);
    await panel.getByRole('combobox').fill('hulphond');
    await panel.getByRole('combobox').press('Enter');
    await panel.getByRole('button', { name: /Bewaar als favoriet/ }).click();
    await expect(panel.getByRole('button', { name: /Verwijder uit favorieten/ })).toBeVisible();
    await panel.getByLabel('Mijn notitie').fill('Goed voorbeeld voor de teamdag');
    await panel.getByRole('button', { name: /Verwijder uit favorieten/ }).focus();
    await expect(panel.locator('.toast')).toContainText('Notitie bewaard');
    const title = (await panel.locator('article.entry h2').textContent()) as string;
    await first.close();

    const second = await launchExtension(profile);
    const again = await second.newPage();
    await again.goto(panelUrl);
    await again.getByRole('button', { name: 'Favorieten' }).click();
    await again.getByRole('button', { name: title }).click();
    await expect(again.getByLabel('Mijn notitie')).toHaveValue('Goed voorbeeld voor de teamdag');
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('inserts into a field inside a same-origin frame, and straight from the panel on an allowed origin', async ({
  context,
  panelUrl,
  serviceWorker,
  demoUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('maatwerkpot');
  await panel.getByRole('combobox').press('Enter');
  await panel.getByRole('button', { name: 'Klaarzetten om in te voegen' }).click();

  const page = await context.newPage();
  await page.goto(demoUrl);
  const note = page.frameLocator('#frame').locator('#iframe-veld');
  await note.focus();
  await note.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  const tab = await tabIdOf(serviceWorker, demoUrl);
  const result = await insertViaBackground(serviceWorker, tab);
  expect(result).toMatchObject({ ok: true, detail: 'textarea' });
  await expect(note).toHaveValue(/^Notitie: Zie voorbeeld: /);
  await expect(page.locator('#afweging')).toHaveValue('Eerste afweging: ');

  // Allow the demo's origin in settings, then insert from the panel's own button.
  await page.locator('#hulpvraag').focus();
  await page
    .locator('#hulpvraag')
    .evaluate((el: HTMLInputElement) => el.setSelectionRange(el.value.length, el.value.length));
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Instellingen' }).click();
  await panel.getByLabel('Adres').fill(new URL(demoUrl).origin);
  await panel.getByRole('button', { name: 'Toestaan' }).click();
  await expect(panel.locator('.toast')).toContainText('Invoegen toegestaan');
  await panel.getByRole('button', { name: 'Recent' }).click();
  await panel.locator('.list button').first().click();
  await panel.getByText('Meer acties').click();
  await panel.getByRole('button', { name: /^Invoegen in / }).click();
  await expect(panel.locator('.toast')).toContainText('Ingevoegd');
  await expect(page.locator('#hulpvraag')).toHaveValue(
    /^Moeder overbelast door thuisonderwijs ?Zie voorbeeld: /,
  );
});

test('a message says what happened, goes away after about four seconds, and never outlives its view', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('kostendelersnorm');
  await panel.getByRole('combobox').press('Enter');
  await panel.getByRole('button', { name: 'Klaarzetten om in te voegen' }).click();
  const toast = panel.getByRole('status').filter({ hasText: 'Klaar om in te voegen' });
  await expect(toast).toBeVisible();
  await panel.clock.runFor(4500);
  await expect(toast).toHaveCount(0);

  await panel.getByRole('button', { name: 'Klaarzetten om in te voegen' }).click();
  await expect(toast).toBeVisible();
  await panel.locator('nav.tabs button').nth(2).click();
  await expect(toast).toHaveCount(0);
});

test('each view opens scrolled to the top', async ({ context, panelUrl }) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 700 });
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('fietskar bakfiets');
  await panel.getByRole('combobox').press('Enter');
  const related = panel.locator('nav.related button.link').first();
  await related.scrollIntoViewIfNeeded();
  expect(await panel.evaluate(() => globalThis.scrollY)).toBeGreaterThan(300);
  await related.click();
  await expect.poll(() => panel.evaluate(() => globalThis.scrollY)).toBe(0);
});
