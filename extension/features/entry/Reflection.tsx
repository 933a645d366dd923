/** A case's own Waardendriehoek reflection (betrokkenheid, legitimiteit, rendement), as the entry and training show it. */
import type { StoredEntry } from '../../../kb/search/index-format';
import { useT } from '../i18n/context';

type Voorbeeld = Extract<StoredEntry, { type: 'voorbeeld' }>;

export function Reflection({ entry, class: className }: { entry: Voorbeeld; class?: string }) {
  const t = useT();
  const w = entry.meta.waardendriehoek;
  return (
    <section class={className}>
      <h3>{t('waardendriehoek')}</h3>
      <dl>
        <dt>{t('betrokkenheid')}</dt>
        <dd data-content>{w.betrokkenheid}</dd>
        <dt>{t('legitimiteit')}</dt>
        <dd data-content>{w.legitimiteit}</dd>
        <dt>{t('rendement')}</dt>
        <dd data-content>{w.rendement}</dd>
      </dl>
    </section>
  );
}
