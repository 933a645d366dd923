/**
 * Delivery of knowledge packs from the organisation's URL, end to end: a local HTTP server stands in for
 * the organisation's pack host (http://localhost is accepted only by the e2e build). The extension
 * requests exactly the policy's URL and nothing else, installs the signed pack, shows who signed it and
 * when it was last updated, and keeps the last good pack when a later fetch fails.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkContent } from '../../kb/content/check';
import { buildPack, packChecksum } from '../../kb/organisation/pack';
import { signPack, toBase64 } from '../../kb/organisation/signing';
import { VALID_VOORBEELD, withLine } from '../helpers/entries';
import { expect, test } from './fixtures';
import { setPolicy } from './pack-helpers';

test('without pack URLs in the policy, nothing asks for a pack: start-up, a policy change and "update now" make no request', async ({
  context,
  panelUrl,
  serviceWorker,
}) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const panel = await context.newPage();
  await panel.goto(panelUrl);
  await panel.getByRole('combobox').fill('pgb');
  await panel.locator('#results [role=option]').first().click();
  await expect(panel.locator('article.entry')).toBeVisible();
  await panel.locator('nav.tabs').getByRole('button', { name: 'Instellingen' }).click();
  // No pack URLs: no delivery section, so no "update now" button.
  await expect(panel.getByRole('button', { name: 'Nu bijwerken' })).toHaveCount(0);
  // A policy change (without pack URLs) and an explicit request both run delivery, which must stop at once.
  await setPolicy(serviceWorker, { gemeente: 'Gemeente Lelystad', pakketHandtekeningVerplicht: true });
  await expect(panel.getByText('Je organisatie laat alleen ondertekende pakketten toe.')).toBeVisible();
  await serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }
    ).chrome.storage.session.set({ packsFetchNow: Date.now() }),
  );
  await panel.waitForTimeout(1500);
  const own = `chrome-extension://${new URL(panelUrl).host}/`;
  expect(requests.filter((u) => !u.startsWith(own) && !u.startsWith('data:'))).toEqual([]);
  expect(requests.some((u) => u === `${own}kb/index.json`)).toBe(true);
  const status = await serviceWorker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } }
    ).chrome;
    return api.storage.local.get('packDelivery');
  });
  expect(status).toEqual({});
});

test('with a pack URL in the policy, the extension requests exactly that URL, installs the signed pack and keeps it when a later fetch fails', async ({
  context,
  panelUrl,
  serviceWorker,
}) => {
  const k = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pub = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', k.publicKey)));
  const priv = new Uint8Array(await crypto.subtle.exportKey('pkcs8', k.privateKey));
  const { entries } = checkContent(
    [
      {
        path: 'voorbeelden/lelystad-geleverd-voorbeeld.md',
        text: withLine(VALID_VOORBEELD, 'titel:', 'titel: "Geleverde ligfiets via de wijkteamkas"'),
      },
    ],
    { today: '2026-11-23' },
  );
  const good = JSON.stringify(
    await signPack(buildPack('Gemeente Lelystad', '2026.11', { entries }), priv, pub),
  );
  const tampered = JSON.parse(good.replace('Geleverde ligfiets', 'Geleverde bakfiets'));
  tampered.version = '2026.12';
  tampered.checksum = packChecksum(tampered);

  let body = good;
  const seen: { method?: string; url?: string; inm?: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    seen.push({ method: req.method, url: req.url, inm: req.headers['if-none-match'] as string | undefined });
    if (req.url !== '/kennis/pakket.json') return void res.writeHead(404).end();
    const etag = `"${packChecksum(JSON.parse(body))}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const packUrl = `http://localhost:${(server.address() as AddressInfo).port}/kennis/pakket.json`;

  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const panel = await context.newPage();
    await panel.goto(panelUrl);
    await setPolicy(serviceWorker, {
      pakketSleutels: [{ naam: 'Kwaliteitsteam Lelystad', sleutel: pub }],
      pakketHandtekeningVerplicht: true,
      pakketUrls: [packUrl],
    });

    await panel.locator('nav.tabs').getByRole('button', { name: 'Instellingen' }).click();
    const item = panel.locator('[data-pack="Gemeente Lelystad"]');
    await expect(item).toContainText('Ondertekend door Kwaliteitsteam Lelystad');
    await expect(item).toContainText(`Geleverd door je organisatie (${new URL(packUrl).host})`);
    const status = panel.locator(`[data-pack-url="${packUrl}"]`);
    await expect(status).toContainText('Gemeente Lelystad 2026.11 · Laatst bijgewerkt:');

    // Searchable like any pack entry.
    await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
    await panel.getByRole('combobox').fill('ligfiets wijkteamkas');
    await expect(
      panel.locator('#results [data-id="gemeente-lelystad--lelystad-geleverd-voorbeeld"]'),
    ).toBeVisible();

    // "Nu bijwerken" with an unchanged pack: a conditional request, answered 304 (the e2e build holds
    // the host permission for localhost, which lifts CORS for the conditional header).
    await panel.locator('nav.tabs').getByRole('button', { name: 'Instellingen' }).click();
    await panel.getByRole('button', { name: 'Nu bijwerken' }).click();
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => seen.some((s) => s.inm?.startsWith('"'))).toBe(true);

    // A later version that fails its signature: refused, the last good pack stays, the failure is shown.
    body = JSON.stringify(tampered);
    await panel.getByRole('button', { name: 'Nu bijwerken' }).click();
    await expect(status).toContainText('Ophalen mislukt (tampered');
    await expect(status).toContainText('het laatst goede pakket blijft in gebruik');
    await expect(item).toContainText('2026.11');

    // Exactly that URL, and nothing else: at the server, and in everything the browser requested.
    expect(seen.every((s) => s.method === 'GET' && s.url === '/kennis/pakket.json')).toBe(true);
    const own = `chrome-extension://${new URL(panelUrl).host}/`;
    const outside = requests.filter((u) => !u.startsWith(own) && !u.startsWith('data:'));
    expect(outside.every((u) => u === packUrl)).toBe(true);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
