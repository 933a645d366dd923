/**
 * Every view at the width a side panel really has (360 px), light and dark, Dutch and English, in the
 * real Chromium with the built extension: nothing scrolls horizontally, no running text is under 13 px,
 * axe-core finds no violation, and the interface chrome is in the chosen language.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { measure, setLocale, VIEWS } from './views';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(c: object, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) => `${v.id}: ${JSON.stringify((v.nodes as { target: unknown }[]).map((n) => n.target))}`,
    );
  });
}

// Words that only occur in the other language's interface text. Content (entries, law and source names,
// what the user typed) is Dutch in both locales and is marked data-content or sits in the result list.
const DUTCH =
  /\b(de|het|een|van|voor|niet|jouw|naar|wordt|welke|deze|wat|mijn|toon|kies|wis|bewaar|verwijder|nog)\b/i;
const ENGLISH = /\b(the|and|your|with|this|from|show|choose|remove|save|delete|what|which)\b/i;

function chromeText(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const out: string[] = [];
    const skip = '[data-content], #results, .facets, textarea, select, option, .toast';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || !text || el.closest(skip) || el.getClientRects().length === 0) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder]')) {
      if (el.closest('[data-content]')) continue;
      for (const a of ['aria-label', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

for (const locale of ['nl', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every view fits 360 px, has no text under 13 px, no axe violation and ${locale} chrome (${locale}, ${scheme})`, async ({
      context,
      panelUrl,
      serviceWorker,
    }) => {
      test.setTimeout(240_000);
      await setLocale(serviceWorker, locale);
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 360, height: 800 });
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.goto(panelUrl);
      const problems: string[] = [];
      const widths: string[] = [];
      for (const view of VIEWS) {
        await view.go(panel);
        await panel.waitForTimeout(250);
        const m = await measure(panel);
        widths.push(
          `${view.name}: widest scrollWidth ${m.widest}px, page ${m.page}px, ` +
            `largest overflow ${m.worst.over}px${m.worst.what ? ` (${m.worst.what})` : ''}`,
        );
        for (const o of m.overflowing) problems.push(`${view.name} overflows: ${o}`);
        for (const s of m.small) problems.push(`${view.name} small text: ${s}`);
        for (const v of await axeViolations(panel)) problems.push(`${view.name} axe: ${v}`);
        const foreign = locale === 'en' ? DUTCH : ENGLISH;
        for (const s of await chromeText(panel))
          if (foreign.test(s)) problems.push(`${view.name} not ${locale}: "${s.slice(0, 80)}"`);
      }
      console.log(`[${locale} ${scheme}] largest horizontal overflow per view:\n  ${widths.join('\n  ')}`);
      expect(problems).toEqual([]);
    });
  }
}
