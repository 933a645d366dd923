import { readFileSync } from 'node:fs';
import { runSignals } from '../../scripts/signals';
import { expect, test } from './fixtures';

test('walks a learning path step by step and resumes where the trainee left off', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('eerste week wat is maatwerk');
  await panel.locator('#results [data-id="eerste-week-wat-is-maatwerk"]').click();
  await panel.getByRole('button', { name: 'Start de training' }).click();
  await expect(panel.getByText('stap 1 van 7')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Wat zou jij doen?' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Wat deze stap laat zien' })).toHaveCount(0);
  await panel.getByLabel(/Jouw antwoord/).fill('Eerst vragen wat er nodig is.');
  await panel.getByRole('button', { name: 'Toon wat er gebeurde' }).click();
  await expect(panel.getByRole('heading', { name: 'Wat deze stap laat zien' })).toBeVisible();
  await expect(panel.getByText('1 afgerond')).toBeVisible();
  await panel.getByRole('button', { name: 'Volgende stap' }).click();
  await expect(panel.getByText('stap 2 van 7')).toBeVisible();
  await expect(panel.getByLabel(/Jouw antwoord/)).toHaveValue('');

  const again = await context.newPage();
  await again.goto(panelUrl);
  await again.getByRole('combobox').fill('eerste week wat is maatwerk');
  await again.locator('#results [data-id="eerste-week-wat-is-maatwerk"]').click();
  await again.getByRole('button', { name: 'Start de training' }).click();
  await expect(again.getByText('stap 2 van 7 · 1 afgerond')).toBeVisible();
});

test('prints a learning path as exercise cards, one per A4 page, front and back fitting their half', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('van casus naar patroon');
  await panel.locator('#results [data-id="van-casus-naar-patroon"]').click();
  await panel.getByRole('button', { name: 'Druk alle kaarten af' }).click();
  const cards = panel.locator('article.card');
  await expect(cards).toHaveCount(7);
  await expect(cards.first().locator('.card-footer')).toContainText(
    /Bron: .*gecontroleerd op \d{4}-\d{2}-\d{2}/,
  );
  // The front is the exercise: situation, knelpunt and the route's question; the back what happened.
  await expect(panel.locator('.card-face.front .exercise h4')).toHaveCount(7);
  const exercise = cards
    .filter({ has: panel.getByRole('heading', { name: 'Situatie', exact: true }) })
    .first();
  const front = exercise.locator('.card-face.front');
  await expect(front.getByRole('heading', { name: 'Knelpunt', exact: true })).toBeVisible();
  await expect(front.getByRole('heading', { name: 'Wat zou jij doen?' })).toBeVisible();
  await expect(front.locator('.exercise p')).not.toBeEmpty();
  await expect(front.getByRole('heading', { name: 'Maatwerk', exact: true })).toHaveCount(0);
  await expect(
    exercise.locator('.card-face.back').getByRole('heading', { name: 'Maatwerk', exact: true }),
  ).toBeVisible();
  await panel.emulateMedia({ media: 'print' });
  await expect(panel.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(panel.locator('nav.tabs')).toBeHidden();
  const overflow = await panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.card-face')]
      .filter((f) => f.scrollHeight > f.clientHeight + 1)
      .map(
        (f) => `${f.closest('[data-card]')?.getAttribute('data-card')} ${f.scrollHeight}>${f.clientHeight}`,
      ),
  );
  expect(overflow).toEqual([]);
  const pdf = (await panel.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBe(7);
});

test('merges a second signal on the same knelpunt the same day when asked, and asks before wiping', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: 'Patronen' }).click();
  await panel.locator('#signal-kp').selectOption('kostendelersnorm');
  await panel.getByRole('button', { name: 'Leg signaal vast' }).click();
  await expect(panel.locator('[data-signal]')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Leg signaal vast' }).click();
  await expect(panel.getByText(/Je legde vandaag al een signaal vast/)).toBeVisible();
  await panel.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(panel.locator('.toast')).toContainText('Samengevoegd');
  await expect(panel.locator('[data-signal]')).toHaveCount(1);

  const dialogs: string[] = [];
  panel.once('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await panel.getByRole('button', { name: 'Wis mijn signalen' }).click();
  expect(dialogs[0]).toMatch(/signalen wissen/);
  await expect(panel.locator('[data-signal]')).toHaveCount(1);
  panel.once('dialog', (d) => void d.accept());
  await panel.getByRole('button', { name: 'Wis mijn signalen' }).click();
  await expect(panel.locator('[data-signal]')).toHaveCount(0);
});

test('shows "1 casus" and "2 casussen", and shortens a long list of municipalities', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: 'Patronen' }).click();
  const counts = await panel.locator('.pattern-rows .count').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  for (const c of counts) expect(c).toMatch(/^(1 casus|([02-9]|\d\d+) casussen)$/);
  const places = await panel.locator('.pattern-rows [title]').allTextContents();
  for (const p of places) expect(p.split(',').length).toBeLessThanOrEqual(3);
});

test('from signals to the kwaliteitsteam: log three, see the escalation advice, export counts only, merge', async ({
  context,
  panelUrl,
}, info) => {
  const panel = await context.newPage();
  await panel.clock.install({ time: new Date('2026-09-01T09:00:00Z') });
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: 'Patronen' }).click();
  await expect(panel.getByRole('heading', { name: 'Van casus naar patroon' })).toBeVisible();
  await expect(panel.locator('.badge.pattern').first()).toBeVisible();

  await panel.locator('#signal-kp').selectOption('kostendelersnorm');
  for (let i = 0; i < 3; i++) {
    await panel.getByRole('button', { name: 'Leg signaal vast' }).click();
    // A second signal on the same knelpunt the same day: asked, and here another case.
    if (i > 0) await panel.getByRole('button', { name: 'Andere casus: apart vastleggen' }).click();
    await expect(panel.locator('[data-signal]')).toHaveCount(i + 1);
    await panel.clock.runFor(1000);
  }
  await expect(panel.locator('.flag.escalate')).toContainText('3 keer');

  const downloads: string[] = [];
  panel.on('download', async (d) => {
    const path = info.outputPath(d.suggestedFilename());
    await d.saveAs(path);
    downloads.push(path);
  });
  await panel.getByRole('button', { name: 'Exporteer voor het kwaliteitsteam' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const csvPath = downloads.find((p) => p.endsWith('.csv')) as string;
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.trim().split(/\r?\n/)).toEqual([
    'knelpunt,wet,maand,aantal',
    'kostendelersnorm,participatiewet,2026-09,3',
  ]);

  // Eight weeks later the open signals remind.
  const later = await context.newPage();
  await later.clock.install({ time: new Date('2026-10-28T09:00:00Z') });
  await later.goto(panelUrl);
  await later.getByRole('button', { name: 'Patronen' }).click();
  await expect(later.getByText(/staat al 57 dagen open/).first()).toBeVisible();

  // A team lead merges two colleagues' exports.
  let out = '';
  const code = await runSignals(['merge', csvPath, csvPath], {
    out: (s) => (out += s),
    err: () => undefined,
  });
  expect(code).toBe(0);
  expect(out).toContain('| kostendelersnorm | participatiewet | 2026-09 | 6 |');
});
