// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../extension/features/app/App';
import { en, nl, translator } from '../../../extension/features/i18n/messages';
import { describePersonalData } from '../../../extension/features/personal-data/guard';
import { PanelDb } from '../../../extension/features/storage/db';
import { checkContent } from '../../../kb/content/check';
import { buildIndex } from '../../../kb/search/build-index';
import { QUESTIONS, VALUE_QUESTIONS, VALUES } from '../../../kb/weighing/waardendriehoek';
import { VALID_VOORBEELD } from '../../helpers/entries';
import { fakePlatform } from '../../helpers/fake-platform';

afterEach(cleanup);

describe('the message catalogue', () => {
  it('has the same keys in Dutch and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [k, v] of Object.entries(nl)) {
      const e = en[k as keyof typeof en];
      expect(v.trim(), k).not.toBe('');
      expect(e.trim(), k).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(e), k).toEqual(vars(v));
    }
  });

  it('asks the Waardendriehoek questions in the words of kb/weighing in Dutch', () => {
    for (const q of QUESTIONS) expect(nl[`q_${q.id}` as keyof typeof nl]).toBe(q.text);
    for (const v of VALUES) expect(nl[`valueQ_${v}` as keyof typeof nl]).toBe(VALUE_QUESTIONS[v]);
  });

  it('names found personal data with plurals in the interface language', () => {
    const found = [{ kind: 'bsn' as const }, { kind: 'telefoon' as const }, { kind: 'telefoon' as const }];
    expect(describePersonalData(found, translator('nl'))).toBe(
      'Dit lijkt persoonsgegevens te bevatten: 1 BSN, 2 telefoonnummers.',
    );
    expect(describePersonalData(found, translator('en'))).toBe(
      'This looks like personal data: 1 BSN (citizen service number), 2 phone numbers.',
    );
    expect(describePersonalData([], translator('en'))).toBe('');
  });

  it('says "1 casus" and "2 casussen"', () => {
    expect(translator('nl')('casusOne', { n: 1 })).toBe('1 casus');
    expect(translator('nl')('casusMany', { n: 2 })).toBe('2 casussen');
    expect(translator('en')('casusMany', { n: 2 })).toBe('2 cases');
  });
});

const { entries } = checkContent([{ path: 'voorbeelden/fietskar-case.md', text: VALID_VOORBEELD }], {
  today: '2026-11-23',
});
const asset = buildIndex(entries, [], {});
let n = 0;

/** Text of the interface chrome: everything but content (marked data-content) and form values. */
function chrome(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = (node.textContent ?? '').trim();
    if (el && text && !el.closest('[data-content], textarea, select, option, #results')) out.push(text);
  }
  return out;
}

describe('the interface in English', () => {
  it('shows no Dutch catalogue string in the Waardendriehoek, settings and patterns', async () => {
    const { platform } = fakePlatform(asset, ['en-GB']);
    render(<App platform={platform} db={new PanelDb(`i18n-${++n}`)} />);
    const dutch = new Set(
      Object.entries(nl)
        .filter(([k, v]) => v !== en[k as keyof typeof en] && v.length > 3)
        .map(([, v]) => v.replace(/\{\w+\}/g, '').trim()),
    );
    const check = () => {
      for (const s of chrome()) expect(dutch.has(s), `Dutch in English mode: "${s}"`).toBe(false);
    };
    fireEvent.click(await screen.findByRole('button', { name: /Waardendriehoek/ }));
    await screen.findByText(/Short weighing/);
    check();
    fireEvent.click(screen.getByRole('button', { name: /Full weighing/ }));
    await screen.findByText(/Did the resident or the family help shape/);
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Settings' });
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Patterns' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'From case to pattern' })).toBeTruthy());
    check();
  });
});
