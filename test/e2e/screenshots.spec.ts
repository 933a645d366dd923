/**
 * Real screenshots at the width a side panel has (400 px): the three README pictures beside the demo
 * case software, and every view of the panel on its own (light; the Waardendriehoek also dark and in
 * English) for the user guide. `npm run screenshots` writes them to docs/screenshots/; in a normal test
 * run they go to the test output folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';
import { setLocale, VIEWS } from './views';

const OUT = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : join(ROOT, '.tmp', 'screenshots');
const PANEL = { width: 400, height: 860 };

async function besideDemo(demo: Page, panel: Page, file: string) {
  const left = (await demo.screenshot()).toString('base64');
  const right = (await panel.screenshot()).toString('base64');
  const frame = await demo.context().newPage();
  await frame.setViewportSize({ width: 880 + PANEL.width, height: PANEL.height });
  await frame.setContent(
    `<body style="margin:0;display:flex;gap:0;background:#888"><img src="data:image/png;base64,${left}" style="width:880px;height:${PANEL.height}px"><img src="data:image/png;base64,${right}" style="width:${PANEL.width}px;height:${PANEL.height}px;border-left:2px solid #444;box-sizing:border-box"></body>`,
  );
  mkdirSync(OUT, { recursive: true });
  await frame.screenshot({ path: join(OUT, file) });
  await frame.close();
}

test('captures the panel at 400 px beside the demo case page: search, entry and Waardendriehoek', async ({
  context,
  panelUrl,
  demoUrl,
}) => {
  const demo = await context.newPage();
  await demo.setViewportSize({ width: 880, height: PANEL.height });
  await demo.goto(demoUrl);
  const panel = await context.newPage();
  await panel.setViewportSize(PANEL);
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('zorgbegeleider thuis');
  await expect(panel.locator('#results [role=option]').first()).toHaveAttribute(
    'data-id',
    'lelystad-thuisonderwijs-zorgbegeleider',
  );
  await besideDemo(demo, panel, 'zoeken.png');
  await panel.getByRole('combobox').press('Enter');
  await expect(panel.getByRole('heading', { name: 'Knelpunt' })).toBeVisible();
  await besideDemo(demo, panel, 'voorbeeld.png');
  await panel.getByRole('button', { name: /Weeg dit voor mijn casus/ }).click();
  await expect(panel.getByRole('heading', { name: 'Waardendriehoek', level: 2 })).toBeVisible();
  for (const v of ['betrokkenheid', 'legitimiteit', 'rendement'])
    await panel.locator(`fieldset[data-side="${v}"] input[value="ja"]`).check();
  await besideDemo(demo, panel, 'waardendriehoek.png');
});

test('captures every view of the panel at 400 px for the user guide', async ({
  context,
  panelUrl,
  serviceWorker,
}) => {
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  const panel = await context.newPage();
  await panel.setViewportSize(PANEL);
  await panel.goto(panelUrl);
  for (const view of VIEWS) {
    await view.go(panel);
    await panel.waitForTimeout(300);
    await panel.evaluate(() => globalThis.scrollTo(0, 0));
    await panel.screenshot({ path: join(OUT, `paneel-${view.name}.png`) });
  }
  // Dark mode and English, once each, on the view with the most controls.
  await setLocale(serviceWorker, 'en');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.reload();
  const wd = VIEWS.find((v) => v.name === 'waardendriehoek-short');
  await wd?.go(panel);
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: join(OUT, 'paneel-waardendriehoek-short-en-dark.png') });
});
