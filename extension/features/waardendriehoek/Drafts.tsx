/** The saved drafts of weighings: resume one, delete one, or delete all (after confirming). */
import { useT } from '../i18n/context';
import type { Draft, PanelDb } from '../storage/db';
import { deleteAllDrafts, deleteDraft } from '../storage/drafts';

interface Props {
  db: PanelDb;
  drafts: Draft[];
  locale: string;
  onResume(d: Draft): void;
  refresh(): void;
}

export function Drafts({ db, drafts, locale, onResume, refresh }: Props) {
  const t = useT();
  if (drafts.length === 0) return null;
  return (
    <details class="drafts">
      <summary>{t('wdDrafts', { n: drafts.length })}</summary>
      <ul>
        {drafts.map((d) => (
          <li key={d.id} data-draft={d.id}>
            <span data-content>{d.title}</span>{' '}
            <span class="muted">
              ({t('wdExpires', { date: new Date(d.expiresAt).toLocaleDateString(locale) })})
            </span>{' '}
            <button type="button" class="link" onClick={() => onResume(d)}>
              {t('wdResume')}
            </button>{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                if (!globalThis.confirm || globalThis.confirm(t('wdDeleteDraftConfirm')))
                  void deleteDraft(db, d.id).then(refresh);
              }}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="danger"
        onClick={() => {
          if (!globalThis.confirm || globalThis.confirm(t('wdDeleteAllConfirm')))
            void deleteAllDrafts(db).then(refresh);
        }}
      >
        {t('wdDeleteAll')}
      </button>
    </details>
  );
}
