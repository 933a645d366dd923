/** In settings: export the user's own data to a file, and import such a file (validated whole). */
import { saveFile } from '../download/save-file';
import type { Notify } from '../feedback/use-feedback';
import { useT } from '../i18n/context';
import { exportData, importBackupFile } from '../storage/backup';
import type { PanelDb } from '../storage/db';

interface Props {
  db: PanelDb;
  now: () => number;
  notify: Notify;
  /** Called after an import, so favourites and recent show the imported data. */
  onImported(): void;
  /** The knelpunt vocabulary of the bundled index (signals are checked against it); absent before it loads. */
  knelpunten?: readonly { id: string }[];
  /** The user's draft retention: imported drafts expire no later than this. */
  draftDays?: number;
}

export function backupFileName(now: number): string {
  return `maatwerkwijzer-gegevens-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export function BackupSettings({ db, now, notify, onImported, knelpunten, draftDays }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="backup-h">
      <h3 id="backup-h">{t('backupTitle')}</h3>
      <p class="muted">{t('backupHelp')}</p>
      <button
        type="button"
        onClick={() =>
          void exportData(db, { includeDrafts: false }).then((backup) => {
            saveFile(backupFileName(now()), JSON.stringify(backup, null, 1), 'application/json');
          })
        }
      >
        {t('backupExport')}
      </button>{' '}
      <label class="file">
        {t('backupImport')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (!file) return;
            // The size is checked before the file is read (storage/backup.ts).
            void importBackupFile(db, file, {
              knelpunten: knelpunten && new Set(knelpunten.map((k) => k.id)),
              draftDays,
              now: now(),
            }).then((r) => {
              notify(r.ok ? t('backupImported') : t('backupRejected', { reason: r.reason }));
              onImported();
            });
          }}
        />
      </label>
    </section>
  );
}
