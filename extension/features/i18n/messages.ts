/** UI strings: Dutch first, English second. Keys are the same in both; a test checks they match. */
import { coreEn, coreNl } from './catalogue/core';
import { packsEn, packsNl } from './catalogue/packs';
import { privacyEn, privacyNl } from './catalogue/privacy';
import { viewsEn, viewsNl } from './catalogue/views';
import { weighingEn, weighingNl } from './catalogue/weighing';

export const nl = {
  ...weighingNl,
  ...viewsNl,
  ...privacyNl,
  ...packsNl,
  ...coreNl,
};

export type MessageKey = keyof typeof nl;

export const en: Record<MessageKey, string> = {
  ...weighingEn,
  ...viewsEn,
  ...privacyEn,
  ...packsEn,
  ...coreEn,
};

export type Locale = 'nl' | 'en';
const DICTS: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function pickLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    const base = l.toLowerCase().slice(0, 2);
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return 'nl';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const dict = DICTS[locale];
  return (key, vars) => {
    let s = dict[key] ?? nl[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
