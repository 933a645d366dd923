/**
 * The side panel's shell: the header with the Waardendriehoek button, the tabs, the routing between
 * views and an error boundary around the view. Each feature keeps its own state in its own hook
 * (settings, policy, origins, packs, personal lists, feedback, insertion); this file only wires them.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { usePersonal } from '../favourites/use-personal';
import { Toast } from '../feedback/Toast';
import { useFeedback } from '../feedback/use-feedback';
import { GuideView } from '../guide/GuideView';
import { I18nContext } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { usePanelInsert } from '../insert/panel-insert';
import { usePacks, useSearchIndex } from '../packs/use-packs';
import type { Platform } from '../platform/platform';
import { usePolicy } from '../policy/use-policy';
import type { SearchState } from '../search/SearchView';
import { StartContext } from '../search/StartScreen';
import { SettingsView } from '../settings/SettingsView';
import { useOrigins } from '../settings/use-origins';
import { useUiSettings } from '../settings/use-ui-settings';
import type { PanelDb } from '../storage/db';
import { ErrorBoundary } from './ErrorBoundary';
import { type TabName, useNavigation } from './navigation';
import { useHandover } from './use-handover';
import { useKnowledge } from './use-knowledge';
import { useRecentSearches } from './use-recent-searches';
import { ViewRouter } from './ViewRouter';

export { LOCALE_KEY } from '../settings/use-ui-settings';

interface Props {
  platform: Platform;
  db: PanelDb;
  now?: () => number;
}

const TABS: { name: TabName; label: MessageKey }[] = [
  { name: 'search', label: 'tabSearch' },
  { name: 'favourites', label: 'tabFavourites' },
  { name: 'recent', label: 'tabRecent' },
  { name: 'patterns', label: 'tabPatterns' },
  { name: 'settings', label: 'tabSettings' },
];

export function App({ platform, db, now = Date.now }: Props) {
  const ui = useUiSettings(platform);
  const { t } = ui;
  const feedback = useFeedback(t);
  const policy = usePolicy(platform);
  const origins = useOrigins(platform);
  const packs = usePacks(db, platform, policy.policy);
  const { base, fullLoaded, error } = useKnowledge(platform, db, now);
  const { index, packOf } = useSearchIndex(base, fullLoaded, packs.packs, t);
  const personal = usePersonal(db, now, feedback.fail);
  const insert = usePanelInsert(platform, t, feedback.notify, origins.origins.length > 0);
  const nav = useNavigation();
  const { view } = nav;
  const [search, setSearch] = useState<SearchState>({ query: '', filters: {} });
  const recentSearches = useRecentSearches(platform);

  // Each view opens at its top, without the previous view's message.
  const { clear } = feedback;
  useEffect(() => {
    if (view) clear();
    globalThis.scrollTo?.(0, 0);
  }, [view, clear]);

  const open = useCallback(
    (id: string) => {
      const resolved = index?.resolveId(id);
      if (!resolved) return;
      if (view.name === 'search') recentSearches.add(search.query);
      nav.go({ name: 'entry', id: resolved });
      personal.opened(resolved);
    },
    [index, nav.go, personal.opened, view.name, search.query, recentSearches.add],
  );
  const weigh = useCallback(
    (from?: string) => nav.go({ name: 'waardendriehoek', from, key: Date.now() }),
    [nav.go],
  );
  useHandover(
    platform,
    useCallback(
      (query: string) => {
        setSearch({ query, filters: {} });
        nav.replace({ name: 'search' });
      },
      [nav.replace],
    ),
    useCallback(() => nav.replace({ name: 'waardendriehoek', key: Date.now() }), [nav.replace]),
  );
  const draftDays = policy.policy.conceptDagen ?? ui.draftDays;

  let body: preact.ComponentChildren;
  if (view.name === 'guide') body = <GuideView onBack={nav.back} />;
  else if (view.name === 'settings')
    body = (
      <SettingsView
        platform={platform}
        db={db}
        ui={ui}
        policy={policy}
        origins={origins}
        packs={packs}
        base={base}
        index={index}
        feedback={feedback}
        now={now}
        onPropose={() => nav.go({ name: 'proposal' })}
        onGuide={() => nav.go({ name: 'guide' })}
        onDataChanged={personal.refresh}
        onWiped={recentSearches.clear}
        insert={insert}
      />
    );
  else if (error) body = <p class="flag error">{t('indexError', { msg: error })}</p>;
  else if (!index) body = <p class="muted">{t('loading')}</p>;
  else
    body = (
      <ViewRouter
        view={view}
        nav={nav}
        index={index}
        fullLoaded={fullLoaded}
        packOf={packOf}
        db={db}
        now={now}
        search={search}
        onSearch={setSearch}
        open={open}
        weigh={weigh}
        personal={personal}
        insert={insert}
        feedback={feedback}
        draftDays={draftDays}
        contacts={policy.policy.escalatieContacten}
        locale={t('dateLocale')}
      />
    );

  return (
    <I18nContext.Provider value={t}>
      <header class="top">
        <div class="titlebar">
          <h1>
            {t('appName')}
            {policy.policy.gemeente && <span class="org"> · {policy.policy.gemeente}</span>}
          </h1>
          <button
            type="button"
            class="weigh"
            onClick={() => weigh()}
            aria-current={view.name === 'waardendriehoek' ? 'page' : undefined}
          >
            ⚖ {t('waardendriehoek')}
          </button>
        </div>
        <nav aria-label={t('appName')} class="tabs">
          {TABS.map((tab) => (
            <button
              type="button"
              key={tab.name}
              aria-current={view.name === tab.name ? 'page' : undefined}
              onClick={() => nav.tab(tab.name)}
            >
              {t(tab.label)}
            </button>
          ))}
        </nav>
      </header>
      <main>
        <ErrorBoundary key={view} db={db} packs={packs} onSettings={() => nav.tab('settings')}>
          <StartContext.Provider
            value={{ recentSearches: recentSearches.list, favourites: personal.favourites }}
          >
            {body}
          </StartContext.Provider>
        </ErrorBoundary>
      </main>
      <Toast message={feedback.message} onClose={feedback.clear} />
    </I18nContext.Provider>
  );
}
