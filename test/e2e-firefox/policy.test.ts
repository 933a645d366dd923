/**
 * The organisation's settings in Firefox: set by enterprise policy (policies.json → 3rdparty → Extensions
 * → the extension's id), read through browser.storage.managed, validated per field, shown in the panel.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox } from '../helpers/firefox';
import { clickButton, waitForMatch } from '../helpers/pptr';

const MANAGED = {
  gemeente: 'Gemeente Lelystad',
  conceptDagen: 30,
  invoegOrigins: ['https://casus.lelystad.example', 'ftp://casus.lelystad.example'],
  onbekend: true,
};

let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox({ managed: MANAGED });
});
afterAll(async () => {
  await ff?.close();
});

test('applies the policy set in policies.json: municipality, draft retention, suggested origins, and notices for what it ignores', async () => {
  const panel = await ff.openPanel();
  // What Firefox hands the extension is exactly what the policy file says.
  const managed = await panel.evaluate(async () =>
    JSON.stringify(
      await (
        globalThis as unknown as { browser: { storage: { managed: { get(): Promise<object> } } } }
      ).browser.storage.managed.get(),
    ),
  );
  expect(JSON.parse(managed)).toEqual(MANAGED);

  await waitForMatch(panel, '.org', /Gemeente Lelystad/);
  await clickButton(panel, 'Instellingen');
  await waitForMatch(panel, 'section.policy', /Deze instellingen komen van Gemeente Lelystad\./);
  await waitForMatch(
    panel,
    'section.policy',
    /Onbekende instelling "onbekend" van je organisatie wordt genegeerd\./,
  );
  await waitForMatch(panel, 'section.policy', /Adres "ftp:\/\/casus\.lelystad\.example" is geen https-adres/);
  // The organisation's retention is used and cannot be changed here.
  const days = await panel.$eval('#draft-days', (el) => ({
    value: (el as HTMLInputElement).value,
    disabled: (el as HTMLInputElement).disabled,
  }));
  expect(days).toEqual({ value: '30', disabled: true });
  // The valid origin is suggested for insertion; the invalid one is not.
  await waitForMatch(
    panel,
    'section[aria-labelledby=origins-h]',
    /Je organisatie raadt aan om invoegen toe te staan op https:\/\/casus\.lelystad\.example\./,
  );
  const origins = await panel.$eval('section[aria-labelledby=origins-h]', (el) => el.textContent ?? '');
  expect(origins).not.toContain('ftp://');
  await panel.close();
});
