/**
 * In settings: the opt-in to copying readied text to the system clipboard too. Off by default, because
 * the clipboard (and the computer's clipboard history or sync) is outside the retention and the wipe.
 */
import { useT } from '../i18n/context';
import type { PanelInsert } from './panel-insert';

export function ClipboardSetting({
  insert,
}: {
  insert: Pick<PanelInsert, 'copyOnPrepare' | 'setCopyOnPrepare'>;
}) {
  const t = useT();
  return (
    <section aria-labelledby="clipboard-h">
      <h3 id="clipboard-h">{t('copyOnPrepareTitle')}</h3>
      <label>
        <input
          type="checkbox"
          checked={insert.copyOnPrepare}
          onChange={(e) => insert.setCopyOnPrepare(e.currentTarget.checked)}
        />{' '}
        {t('copyOnPrepareLabel')}
      </label>
      <p class="muted">{t('copyOnPrepareHint')}</p>
    </section>
  );
}
