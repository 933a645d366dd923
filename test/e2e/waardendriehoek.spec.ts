import type { Page } from '@playwright/test';
import { expect, insertViaBackground, tabIdOf, test } from './fixtures';

const side = (panel: Page, name: string) => panel.locator(`fieldset[data-side="${name}"]`);

async function answer(panel: Page, question: RegExp, value: string) {
  await panel.getByRole('group', { name: question }).getByRole('radio', { name: value, exact: true }).check();
}

test('goes from a found precedent to a justification in the case form, with a rendement calculation', async ({
  context,
  panelUrl,
  serviceWorker,
  demoUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('fietskar');
  await panel.getByRole('combobox').press('Enter');
  await panel.getByRole('button', { name: /Weeg dit voor mijn casus/ }).click();
  await expect(panel.getByRole('heading', { name: 'Waardendriehoek', level: 2 })).toBeVisible();
  await panel.getByRole('button', { name: /Volledige afweging/ }).click();

  await panel
    .getByLabel('Welke maatwerkoplossing weeg je?')
    .fill('Fietskar zodat moeder de kinderen zelf naar de behandeling brengt');
  await answer(panel, /zelf meegedacht/, 'ja');
  await answer(panel, /zelf \(weer\) verder/, 'ja');
  await answer(panel, /Past de oplossing binnen de ruimte/, 'deels');
  await answer(panel, /wie beslist en uit welk budget/, 'nee');
  await answer(panel, /Kost de oplossing minder/, 'ja');
  await panel.getByRole('checkbox', { name: 'Wmo 2015' }).check();

  // Rendement: a 450 euro one-off against the sourced cost of placing four children out of home.
  await panel.getByRole('button', { name: '+ Kostenpost' }).click();
  await panel.getByLabel('Bedrag (€)').first().fill('450');
  await panel
    .getByLabel('Kies een referentiebedrag')
    .selectOption('lelystad-uithuisplaatsing-vier-kinderen-half-jaar');
  await panel.getByLabel('Over hoeveel maanden?').fill('6');
  await expect(panel.locator('.rendement-result')).toContainText('Indicatief');
  await expect(panel.locator('.rendement-result')).toContainText('€ 60.000');

  const text = panel.locator('.justification textarea');
  await expect(text).toHaveValue(/Onderbouwing maatwerk/);
  await expect(text).toHaveValue(/Legitimiteit \(zwak\)/);
  await expect(text).toHaveValue(/Betrokken wetten: Wet maatschappelijke ondersteuning 2015/);
  await expect(text).toHaveValue(/Zie voorbeeld: Fietskar/);
  await expect(panel.locator('figcaption')).toHaveText(/Zwakste kant: legitimiteit/);

  await panel.getByRole('button', { name: 'Klaarzetten om in te voegen' }).click();
  const page = await context.newPage();
  await page.goto(demoUrl);
  const tab = await tabIdOf(serviceWorker, demoUrl);
  await page.locator('#afweging').focus();
  await page
    .locator('#afweging')
    .evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  expect(await insertViaBackground(serviceWorker, tab)).toMatchObject({ ok: true, detail: 'textarea' });
  await expect(page.locator('#afweging')).toHaveValue(/^Eerste afweging: Onderbouwing maatwerk/);
  await page.locator('#besluit').focus();
  await page.locator('#besluit').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  expect(await insertViaBackground(serviceWorker, tab)).toMatchObject({
    ok: true,
    detail: 'contenteditable',
  });
  await expect(page.locator('#besluit')).toContainText(/Besluit:\s?Onderbouwing maatwerk/);
  await page.locator('#react-veld').focus();
  expect(await insertViaBackground(serviceWorker, tab)).toMatchObject({ ok: true, detail: 'input' });
  await expect(page.locator('#react-state')).toContainText('Kort verslag: Onderbouwing maatwerk');
});

test('goes from a found precedent to an inserted short justification in six actions', async ({
  context,
  panelUrl,
  demoUrl,
}) => {
  // Before counting: the case form is open with the cursor in its field, and the consulent's search
  // found the precedent.
  const page = await context.newPage();
  await page.goto(demoUrl);
  await page.locator('#afweging').focus();
  await page
    .locator('#afweging')
    .evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('fietskar bakfiets');
  await expect(panel.locator('#results [role=option]').first()).toHaveAttribute(
    'data-id',
    'lelystad-fietskar-in-plaats-van-bakfiets',
  );

  let actions = 0;
  const act = async (step: () => Promise<void>) => {
    actions++;
    await step();
  };
  const side = (name: string) => panel.locator(`fieldset[data-side="${name}"]`);
  await act(() => panel.getByRole('combobox').press('Enter')); // 1. open the precedent
  await act(() => panel.getByRole('button', { name: /Weeg dit voor mijn casus/ }).click()); // 2. weigh it
  await expect(panel.getByLabel('Welke maatwerkoplossing weeg je?')).toHaveValue(/^Fietskar in plaats van/);
  await expect(side('rendement').getByRole('textbox')).toHaveValue(/./);
  await act(() => side('betrokkenheid').getByRole('radio', { name: 'ja', exact: true }).check()); // 3.
  await act(() => side('legitimiteit').getByRole('radio', { name: 'deels', exact: true }).check()); // 4.
  await act(() => side('rendement').getByRole('radio', { name: 'ja', exact: true }).check()); // 5.
  const text = panel.locator('.justification textarea');
  await expect(text).toHaveValue(/^Onderbouwing maatwerk \(korte afweging met de Waardendriehoek\)/);
  await expect(text).toHaveValue(/Legitimiteit: Deels\./);
  await expect(text).toHaveValue(/Referentiekosten: .*€ 60\.000 per half jaar/);
  await expect(text).toHaveValue(/- Zie voorbeeld: Fietskar in plaats van/);
  await expect(text).not.toHaveValue(/nog niet beoordeeld/);
  await act(() => panel.getByRole('button', { name: /^Invoegen in / }).click()); // 6. insert
  await expect(page.locator('#afweging')).toHaveValue(
    /^Eerste afweging: Onderbouwing maatwerk \(korte afweging met de Waardendriehoek\)\nVoorstel: Fietskar/,
  );
  expect(actions).toBe(6);
});

test('warns about personal data at the field as it is typed, and masks it there', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: '⚖ Waardendriehoek' }).click();
  const field = panel.getByLabel('Welke maatwerkoplossing weeg je?');
  await field.pressSequentially('Hulp voor gezin, BSN 111222333, bel 06-12345678');
  // The warning sits right under the field it is about, and the field points to it.
  const warning = panel.locator('#s-voorstel-pd');
  await expect(warning).toHaveAttribute('role', 'alert');
  await expect(warning).toContainText('persoonsgegevens');
  await expect(field).toHaveAttribute('aria-describedby', /s-voorstel-pd/);
  const fieldBox = await field.boundingBox();
  const warnBox = await warning.boundingBox();
  expect((warnBox?.y ?? 0) - ((fieldBox?.y ?? 0) + (fieldBox?.height ?? 0))).toBeLessThan(12);
  // Nothing leaves the panel while it is there.
  await side(panel, 'betrokkenheid').getByRole('radio', { name: 'ja', exact: true }).check();
  await panel.getByRole('button', { name: 'Klaarzetten om in te voegen' }).click();
  await expect(panel.locator('.toast')).toContainText('persoonsgegevens');
  await warning.getByRole('button', { name: 'Maskeer persoonsgegevens' }).click();
  await expect(field).toHaveValue('Hulp voor gezin, BSN [BSN], bel [telefoonnummer]');
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('checks a cost line description in the full weighing at its own field', async ({
  context,
  panelUrl,
}) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: '⚖ Waardendriehoek' }).click();
  await panel.getByRole('button', { name: /Volledige afweging/ }).click();
  await panel.getByRole('button', { name: '+ Kostenpost' }).click();
  await panel.getByLabel('Omschrijving').fill('Taxi voor mevrouw, tel. 06-12345678');
  await expect(panel.locator('#cost-solution-0-pd')).toContainText('1 telefoonnummer');
  await panel.getByRole('button', { name: 'Kopieer onderbouwing' }).click();
  await expect(panel.locator('.toast')).toContainText('persoonsgegevens');
  await panel.locator('#cost-solution-0-pd').getByRole('button', { name: 'Toch gebruiken' }).click();
  await expect(panel.locator('#cost-solution-0-pd')).toHaveCount(0);
});

test('keeps a draft, resumes it, and purges it at start-up once it has expired', async ({
  context,
  panelUrl,
}) => {
  const start = new Date('2026-11-23T09:00:00Z');
  const panel = await context.newPage();
  await panel.clock.install({ time: start });
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: '⚖ Waardendriehoek' }).click();
  await panel.getByLabel('Welke maatwerkoplossing weeg je?').fill('Huishoudelijke hulp na woningaanpassing');
  await side(panel, 'betrokkenheid').getByRole('radio', { name: 'ja', exact: true }).check();
  await panel.clock.runFor(2000);
  await panel.reload();
  await panel.getByRole('button', { name: '⚖ Waardendriehoek' }).click();
  await panel.getByText('Concepten (1)').click();
  await expect(panel.locator('[data-draft]')).toContainText('Huishoudelijke hulp na woningaanpassing');
  await panel.getByRole('button', { name: 'Hervat' }).click();
  await expect(panel.getByLabel('Welke maatwerkoplossing weeg je?')).toHaveValue(
    'Huishoudelijke hulp na woningaanpassing',
  );
  await panel.close();

  // Fifteen days later (the default retention is 14): the start-up purge removes it.
  const later = await context.newPage();
  await later.clock.install({ time: new Date(start.getTime() + 15 * 86_400_000) });
  await later.goto(panelUrl);
  await later.getByRole('button', { name: '⚖ Waardendriehoek' }).click();
  await expect(later.getByRole('heading', { name: 'Waardendriehoek', level: 2 })).toBeVisible();
  await expect(later.getByText(/Concepten \(/)).toHaveCount(0);
});
