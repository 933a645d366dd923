/** In settings: which settings the organisation set, and why any of its values were ignored. */
import { useT } from '../i18n/context';
import type { PolicyState } from './use-policy';

export function PolicyNotice({ policy, notices }: PolicyState) {
  const t = useT();
  if (!policy.gemeente && notices.length === 0) return null;
  return (
    <section class="policy" aria-labelledby="policy-h">
      <h3 id="policy-h">{t('policyTitle')}</h3>
      {policy.gemeente && <p>{t('policyBy', { name: policy.gemeente })}</p>}
      {notices.map((n) => (
        <p class="flag" key={n} role="note">
          {n}
        </p>
      ))}
    </section>
  );
}
