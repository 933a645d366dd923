/**
 * Over two hundred XSS payloads go through the real path: a knowledge pack (validated like any content),
 * the index, the markdown renderer and the side panel's DOM in Chromium. Nothing may run, no unsafe URL
 * may come out, and the detector proves it would have noticed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkContent } from '../../kb/content/check';
import { buildPack } from '../../kb/organisation/pack';
import { namespacedId, packNamespace } from '../../kb/organisation/pack-merge';
import { xssPayloads } from '../fixtures/xss-payloads';
import { VALID_VOORBEELD, withLine } from '../helpers/entries';
import { expect, test } from './fixtures';

const PER_ENTRY = 12;

/** Replaces alert & co. with a flag and records CSP violations and errors, before any page script runs. */
async function arm(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const hits: string[] = [];
    w.__hits = hits;
    w.__xss = () => hits.push('__xss');
    for (const name of ['alert', 'confirm', 'prompt', 'print']) w[name] = () => hits.push(name);
    document.addEventListener('securitypolicyviolation', (e) => hits.push(`csp:${e.violatedDirective}`));
  });
}
const hits = (page: Page) => page.evaluate(() => (window as unknown as { __hits: string[] }).__hits.slice());

test('renders 200+ hostile payloads inert in the real panel', async ({ context, panelUrl }) => {
  const payloads = xssPayloads();
  expect(payloads.length).toBeGreaterThanOrEqual(200);
  const files = [];
  for (let i = 0; i * PER_ENTRY < payloads.length; i++) {
    const chunk = payloads.slice(i * PER_ENTRY, (i + 1) * PER_ENTRY);
    const body = VALID_VOORBEELD.replace('## Situatie\n\nTekst.', `## Situatie\n\n${chunk.join('\n\n')}`);
    files.push({
      path: `voorbeelden/xss-${i}.md`,
      text: withLine(body, 'titel:', `titel: "XSS proef ${i} <img src=x onerror=__xss()>"`),
    });
  }
  const checked = checkContent(files, { today: '2026-11-23' });
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const packFile = join(mkdtempSync(join(tmpdir(), 'mw-xss-')), 'xss.json');
  writeFileSync(packFile, JSON.stringify(buildPack('xss-proef', '1', { entries: checked.entries })));

  const panel = await context.newPage();
  await arm(panel);
  const errors: string[] = [];
  panel.on('pageerror', (e) => errors.push(e.message));
  await panel.goto(panelUrl);

  // Self-test: the detector notices a raw payload and an alert.
  await panel.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', '__xss()');
    img.src = 'x-self-test';
    document.body.append(img);
    alert('self-test');
  });
  await expect
    .poll(() => hits(panel))
    .toEqual(expect.arrayContaining(['alert', expect.stringMatching(/^csp:/)]));
  await panel.evaluate(() => {
    document.querySelector('img[src="x-self-test"]')?.remove();
    (window as unknown as { __hits: string[] }).__hits.length = 0;
  });

  await panel.getByRole('button', { name: 'Instellingen' }).click();
  await panel.getByLabel('Importeer een pakket').setInputFiles(packFile);
  await expect(panel.locator('.toast')).toContainText('Pakket xss-proef geïmporteerd');

  // A pack's entries carry its namespace (`xss-proef--xss-0`), as every pack's do.
  const entries = checked.entries.map((e) => ({
    file: e.id,
    id: namespacedId(packNamespace('xss-proef'), e.id),
  }));
  for (const { file, id } of entries) {
    await panel.locator('nav.tabs').getByRole('button', { name: 'Zoeken' }).click();
    await panel.getByRole('combobox').fill(`XSS proef ${file.slice(4)}`);
    await panel.locator(`#results [data-id="${id}"]`).click();
    await expect(panel.locator(`article[data-entry="${id}"]`)).toBeVisible();
    await panel.waitForTimeout(50);
    const unsafe = await panel.evaluate(() => {
      const out: string[] = [];
      const root = document.body;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) out.push(`${el.tagName} ${a.name}`);
          if (
            (a.name === 'href' || a.name === 'src' || a.name === 'action' || a.name === 'xlink:href') &&
            !/^(https:|mailto:|chrome-extension:)/i.test(a.value)
          ) {
            out.push(`${el.tagName} ${a.name}=${a.value}`);
          }
        }
        if (
          [
            'SCRIPT',
            'IFRAME',
            'OBJECT',
            'EMBED',
            'IMG',
            'SVG',
            'STYLE',
            'LINK',
            'META',
            'BASE',
            'FORM',
            'VIDEO',
            'AUDIO',
          ].includes(el.tagName) &&
          el.closest('article')
        ) {
          out.push(`element ${el.tagName}`);
        }
      }
      return out;
    });
    expect(unsafe, id).toEqual([]);
  }
  // Every payload was shown as text somewhere.
  expect(await hits(panel)).toEqual([]);
  expect(errors).toEqual([]);
});
