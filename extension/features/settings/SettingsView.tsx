/**
 * Settings: language, the organisation's settings, draft retention, direct insertion, knowledge packs,
 * the user's data (export, import, wipe). Works without a loaded index, so a broken index or pack never
 * locks the user out of removing a pack or wiping their data.
 */
import type { KnowledgeIndex } from '../../../kb/search/search';
import { SESSION_KEYS } from '../background/session-keys';
import { BackupSettings } from '../backup/BackupSettings';
import type { Feedback } from '../feedback/use-feedback';
import { useT } from '../i18n/context';
import { ClipboardSetting } from '../insert/ClipboardSetting';
import type { PanelInsert } from '../insert/panel-insert';
import { PacksSettings } from '../packs/PacksSettings';
import type { Packs } from '../packs/use-packs';
import type { Platform } from '../platform/platform';
import { PolicyNotice } from '../policy/PolicyNotice';
import type { PolicyState } from '../policy/use-policy';
import type { PanelDb } from '../storage/db';
import { MAX_DRAFT_DAYS, MIN_DRAFT_DAYS } from '../storage/drafts';
import { store } from '../storage/store';
import { OriginsSettings } from './OriginsSettings';
import type { Origins } from './use-origins';
import type { LocaleSetting, UiSettings } from './use-ui-settings';

interface Props {
  platform: Platform;
  db: PanelDb;
  ui: UiSettings;
  policy: PolicyState;
  origins: Origins;
  packs: Packs;
  /** The bundled index, when loaded. */
  base: KnowledgeIndex | null;
  /** The index search uses (bundled entries and packs), when loaded. */
  index: KnowledgeIndex | null;
  feedback: Feedback;
  now: () => number;
  onPropose(): void;
  onGuide(): void;
  /** Called after the user's data changed (import, wipe). */
  onDataChanged(): Promise<void> | void;
  /** After "Wis al mijn gegevens": state held outside the database (recent searches) is forgotten too. */
  onWiped?(): void;
  /** The opt-in to copying on "klaarzetten" (features/insert). */
  insert?: Pick<PanelInsert, 'copyOnPrepare' | 'setCopyOnPrepare'>;
}

export function SettingsView(p: Props) {
  const t = useT();
  const { policy } = p.policy;
  const { notify, fail } = p.feedback;
  return (
    <section class="settings">
      <h2>{t('tabSettings')}</h2>
      <p>{t('settingsPrivacy')}</p>
      <p>
        <button type="button" class="link" data-action="guide" onClick={p.onGuide}>
          {t('guideOpen')}
        </button>
      </p>
      <label for="locale">{t('language')}</label>{' '}
      <select
        id="locale"
        value={p.ui.localeSetting}
        onChange={(e) => p.ui.setLocale((e.target as HTMLSelectElement).value as LocaleSetting)}
      >
        <option value="auto">{t('languageAuto')}</option>
        <option value="nl">Nederlands</option>
        <option value="en">English</option>
      </select>
      <PolicyNotice {...p.policy} />
      <p>
        <label for="draft-days">{t('draftDays')}</label>{' '}
        <input
          id="draft-days"
          type="number"
          min={MIN_DRAFT_DAYS}
          max={MAX_DRAFT_DAYS}
          disabled={policy.conceptDagen !== undefined}
          value={policy.conceptDagen ?? p.ui.draftDays}
          onChange={(e) => p.ui.setDraftDays(Number((e.target as HTMLInputElement).value))}
        />
      </p>
      <OriginsSettings
        platform={p.platform}
        {...p.origins}
        suggested={policy.invoegOrigins}
        notify={notify}
      />
      {p.insert && <ClipboardSetting insert={p.insert} />}
      <p>
        <button type="button" data-action="propose" onClick={p.onPropose}>
          {t('proposeExample')}
        </button>
      </p>
      <PacksSettings db={p.db} base={p.base} {...p.packs} notify={notify} now={p.now} />
      <BackupSettings
        db={p.db}
        now={p.now}
        notify={notify}
        onImported={() => void p.onDataChanged()}
        knelpunten={p.base?.asset.knelpunten}
        draftDays={policy.conceptDagen ?? p.ui.draftDays}
      />
      <button
        type="button"
        class="danger"
        onClick={() => {
          if (!globalThis.confirm || globalThis.confirm(t('wipeConfirm'))) {
            void store
              .wipe(p.db)
              // Everything in the database (storage/store.ts), then what storage.session holds.
              .then(() => Promise.all(SESSION_KEYS.map((k) => p.platform.sessionRemove(k))))
              .then(p.packs.refresh)
              .then(() => p.onWiped?.())
              .then(p.onDataChanged)
              .then(() => notify(t('wiped')))
              .catch(fail);
          }
        }}
      >
        {t('wipeAll')}
      </button>
      {p.index && (
        <p class="muted">
          Index {p.index.asset.manifest.contentHash} · {p.index.asset.manifest.entryCount} items
        </p>
      )}
    </section>
  );
}
