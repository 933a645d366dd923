/**
 * Real screenshots of the panel beside the demo case software, for the README. `npm run screenshots`
 * writes them to docs/screenshots/; in a normal test run they go to the test output folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

const OUT = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : join(ROOT, '.tmp', 'screenshots');

async function besideDemo(demo: Page, panel: Page, file: string) {
  const left = (await demo.screenshot()).toString('base64');
  const right = (await panel.screenshot()).toString('base64');
  const frame = await demo.context().newPage();
  await frame.setViewportSize({ width: 1300, height: 820 });
  await frame.setContent(
    `<body style="margin:0;display:flex;gap:0;background:#888"><img src="data:image/png;base64,${left}" style="width:880px;height:820px"><img src="data:image/png;base64,${right}" style="width:420px;height:820px;border-left:2px solid #444"></body>`,
  );
  mkdirSync(OUT, { recursive: true });
  await frame.screenshot({ path: join(OUT, file) });
  await frame.close();
}

test('captures the panel beside the demo case page: search, entry and Waardendriehoek', async ({
  context,
  panelUrl,
  demoUrl,
}) => {
  const demo = await context.newPage();
  await demo.setViewportSize({ width: 880, height: 820 });
  await demo.goto(demoUrl);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 820 });
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
  await besideDemo(demo, panel, 'waardendriehoek.png');
});
