import { readFileSync } from 'node:fs';
import { parseEntry } from '../../kb/content/parse';
import { expect, test } from './fixtures';
import { setLocale } from './views';

test('an ambassador proposes a case, sees it checked like kb check, and exports a valid content file', async ({
  context,
  panelUrl,
}, info) => {
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: 'Instellingen' }).click();
  await panel.getByRole('button', { name: /voorbeeld voorstellen/ }).click();
  await expect(panel.getByRole('heading', { name: 'Voorbeeld voorstellen' })).toBeVisible();
  await expect(panel.locator('.problems li').first()).toBeVisible();
  const fields: [string, string][] = [
    ['Titel (zonder namen)', 'Scootmobiel via het buurtfonds'],
    [
      'Samenvatting in één zin',
      'Een oudere kreeg een scootmobiel uit het buurtfonds toen de aanvraag lang duurde.',
    ],
    ['Gemeente', 'Zwolle'],
    ['Situatie', 'Een oudere kon het huis niet meer uit.'],
    ['Knelpunt: wat zat in de weg?', 'De aanvraag duurde maanden.'],
    ['Maatwerk: wat is er gedaan?', 'Het buurtfonds betaalde voor.'],
    ['Uitkomst', 'Zij kwam weer buiten.'],
    ['Waardendriehoek: betrokkenheid', 'Zij koos zelf.'],
    ['Waardendriehoek: legitimiteit', 'Binnen de regels van het fonds.'],
    ['Waardendriehoek: rendement', 'Voorkwam eenzaamheid.'],
    ['Bron: hoofdstuk of vindplaats', 'eigen casus'],
    ['Curator (wie houdt dit bij)', 'Ambassadeur Zwolle'],
  ];
  for (const [label, value] of fields) await panel.getByLabel(label, { exact: true }).fill(value);
  await panel.getByRole('checkbox', { name: 'vervoer' }).check();
  await panel.getByRole('checkbox', { name: 'Wmo 2015' }).check();

  // Personal data blocks the export until it is gone.
  await panel
    .getByLabel('Situatie', { exact: true })
    .fill('Een oudere (tel. 06-12345678) kon het huis niet meer uit.');
  await expect(panel.getByRole('alert')).toContainText('persoonsgegevens');
  await expect(panel.getByRole('button', { name: 'Exporteer als markdown' })).toBeDisabled();
  await panel.getByLabel('Situatie', { exact: true }).fill('Een oudere kon het huis niet meer uit.');

  await expect(panel.getByText('Het voorstel is geldig')).toBeVisible();
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Exporteer als markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('scootmobiel-via-het-buurtfonds.md');
  const path = info.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(
    parseEntry('voorbeelden/scootmobiel-via-het-buurtfonds.md', readFileSync(path, 'utf8')).problems,
  ).toEqual([]);
});

test('says what a field lacks in the interface language, only once the user has left it', async ({
  context,
  panelUrl,
  serviceWorker,
}) => {
  for (const [locale, settings, propose, title, required] of [
    ['nl', 'Instellingen', /voorbeeld voorstellen/, 'Titel (zonder namen)', 'Vul dit veld in.'],
    ['en', 'Settings', /propose an example/, 'Title (no names)', 'Fill in this field.'],
  ] as const) {
    await setLocale(serviceWorker, locale);
    const panel = await context.newPage();
    await panel.goto(panelUrl);
    await panel.getByRole('button', { name: settings }).click();
    await panel.getByRole('button', { name: propose }).click();
    const field = panel.getByLabel(title, { exact: true });
    await expect(panel.locator('#p-titel-error')).toHaveCount(0);
    await field.fill('');
    await expect(panel.locator('#p-titel-error')).toHaveCount(0);
    await field.blur();
    await expect(panel.locator('#p-titel-error')).toHaveText(required);
    await field.fill('Scootmobiel via het buurtfonds');
    await expect(panel.locator('#p-titel-error')).toHaveCount(0);
    await panel.close();
  }
});
