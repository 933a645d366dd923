/**
 * The status line with the latest feedback message, announced politely to screen readers. The live
 * region is always in the page (so announcements are not lost); an error has a close button.
 */
import { useT } from '../i18n/context';
import type { Message } from './use-feedback';

export function Toast({ message, onClose }: { message: Message | null; onClose(): void }) {
  const t = useT();
  return (
    <div class={`toast${message ? ` ${message.kind}` : ''}`} role="status" aria-live="polite">
      {message && (
        <>
          <span key={message.seq}>{message.text}</span>
          {message.kind === 'error' && (
            <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
              ×
            </button>
          )}
        </>
      )}
    </div>
  );
}
