/** In settings: the origins the panel may insert into directly, the organisation's suggestions, adding one. */
import { useState } from 'preact/hooks';
import type { Notify } from '../feedback/use-feedback';
import { useT } from '../i18n/context';
import type { Platform } from '../platform/platform';
import { type Origins, parseOrigin } from './use-origins';

interface Props extends Origins {
  platform: Platform;
  /** Origins the organisation recommends (policy). */
  suggested: string[];
  notify: Notify;
}

export function OriginsSettings({ platform, origins, refresh, suggested, notify }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const allow = (origin: string, after?: () => void) =>
    void platform.allowOrigin(origin).then((ok) => {
      notify(ok ? t('originAllowed', { origin }) : t('originDenied'));
      after?.();
      refresh();
    });
  return (
    <section aria-labelledby="origins-h">
      <h3 id="origins-h">{t('originsTitle')}</h3>
      <p class="muted">{t('originsHelp')}</p>
      {suggested
        .filter((o) => !origins.includes(o))
        .map((o) => (
          <p key={o}>
            {t('policyOrigin', { origin: o })}{' '}
            <button type="button" onClick={() => allow(o)}>
              {t('originAllow')}
            </button>
          </p>
        ))}
      <ul>
        {origins.map((o) => (
          <li key={o}>
            {o}{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                if (!globalThis.confirm || globalThis.confirm(t('originRemoveConfirm', { origin: o })))
                  void platform.removeOrigin(o).then(refresh);
              }}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const origin = parseOrigin(input);
          if (!origin) notify(t('originInvalid'));
          else allow(origin, () => setInput(''));
        }}
      >
        <label for="origin">{t('originLabel')}</label>{' '}
        <input
          id="origin"
          type="url"
          placeholder="https://casus.mijngemeente.nl"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">{t('originAllow')}</button>
      </form>
    </section>
  );
}
