import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../kb/content/check';
import { buildPack } from '../../kb/organisation/pack';
import { runPack } from '../../scripts/pack';
import { VALID_VOORBEELD, withLine } from '../helpers/entries';
import { expect, test } from './fixtures';

async function makePack(dir: string, id: string, titel: string, name: string): Promise<string> {
  const folder = join(dir, name);
  mkdirSync(join(folder, 'voorbeelden'), { recursive: true });
  writeFileSync(
    join(folder, 'voorbeelden', `${id}.md`),
    withLine(VALID_VOORBEELD, 'titel:', `titel: "${titel}"`),
  );
  const out = join(dir, `${name}.json`);
  const code = await runPack([folder, '--out', out, '--name', name, '--version', '2026.11'], {
    out: () => undefined,
    err: (s) => process.stderr.write(s),
  });
  expect(code).toBe(0);
  return out;
}

test('imports a knowledge pack, searches it with the bundled entries, rejects bad packs atomically, and removes it', async ({
  context,
  panelUrl,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'mw-packs-'));
  const good = await makePack(
    dir,
    'zwolle-scootmobiel-via-buurtfonds',
    'Scootmobiel via het buurtfonds in Zwolle',
    'gemeente-zwolle',
  );
  const corrupted = join(dir, 'kapot.json');
  writeFileSync(
    corrupted,
    readFileSync(good, 'utf8').replace('Scootmobiel via het buurtfonds', 'Scootmobiel via de gemeente'),
  );
  // `kb pack` refuses an id the bundled knowledge base already has, so this pack is made by hand.
  const { entries } = checkContent(
    [{ path: 'voorbeelden/lelystad-fietskar-in-plaats-van-bakfiets.md', text: VALID_VOORBEELD }],
    {
      today: '2026-11-23',
    },
  );
  const clash = join(dir, 'botsing.json');
  writeFileSync(clash, JSON.stringify(buildPack('gemeente-x', '1', { entries })));

  const panel = await context.newPage();
  const errors: string[] = [];
  panel.on('pageerror', (e) => errors.push(e.message));
  panel.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: 'Instellingen' }).click();
  const picker = panel.getByLabel('Importeer een pakket');
  await expect(picker).toBeEnabled();

  await picker.setInputFiles(corrupted);
  await expect(panel.locator('.toast')).toContainText(
    'Pakket niet geïmporteerd, er is niets veranderd: checksum',
  );
  await picker.setInputFiles(clash);
  await expect(panel.locator('.toast')).toContainText('lelystad-fietskar-in-plaats-van-bakfiets');
  await expect(panel.locator('[data-pack]')).toHaveCount(0);

  await picker.setInputFiles(good);
  await expect(panel.locator('.toast')).toContainText('Pakket gemeente-zwolle geïmporteerd (1 items)');
  await expect(panel.locator('[data-pack="gemeente-zwolle"]')).toBeVisible();

  await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
  expect(errors).toEqual([]);
  await panel.getByRole('combobox').fill('scootmobiel buurtfonds');
  await expect(panel.locator('#results [role=option]').first()).toHaveAttribute(
    'data-id',
    'zwolle-scootmobiel-via-buurtfonds',
  );
  await panel.getByRole('combobox').press('Enter');
  await expect(panel.getByText('Uit kennispakket: gemeente-zwolle')).toBeVisible();

  await panel.getByRole('button', { name: 'Instellingen' }).click();
  await panel.locator('[data-pack="gemeente-zwolle"]').getByRole('button', { name: 'Verwijder' }).click();
  await expect(panel.locator('[data-pack]')).toHaveCount(0);
  await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
  await panel.getByRole('combobox').fill('scootmobiel buurtfonds');
  await expect(panel.locator('#results [data-id="zwolle-scootmobiel-via-buurtfonds"]')).toHaveCount(0);
});
