/**
 * In settings: the knowledge packs (who signed each, or that it is unverified; until when it is valid;
 * where it came from; entries a bundled one hides), each removable; importing a pack from a file; and
 * the packs the organisation delivers from its URLs, with when they were last updated.
 */
import type { KnowledgeIndex } from '../../../kb/search/search';
import type { Notify } from '../feedback/use-feedback';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import type { PanelDb } from '../storage/db';
import { DeliverySettings } from './DeliverySettings';
import { importPackFile, isExpired, removePack, type StoredPack, shadowedIn } from './packs';
import { type Packs, today } from './use-packs';

type Props = Packs & {
  db: PanelDb;
  /** The bundled index (importing needs its full tier to check links and knelpunten). */
  base: KnowledgeIndex | null;
  notify: Notify;
  now: () => number;
};

function PackItem({
  p,
  db,
  refresh,
  bundledIds,
}: {
  p: StoredPack;
  db: PanelDb;
  refresh(): void;
  bundledIds?: ReadonlySet<string>;
}) {
  const t = useT();
  // Defensive: this list is also the error fallback's way to remove a broken pack, so a damaged record
  // (no entries, a bad URL) must still render with its remove button.
  const count = Array.isArray(p.entries) ? p.entries.length : 0;
  const shadowed = bundledIds && count ? shadowedIn(p, bundledIds).length : 0;
  let host: string | null = null;
  try {
    host = p.source?.kind === 'url' ? new URL(p.source.url).host : null;
  } catch {
    host = null;
  }
  return (
    <li data-pack={p.name} data-verified={p.signer ? 'yes' : 'no'}>
      <strong>{p.name}</strong> {p.version} · {t('packEntries', { n: count })}
      {p.expires && !isExpired(p, today()) && <> · {t('packExpires', { date: p.expires })}</>}{' '}
      <button type="button" class="link" onClick={() => void removePack(db, p.name).then(refresh)}>
        {t('remove')}
      </button>
      <br />
      <span class={p.signer ? 'signed' : 'flag unverified'}>
        {p.signer
          ? t('packSignedBy', { signer: p.signer.label })
          : t(p.unverified === 'unknown-key' ? 'packUnknownKey' : 'packUnsigned')}
      </span>
      {host && <span class="muted"> · {t('packFromUrl', { host })}</span>}
      {p.expires && isExpired(p, today()) && <p class="flag">{t('packExpired', { date: p.expires })}</p>}
      {shadowed > 0 && <p class="flag">{t('packShadowed', { n: shadowed })}</p>}
    </li>
  );
}

/** The list with remove buttons alone: also shown by the error fallback, which has no index. */
export function PackList({
  db,
  packs,
  refresh,
  base,
}: Pick<Props, 'db' | 'packs' | 'refresh'> & { base?: KnowledgeIndex | null }) {
  const bundledIds = base ? new Set(base.all.map((e) => e.id)) : undefined;
  return (
    <ul class="packs">
      {packs.map((p) => (
        <PackItem key={p.name} p={p} db={db} refresh={refresh} bundledIds={bundledIds} />
      ))}
    </ul>
  );
}

export function PacksSettings(props: Props) {
  const { db, base, packs, refresh, notify, now, trust } = props;
  const t = useT();
  return (
    <section aria-labelledby="packs-h">
      <h3 id="packs-h">{t('packsTitle')}</h3>
      <p class="muted">{t('packsHelp')}</p>
      {trust?.requireSignatures && <p class="muted">{t('packsRequireSigned')}</p>}
      <PackList db={db} packs={packs} refresh={refresh} base={base} />
      <DeliverySettings {...props} />
      <label class="file">
        {t('packImport')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          disabled={!base?.hasFull}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file || !base) return;
            void importPackFile(db, base, file, {
              trust: trust ?? { keys: [], requireSignatures: false },
              today: today(now()),
              now: now(),
            }).then((r) => {
              input.value = '';
              if (r.ok)
                notify(
                  r.unchanged
                    ? t('packUnchanged', { name: r.pack.name, version: r.pack.version })
                    : t('packImported', { name: r.pack.name, n: r.pack.entries.length }),
                );
              else {
                const why = r.code ? t(`packRefused_${r.code}` as MessageKey) : '';
                const detail = r.errors.slice(0, 3).join('; ');
                notify(t('packRejected', { reason: why ? `${why}: ${detail}` : detail }));
              }
              refresh();
            });
          }}
        />
      </label>
    </section>
  );
}
