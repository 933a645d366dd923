/**
 * Feedback to the user: one short message at a time in a status line at the bottom of the panel.
 * A message goes away by itself after about four seconds; an error stays longer and can be closed.
 * The shell clears it when the user changes view. Features get `notify` (a true statement of what
 * just happened) and `fail` (an error, readable).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n/messages';
import { StorageError } from '../storage/store';

export type Notify = (message: string) => void;
export const INFO_MS = 4000;
export const ERROR_MS = 12000;

export interface Message {
  text: string;
  kind: 'info' | 'error';
  /** Distinguishes two equal messages in a row (each restarts the timer). */
  seq: number;
}

export interface Feedback {
  message: Message | null;
  notify: Notify;
  /** An error: a StorageError or any message, shown longer and dismissable. */
  fail(e: unknown): void;
  clear(): void;
}

let seq = 0;

export function useFeedback(t: Translate): Feedback {
  const [message, setMessage] = useState<Message | null>(null);
  const notify = useCallback((text: string) => setMessage({ text, kind: 'info', seq: ++seq }), []);
  const fail = useCallback(
    (e: unknown) =>
      setMessage({
        text:
          e instanceof StorageError
            ? t('storageError', { msg: e.message })
            : e instanceof Error
              ? e.message
              : String(e),
        kind: 'error',
        seq: ++seq,
      }),
    [t],
  );
  const clear = useCallback(() => setMessage(null), []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), message.kind === 'error' ? ERROR_MS : INFO_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return { message, notify, fail, clear };
}
