import { describe, expect, it } from 'vitest';
import { en, nl, pickLocale, translator } from '../../../extension/features/i18n/messages';

describe('the interface language', () => {
  it('has an English string for every Dutch one', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
  it('is Dutch by default and English for an English browser', () => {
    expect(pickLocale(['de-DE'])).toBe('nl');
    expect(pickLocale(['en-GB', 'nl'])).toBe('en');
    expect(pickLocale(['nl-BE'])).toBe('nl');
  });
  it('fills in variables', () => {
    expect(translator('nl')('resultsCount', { n: 3 })).toBe('3 resultaten');
  });
});
