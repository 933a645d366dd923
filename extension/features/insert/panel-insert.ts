/**
 * The panel's side of inserting: copy (an explicit button), "klaarzetten" (ready the text for the
 * background's insertion from the context menu or Alt+Shift+I), and "invoegen" straight into the case
 * form, only into a tab on an origin the browser granted us, named before the user inserts. Reports the
 * outcome of the background's insertion as it arrives, truthfully: what failed, and whether the text is
 * on the clipboard.
 *
 * The clipboard is outside Maatwerkwijzer's retention and "Wis al mijn gegevens" (clipboard history and
 * sync keep it), so text goes there only when the user asks: the Copy buttons, or the opt-in setting
 * COPY_ON_PREPARE ("klaarzetten" and a failed insertion then also copy).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { INSERT_RESULT, INSERT_TEXT, type InsertResult, MAX_INSERT_CHARS } from '../background/session-keys';
import type { MessageKey, Translate } from '../i18n/messages';
import type { Platform } from '../platform/platform';

/** storage.local key: true when the user opted in to copying on "klaarzetten". Default off. */
export const COPY_ON_PREPARE = 'copyOnPrepare';

export interface PanelInsert {
  copy(text: string): void;
  prepareInsert(text: string): void;
  /** Only when the user allowed an origin and a tab on a granted origin is open (see `target`). */
  insertNow?: (text: string) => void;
  /** The origin "invoegen" writes into, to name on the button before inserting; null when none. */
  target: string | null;
  /** The opt-in to copying on "klaarzetten", and its switch. */
  copyOnPrepare: boolean;
  setCopyOnPrepare(on: boolean): void;
}

const REASONS: Record<string, MessageKey> = {
  password: 'insertRefused_password',
  hidden: 'insertRefused_hidden',
  readonly: 'insertRefused_readonly',
  'no-access': 'insertRefused_noAccess',
  'not-landed': 'insertRefused_notLanded',
  'no-focus': 'insertRefused_noFocus',
  'no-field': 'insertRefused_noField',
  ambiguous: 'insertRefused_noField',
  unsupported: 'insertRefused_unsupported',
  'no-target': 'insertRefused_noTarget',
  'target-changed': 'insertRefused_targetChanged',
  'no-text': 'insertRefused_noText',
};

/** The message for a refused or failed insertion; `onClipboard`: the text is on the clipboard. */
export function refusedMessage(detail: string, t: Translate, onClipboard = false): string {
  const why = t(REASONS[detail] ?? 'insertRefused_other');
  return `${why} ${t(onClipboard ? 'insertFallbackClipboard' : 'insertFallbackCopy')}`;
}

/** The host to show for an origin: "casus.example.nl", with the scheme only when it is not https. */
export function originLabel(origin: string): string {
  try {
    const u = new URL(origin);
    return u.protocol === 'https:' ? u.host : `${u.protocol}//${u.host}`;
  } catch {
    return origin;
  }
}

export function usePanelInsert(
  platform: Platform,
  t: Translate,
  notify: (message: string) => void,
  canInsertNow: boolean,
): PanelInsert {
  const [copyOnPrepare, setCopy] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  // Whether the text now readied for the background was also put on the clipboard.
  const readyCopied = useRef(false);

  useEffect(() => {
    void platform.localGet(COPY_ON_PREPARE).then((v) => setCopy(v === true));
  }, [platform]);
  const setCopyOnPrepare = useCallback(
    (on: boolean) => {
      setCopy(on);
      void platform.localSet(COPY_ON_PREPARE, on);
    },
    [platform],
  );

  useEffect(() => {
    if (!canInsertNow || !platform.insertTarget) {
      setTarget(null);
      return;
    }
    let live = true;
    const refresh = () => void platform.insertTarget?.().then((o) => live && setTarget(o));
    refresh();
    const off = platform.onTabsChange?.(refresh);
    return () => {
      live = false;
      off?.();
    };
  }, [platform, canInsertNow]);

  useEffect(
    () =>
      platform.onSessionChange((key, value) => {
        if (key !== INSERT_RESULT || !value) return;
        const r = value as InsertResult;
        notify(r.ok ? t('insertDone') : refusedMessage(r.detail, t, readyCopied.current));
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
        readyCopied.current = copyOnPrepare && (await platform.copy(clipped));
        notify(t(readyCopied.current ? 'insertReadyCopied' : 'insertReady'));
      })();
    },
    [platform, t, notify, copyOnPrepare],
  );
  const insertNow = useCallback(
    (text: string) => {
      if (!target) return;
      const clipped = text.slice(0, MAX_INSERT_CHARS);
      void (async () => {
        const r = await platform.insertIntoPage(clipped, target);
        if (r.ok) notify(t('insertDoneInto', { origin: originLabel(target) }));
        else notify(refusedMessage(r.detail, t, copyOnPrepare && (await platform.copy(clipped))));
      })();
    },
    [platform, t, notify, target, copyOnPrepare],
  );
  return {
    copy,
    prepareInsert,
    insertNow: canInsertNow && target ? insertNow : undefined,
    target: canInsertNow ? target : null,
    copyOnPrepare,
    setCopyOnPrepare,
  };
}
