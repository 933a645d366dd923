/**
 * The panel's side of inserting: copy, "klaarzetten" (ready the text for the background's insertion
 * from the context menu or Alt+Shift+I, and put it on the clipboard), and "invoegen" straight into the
 * case form on origins the user allowed (falling back to the clipboard). Reports the outcome of the
 * background's insertion as it arrives.
 */
import { useCallback, useEffect } from 'preact/hooks';
import { INSERT_RESULT, INSERT_TEXT, type InsertResult, MAX_INSERT_CHARS } from '../background/session-keys';
import type { MessageKey, Translate } from '../i18n/messages';
import type { Platform } from '../platform/platform';

export interface PanelInsert {
  copy(text: string): void;
  prepareInsert(text: string): void;
  /** Only when the user allowed at least one origin. */
  insertNow?: (text: string) => void;
}

/** The message for a refused or failed insertion. */
export function refusedMessage(detail: string, t: Translate): string {
  return detail === 'password' || detail === 'hidden' || detail === 'readonly'
    ? t(`insertRefused_${detail}` as MessageKey)
    : t('insertRefused_other');
}

export function usePanelInsert(
  platform: Platform,
  t: Translate,
  notify: (message: string) => void,
  canInsertNow: boolean,
): PanelInsert {
  useEffect(
    () =>
      platform.onSessionChange((key, value) => {
        if (key !== INSERT_RESULT || !value) return;
        const r = value as InsertResult;
        notify(r.ok ? t('insertDone') : refusedMessage(r.detail, t));
      }),
    [platform, t, notify],
  );
  const copy = useCallback(
    (text: string) => void platform.copy(text).then((ok) => notify(ok ? t('copied') : t('copyFailed'))),
    [platform, t, notify],
  );
  const prepareInsert = useCallback(
    (text: string) => {
      const clipped = text.slice(0, MAX_INSERT_CHARS);
      void (async () => {
        await platform.sessionSet(INSERT_TEXT, clipped);
        await platform.copy(clipped);
        notify(t('insertReady'));
      })();
    },
    [platform, t, notify],
  );
  const insertNow = useCallback(
    (text: string) => {
      const clipped = text.slice(0, MAX_INSERT_CHARS);
      void (async () => {
        const r = await platform.insertIntoPage(clipped);
        if (r.ok) notify(t('insertDone'));
        else {
          await platform.copy(clipped);
          notify(refusedMessage(r.detail, t));
        }
      })();
    },
    [platform, t, notify],
  );
  return { copy, prepareInsert, insertNow: canInsertNow ? insertNow : undefined };
}
