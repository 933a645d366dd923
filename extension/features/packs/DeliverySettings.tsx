/**
 * In settings, only when the organisation's policy names pack URLs: each URL with when its pack was
 * last updated (or why the last fetch failed: the last good pack stays), a button that asks the browser
 * for access to exactly that host (needed when the server sends no CORS headers), and "update now".
 */
import { useEffect, useState } from 'preact/hooks';
import type { Notify } from '../feedback/use-feedback';
import { useT } from '../i18n/context';
import { hostPattern } from '../policy/policy';
import { PACKS_FETCH_NOW } from './keys';
import type { Packs } from './use-packs';

function when(ms: number | undefined): string {
  return ms === undefined
    ? ''
    : new Date(ms).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' });
}

/** The origin (scheme://host[:port]) whose permission covers a pack URL. */
function originOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

export function DeliverySettings({
  packUrls,
  delivery,
  platform,
  notify,
  refresh,
}: Packs & { notify: Notify }) {
  const t = useT();
  const [granted, setGranted] = useState<string[]>([]);
  useEffect(() => {
    if (packUrls?.length) void platform?.allowedOrigins().then(setGranted);
  }, [platform, packUrls]);
  if (!packUrls?.length) return null;
  return (
    <section aria-labelledby="delivery-h" class="delivery">
      <h4 id="delivery-h">{t('deliveryTitle')}</h4>
      <p class="muted">{t('deliveryHelp')}</p>
      <ul>
        {packUrls.map((url) => {
          const s = delivery?.[url];
          const origin = originOf(url);
          const host = new URL(url).host;
          const allowed = granted.includes(origin) || !hostPattern(url);
          return (
            <li key={url} data-pack-url={url}>
              <code>{url}</code>
              <br />
              {s?.lastUpdate ? (
                <span>
                  {s.pack} {s.version} · {t('deliveryLast', { date: when(s.lastUpdate) })}
                  {s.lastSuccess && s.lastSuccess !== s.lastUpdate && (
                    <> · {t('deliveryChecked', { date: when(s.lastSuccess) })}</>
                  )}
                </span>
              ) : (
                <span class="muted">{t('deliveryNever')}</span>
              )}
              {s?.error && <p class="flag">{t('deliveryFailed', { reason: s.error })}</p>}
              {!allowed && (
                <p>
                  <button
                    type="button"
                    onClick={() =>
                      void platform?.allowOrigin(origin).then((ok) => {
                        if (ok) setGranted((g) => [...g, origin]);
                      })
                    }
                  >
                    {t('deliveryAllow', { host })}
                  </button>{' '}
                  <span class="muted">{t('deliveryAllowHelp')}</span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() =>
          void platform?.sessionSet(PACKS_FETCH_NOW, Date.now()).then(() => {
            notify(t('deliveryAsked'));
            refresh();
          })
        }
      >
        {t('deliveryNow')}
      </button>
    </section>
  );
}
