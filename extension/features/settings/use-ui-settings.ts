/**
 * The user's own settings kept in storage.local: the interface language and how long drafts are kept.
 * Returns the translator for the chosen (or the browser's) language.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { pickLocale, type Translate, translator } from '../i18n/messages';
import type { Platform } from '../platform/platform';
import { DRAFT_DAYS_KEY, validDraftDays } from '../storage/drafts';
import { DEFAULT_DRAFT_DAYS } from '../storage/retention';

export type LocaleSetting = 'auto' | 'nl' | 'en';
export const LOCALE_KEY = 'uiLocale';

export interface UiSettings {
  localeSetting: LocaleSetting;
  setLocale(v: LocaleSetting): void;
  t: Translate;
  draftDays: number;
  setDraftDays(v: number): void;
}

export function useUiSettings(platform: Platform): UiSettings {
  const [localeSetting, setLocaleSetting] = useState<LocaleSetting>('auto');
  const [draftDays, setDays] = useState(DEFAULT_DRAFT_DAYS);
  const t = useMemo(
    () => translator(localeSetting === 'auto' ? pickLocale(platform.languages()) : localeSetting),
    [platform, localeSetting],
  );
  useEffect(() => {
    void platform.localGet(LOCALE_KEY).then((v) => {
      if (v === 'nl' || v === 'en' || v === 'auto') setLocaleSetting(v);
    });
    void platform.localGet(DRAFT_DAYS_KEY).then((v) => setDays(validDraftDays(v)));
  }, [platform]);
  const setLocale = useCallback(
    (v: LocaleSetting) => {
      setLocaleSetting(v);
      void platform.localSet(LOCALE_KEY, v);
    },
    [platform],
  );
  const setDraftDays = useCallback(
    (v: number) => {
      const days = validDraftDays(v);
      setDays(days);
      void platform.localSet(DRAFT_DAYS_KEY, days);
    },
    [platform],
  );
  return { localeSetting, setLocale, t, draftDays, setDraftDays };
}
