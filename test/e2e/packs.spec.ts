import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkContent } from '../../kb/content/check';
import { buildPack, packChecksum } from '../../kb/organisation/pack';
import { signPack, toBase64 } from '../../kb/organisation/signing';
import { runPack } from '../../scripts/pack';
import { VALID_VOORBEELD, withLine } from '../helpers/entries';
import { expect, test } from './fixtures';
import { setPolicy } from './pack-helpers';

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

async function keyPair() {
  const k = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    pub: toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', k.publicKey))),
    priv: new Uint8Array(await crypto.subtle.exportKey('pkcs8', k.privateKey)),
  };
}

async function settings(panel: Page) {
  await panel.locator('nav.tabs').getByRole('button', { name: 'Instellingen' }).click();
  const picker = panel.getByLabel('Importeer een pakket');
  await expect(picker).toBeEnabled();
  return picker;
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

  const panel = await context.newPage();
  const errors: string[] = [];
  panel.on('pageerror', (e) => errors.push(e.message));
  panel.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await panel.goto(panelUrl);
  const picker = await settings(panel);

  await picker.setInputFiles(corrupted);
  await expect(panel.locator('.toast')).toContainText(
    'Pakket niet geïmporteerd, er is niets veranderd: het pakket is na het ondertekenen of maken gewijzigd: checksum',
  );
  await expect(panel.locator('[data-pack]')).toHaveCount(0);

  await picker.setInputFiles(good);
  await expect(panel.locator('.toast')).toContainText('Pakket gemeente-zwolle geïmporteerd (1 items)');
  await expect(panel.locator('[data-pack="gemeente-zwolle"]')).toContainText(
    'Niet geverifieerd: niet ondertekend',
  );

  await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
  expect(errors).toEqual([]);
  await panel.getByRole('combobox').fill('scootmobiel buurtfonds');
  const hit = panel.locator('#results [role=option]').first();
  await expect(hit).toHaveAttribute('data-id', 'gemeente-zwolle--zwolle-scootmobiel-via-buurtfonds');
  await expect(hit.locator('.badge.pack')).toHaveText('Pakket');
  // Opened by a click: the keyboard highlight keeps the quick tier's first hit by id when the full text
  // re-ranks (test/unit/ui/search-view.test.tsx), and here the two tiers put different entries first.
  await expect(panel.locator('#results')).toHaveAttribute('data-tier', 'full');
  await expect(hit).toHaveAttribute('data-id', 'gemeente-zwolle--zwolle-scootmobiel-via-buurtfonds');
  await hit.click();
  await expect(panel.getByText('Uit kennispakket: gemeente-zwolle (niet geverifieerd)')).toBeVisible();

  await settings(panel);
  await panel.locator('[data-pack="gemeente-zwolle"]').getByRole('button', { name: 'Verwijder' }).click();
  await expect(panel.locator('[data-pack]')).toHaveCount(0);
  await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
  await panel.getByRole('combobox').fill('scootmobiel buurtfonds');
  await expect(
    panel.locator('#results [data-id="gemeente-zwolle--zwolle-scootmobiel-via-buurtfonds"]'),
  ).toHaveCount(0);
});

test('signed packs under the organisation policy: the signer is shown; tampered, foreign-signed, expired, downgraded and unsigned packs are refused', async ({
  context,
  panelUrl,
  serviceWorker,
}) => {
  const lelystad = await keyPair();
  const other = await keyPair();
  const LABEL = 'Gemeente Lelystad kwaliteitsteam';
  await setPolicy(serviceWorker, {
    pakketSleutels: [{ naam: LABEL, sleutel: lelystad.pub }],
    pakketHandtekeningVerplicht: true,
  });
  const { entries } = checkContent(
    [
      {
        path: 'voorbeelden/lelystad-eigen-fietskar.md',
        text: withLine(VALID_VOORBEELD, 'titel:', 'titel: "Bakfiets uit het eigen fonds van Lelystad"'),
      },
    ],
    { today: '2026-11-23' },
  );
  const dir = mkdtempSync(join(tmpdir(), 'mw-signed-'));
  const file = (name: string, data: unknown) => {
    const p = join(dir, name);
    writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
    return p;
  };
  const pack = (version: string, options: { expires?: string } = {}) =>
    buildPack('Gemeente Lelystad', version, { entries }, options);
  const signed = await signPack(pack('2026.11'), lelystad.priv, lelystad.pub);
  const tampered = JSON.parse(JSON.stringify(signed).replace('Bakfiets uit', 'Bakfiets van'));
  tampered.checksum = packChecksum(tampered);
  const cases: [string, string][] = [
    [file('unsigned.json', pack('2026.11')), 'het pakket is niet ondertekend'],
    [file('tampered.json', tampered), 'het pakket is na het ondertekenen of maken gewijzigd'],
    [
      file('foreign.json', await signPack(pack('2026.11'), other.priv, other.pub)),
      'het pakket is ondertekend met een sleutel die je organisatie niet vertrouwt',
    ],
    [
      file(
        'expired.json',
        await signPack(pack('2026.10', { expires: '2026-01-31' }), lelystad.priv, lelystad.pub),
      ),
      'het pakket is verlopen',
    ],
  ];

  const panel = await context.newPage();
  await panel.goto(panelUrl);
  const picker = await settings(panel);
  await expect(panel.getByText('Je organisatie laat alleen ondertekende pakketten toe.')).toBeVisible();
  for (const [path, reason] of cases) {
    await picker.setInputFiles(path);
    await expect(panel.locator('.toast')).toContainText(`er is niets veranderd: ${reason}`);
    await expect(panel.locator('[data-pack]')).toHaveCount(0);
  }

  await picker.setInputFiles(file('signed.json', signed));
  await expect(panel.locator('.toast')).toContainText('Pakket Gemeente Lelystad geïmporteerd (1 items)');
  const item = panel.locator('[data-pack="Gemeente Lelystad"]');
  await expect(item).toContainText(`Ondertekend door ${LABEL}`);

  await picker.setInputFiles(file('older.json', await signPack(pack('2026.9'), lelystad.priv, lelystad.pub)));
  await expect(panel.locator('.toast')).toContainText('het pakket is ouder dan de geïmporteerde versie');
  await expect(item).toContainText('2026.11');

  await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
  await panel.getByRole('combobox').fill('bakfiets eigen fonds lelystad');
  await expect(
    panel.locator('#results [data-id="gemeente-lelystad--lelystad-eigen-fietskar"]'),
  ).toBeVisible();
  await panel.locator('#results [data-id="gemeente-lelystad--lelystad-eigen-fietskar"]').click();
  await expect(
    panel.getByText(`Uit kennispakket: Gemeente Lelystad, ondertekend door ${LABEL}`),
  ).toBeVisible();
});
