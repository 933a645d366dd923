/** In settings: the imported knowledge packs, each removable, and importing a new one from a file. */
import type { KnowledgeIndex } from '../../../kb/search/search';
import type { Notify } from '../feedback/use-feedback';
import { useT } from '../i18n/context';
import type { PackRecord, PanelDb } from '../storage/db';
import { importPack, removePack } from './packs';

interface Props {
  db: PanelDb;
  /** The bundled index (importing needs its full tier to check ids and knelpunten). */
  base: KnowledgeIndex | null;
  packs: PackRecord[];
  refresh(): void;
  notify: Notify;
  now: () => number;
}

/** The list with remove buttons alone: also shown by the error fallback, which has no index. */
export function PackList({ db, packs, refresh }: Pick<Props, 'db' | 'packs' | 'refresh'>) {
  const t = useT();
  return (
    <ul>
      {packs.map((p) => (
        <li key={p.name} data-pack={p.name}>
          {p.name} {p.version} · {t('packEntries', { n: p.entries.length })}{' '}
          <button type="button" class="link" onClick={() => void removePack(db, p.name).then(refresh)}>
            {t('remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PacksSettings({ db, base, packs, refresh, notify, now }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="packs-h">
      <h3 id="packs-h">{t('packsTitle')}</h3>
      <p class="muted">{t('packsHelp')}</p>
      <PackList db={db} packs={packs} refresh={refresh} />
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
            void file
              .text()
              .then((text) => importPack(db, base, text, now()))
              .then((r) => {
                input.value = '';
                notify(
                  r.ok
                    ? t('packImported', { name: r.pack.name, n: r.pack.entries.length })
                    : t('packRejected', { reason: r.errors.slice(0, 3).join('; ') }),
                );
                refresh();
              });
          }}
        />
      </label>
    </section>
  );
}
