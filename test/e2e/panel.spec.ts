import { join } from 'node:path';
import { expect, insertViaBackground, ROOT, tabIdOf, test } from './fixtures';

test('finds the thuisonderwijs case for "zorgbegeleider thuis" and opens it', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  const search = panel.getByRole('combobox');
  await expect(search).toBeFocused();
  await search.fill('zorgbegeleider thuis');
  const first = panel.locator('#results [role=option]').first();
  await expect(first).toHaveAttribute('data-id', 'lelystad-thuisonderwijs-zorgbegeleider');
  await expect(first.locator('mark').first()).toBeVisible();
  await search.press('Enter');
  const entry = panel.locator('article.entry');
  await expect(entry).toHaveAttribute('data-entry', 'lelystad-thuisonderwijs-zorgbegeleider');
  await expect(entry.getByRole('heading', { name: 'Knelpunt' })).toBeVisible();
  await expect(entry.getByRole('heading', { name: 'Waardendriehoek' })).toBeVisible();
  await expect(entry.getByText('€ 13.000 per half jaar')).toBeVisible();
  await panel.keyboard.press('Escape');
  await expect(panel.getByRole('combobox')).toHaveValue('zorgbegeleider thuis');
});

test('finds a case told in other words through the searches written for it (zoekvragen in the full tier), at 320 px', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 320, height: 640 });
  await panel.goto(panelUrl);
  const search = panel.getByRole('combobox');
  // Without the zoekvragen the Wlz snippet comes first (kb test: the index without them); in the quick tier
  // alone, the adapted owner-occupied home.
  await search.fill('moeder zorgt de hele dag voor haar gehandicapte kind en kan niet werken');
  const first = panel.locator('#results [role=option]').first();
  await expect(first).toHaveAttribute('data-id', 'lelystad-pgb-jeugdwet-of-wlz');
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await panel.screenshot({ path: join(ROOT, '.tmp', 'screenshots', 'zoekvragen-results-320.png') });
  // Enter would open the highlighted hit, which keeps its place by id when the full tier re-ranks
  // (the quick tier's first); the click opens the first one.
  await first.click();
  await expect(panel.locator('article.entry')).toHaveAttribute('data-entry', 'lelystad-pgb-jeugdwet-of-wlz');
  const why = panel.locator('article.entry .why');
  await expect(why).toContainText('voorbeeldvragen');
  await expect(why).not.toContainText('verwant');
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await panel.screenshot({ path: join(ROOT, '.tmp', 'screenshots', 'zoekvragen-entry-320.png') });
});

test('shows facets with counts and filters by law without a query', async ({ context, panelUrl }) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByText('Filters').click();
  const wlz = panel.locator('button.chip[data-facet="wet"][data-value="wlz"]');
  const count = Number(await wlz.locator('.count').textContent());
  expect(count).toBeGreaterThan(0);
  await wlz.click();
  await expect(panel.locator('#results [role=option]')).toHaveCount(count);
});

test('a legal snippet links to the official text on wetten.overheid.nl', async ({ context, panelUrl }) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('kostendelersnorm');
  await panel.locator('#results [data-id="participatiewet-kostendelersnorm"]').click();
  const link = panel.getByRole('link', { name: /wetten\.overheid\.nl/ });
  await expect(link).toHaveAttribute('href', /^https:\/\/wetten\.overheid\.nl\/BWBR0015703/);
});

test('context-menu search opens the panel with the selected text as the query', async ({
  context,
  panelUrl,
  serviceWorker,
  demoUrl,
}) => {
  const page = await context.newPage();
  await page.goto(demoUrl);
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await serviceWorker.evaluate(async () => {
    const mw = (
      globalThis as unknown as {
        maatwerkwijzer: { handleMenuClick: (i: unknown, t: unknown) => Promise<void> };
      }
    ).maatwerkwijzer;
    await mw.handleMenuClick(
      { menuItemId: 'mw-search', selectionText: '  fietskar  ' },
      { id: 1, windowId: 1 },
    );
  });
  await expect(panel.getByRole('combobox')).toHaveValue('fietskar');
  await expect(panel.locator('#results [role=option]').first()).toHaveAttribute(
    'data-id',
    'lelystad-fietskar-in-plaats-van-bakfiets',
  );
});

test('inserts a citation at the caret of the demo form, keeping existing text, and refuses a password field', async ({
  context,
  panelUrl,
  serviceWorker,
  demoUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('zorgbegeleider thuis');
  await panel.getByRole('combobox').press('Enter');
  await panel.getByRole('button', { name: 'Klaarzetten om in te voegen' }).click();
  await expect(panel.locator('.toast')).toContainText('Klaar om in te voegen');

  const page = await context.newPage();
  await page.goto(demoUrl);
  await page.locator('#afweging').focus();
  await page
    .locator('#afweging')
    .evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  const tabId = await tabIdOf(serviceWorker, page.url());
  expect(tabId).toBeDefined();
  const run = (id: number) => insertViaBackground(serviceWorker, id);
  await page.bringToFront();
  const ok = await run(tabId as number);
  expect(ok).toMatchObject({ ok: true, detail: 'textarea' });
  await expect(page.locator('#afweging')).toHaveValue(
    /^Eerste afweging: Zie voorbeeld: Zorgbegeleider thuis/,
  );

  await page.locator('#wachtwoord').focus();
  const refused = await run(tabId as number);
  expect(refused).toMatchObject({ ok: false, detail: 'password' });
  await expect(page.locator('#wachtwoord')).toHaveValue('geheim');
});

test('keeps every hit the same height when its excerpt arrives on scrolling, so the list does not move under the pointer', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('zorg');
  // Past the pause after which the full text is searched (FULL_TEXT_PAUSE_MS): the list is final.
  await panel.waitForTimeout(500);
  await expect(panel.locator('#results')).toHaveAttribute('data-tier', 'full');
  const options = panel.locator('#results [role=option]');
  await expect(options).toHaveCount(30);
  const measure = () =>
    options.evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-id'),
        height: el.getBoundingClientRect().height,
        excerpt: el.querySelector('.excerpt')?.textContent ?? '',
      })),
    );
  const before = await measure();
  // Scroll to the end: every hit passes near the viewport and gets its real excerpt.
  for (let i = 0; i < 30; i += 3) await options.nth(i).scrollIntoViewIfNeeded();
  await panel.waitForTimeout(300);
  const after = await measure();
  // The same hits in the same order, whose lazy excerpts did arrive …
  expect(after.map((a) => a.id)).toEqual(before.map((b) => b.id));
  const changed = after.filter((a, i) => a.excerpt !== before[i]?.excerpt).length;
  expect(changed).toBeGreaterThan(5);
  // … and no hit changed height.
  expect(after.map((a) => Math.round(a.height))).toEqual(before.map((b) => Math.round(b.height)));
});
