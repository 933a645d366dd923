/**
 * Feedback to the user: one short message at a time in a status line at the bottom of the panel.
 * Features get `notify` (a true statement of what just happened) and `fail` (an error, readable).
 */
import { useCallback, useState } from 'preact/hooks';
import type { Translate } from '../i18n/messages';
import { StorageError } from '../storage/store';

export type Notify = (message: string) => void;

export interface Feedback {
  message: string;
  notify: Notify;
  fail(e: unknown): void;
  clear(): void;
}

export function useFeedback(t: Translate): Feedback {
  const [message, setMessage] = useState('');
  const notify = useCallback((m: string) => setMessage(m), []);
  const fail = useCallback(
    (e: unknown) => setMessage(e instanceof StorageError ? t('storageError', { msg: e.message }) : String(e)),
    [t],
  );
  const clear = useCallback(() => setMessage(''), []);
  return { message, notify, fail, clear };
}
