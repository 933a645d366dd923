/**
 * The side panel: loads the index, then switches between search, an entry, the Waardendriehoek,
 * favourites, recent and settings.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { KnowledgeIndex } from '../../../kb/search/search';
import {
  INSERT_RESULT,
  INSERT_TEXT,
  type InsertResult,
  MAX_INSERT_CHARS,
  PENDING_QUERY,
  PENDING_VIEW,
} from '../background/session-keys';
import { saveFile } from '../download/save-file';
import { EntryView } from '../entry/EntryView';
import { I18nContext } from '../i18n/context';
import { type MessageKey, pickLocale, translator } from '../i18n/messages';
import { importPack, listPacks, removePack, withPacks } from '../packs/packs';
import { PatternsView } from '../patterns/PatternsView';
import type { Platform } from '../platform/platform';
import { type Policy, readPolicy } from '../policy/policy';
import { PrintCards } from '../print/PrintCards';
import { ProposalView } from '../proposal/ProposalView';
import { type SearchState, SearchView } from '../search/SearchView';
import { exportData, importData } from '../storage/backup';
import type { PackRecord, PanelDb } from '../storage/db';
import { DRAFT_DAYS_KEY, MAX_DRAFT_DAYS, MIN_DRAFT_DAYS, validDraftDays } from '../storage/drafts';
import { DEFAULT_DRAFT_DAYS, DEFAULT_NOTE_DAYS, purgeExpired } from '../storage/retention';
import { StorageError, store } from '../storage/store';
import { TrainingView } from '../training/TrainingView';
import { WaardendriehoekView } from '../waardendriehoek/WaardendriehoekView';

type LocaleSetting = 'auto' | 'nl' | 'en';
export const LOCALE_KEY = 'uiLocale';

type View =
  | { name: 'search' }
  | { name: 'entry'; id: string }
  | { name: 'waardendriehoek'; from?: string; key: number }
  | { name: 'training'; route: string }
  | { name: 'patterns'; knelpunt?: string }
  | { name: 'proposal' }
  | { name: 'print'; ids: string[] }
  | { name: 'favourites' }
  | { name: 'recent' }
  | { name: 'settings' };

interface Props {
  platform: Platform;
  db: PanelDb;
  now?: () => number;
}

const PURGE_EVERY_MS = 60 * 60 * 1000;

export function App({ platform, db, now = Date.now }: Props) {
  const [localeSetting, setLocaleSetting] = useState<LocaleSetting>('auto');
  const t = useMemo(
    () => translator(localeSetting === 'auto' ? pickLocale(platform.languages()) : localeSetting),
    [platform, localeSetting],
  );
  const [draftDays, setDraftDays] = useState(DEFAULT_DRAFT_DAYS);
  useEffect(() => {
    void platform.localGet(LOCALE_KEY).then((v) => {
      if (v === 'nl' || v === 'en' || v === 'auto') setLocaleSetting(v);
    });
    void platform.localGet(DRAFT_DAYS_KEY).then((v) => setDraftDays(validDraftDays(v)));
  }, [platform]);
  const [base, setBase] = useState<KnowledgeIndex | null>(null);
  const [packs, setPacks] = useState<PackRecord[]>([]);
  const refreshPacks = useCallback(() => void listPacks(db).then(setPacks), [db]);
  useEffect(refreshPacks, []);
  const [error, setError] = useState<string | null>(null);
  const [fullLoaded, setFullLoaded] = useState(false);
  const [view, setView] = useState<View>({ name: 'search' });
  const [, setHistory] = useState<View[]>([]);
  const [search, setSearch] = useState<SearchState>({ query: '', filters: {} });
  const [toast, setToast] = useState('');
  const [favourites, setFavourites] = useState<string[]>([]);
  const [recent, setRecent] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [origins, setOrigins] = useState<string[]>([]);
  const [policy, setPolicy] = useState<Policy>({ invoegOrigins: [], escalatieContacten: [] });
  const [policyNotices, setPolicyNotices] = useState<string[]>([]);
  useEffect(() => {
    const load = () =>
      void platform.managedGet().then((raw) => {
        const r = readPolicy(raw);
        setPolicy(r.policy);
        setPolicyNotices(r.notices);
      });
    load();
    return platform.onManagedChange(load);
  }, [platform]);
  const [originInput, setOriginInput] = useState('');
  const refreshOrigins = useCallback(() => void platform.allowedOrigins().then(setOrigins), [platform]);
  useEffect(refreshOrigins, []);

  // Search covers the bundled knowledge base and every imported pack together.
  const index = useMemo(() => (base ? withPacks(base, packs) : null), [base, fullLoaded, packs]);
  const packOf = useMemo(
    () => new Map(packs.flatMap((p) => p.entries.map((e) => [e.id, p.name] as const))),
    [packs],
  );

  const fail = useCallback(
    (e: unknown) => setToast(e instanceof StorageError ? t('storageError', { msg: e.message }) : String(e)),
    [t],
  );

  useEffect(() => {
    let cancelled = false;
    platform
      .loadIndex()
      .then(async (quick) => {
        const index = KnowledgeIndex.load(quick);
        if (cancelled) return;
        setBase(index);
        // The full tier (body text and full-text search) follows once the panel is interactive.
        index.attachFull(await platform.loadFullIndex());
        if (!cancelled) setFullLoaded(true);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void purgeExpired(db, now()).catch(() => undefined);
    const timer = setInterval(() => void purgeExpired(db, now()).catch(() => undefined), PURGE_EVERY_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [platform, db, now]);

  const refreshLists = useCallback(async () => {
    setFavourites((await store.favourites(db)).map((f) => f.id));
    setRecent(await store.recent(db));
  }, [db]);
  useEffect(() => {
    void refreshLists();
  }, [refreshLists]);

  // A query handed over by the page's context menu ("Zoek in Maatwerkwijzer").
  useEffect(() => {
    const take = (value: unknown) => {
      const q = (value as { query?: unknown } | undefined)?.query;
      if (typeof q === 'string') {
        setSearch({ query: q, filters: {} });
        setView({ name: 'search' });
        void platform.sessionRemove(PENDING_QUERY);
      }
    };
    const takeView = (value: unknown) => {
      if ((value as { view?: unknown } | undefined)?.view === 'waardendriehoek') {
        setView({ name: 'waardendriehoek', key: Date.now() });
        void platform.sessionRemove(PENDING_VIEW);
      }
    };
    void platform.sessionGet(PENDING_QUERY).then(take);
    void platform.sessionGet(PENDING_VIEW).then(takeView);
    return platform.onSessionChange((key, value) => {
      if (key === PENDING_QUERY && value) take(value);
      if (key === PENDING_VIEW && value) takeView(value);
      if (key === INSERT_RESULT && value) {
        const r = value as InsertResult;
        if (r.ok) setToast(t('insertDone'));
        else if (r.detail === 'password' || r.detail === 'hidden' || r.detail === 'readonly')
          setToast(t(`insertRefused_${r.detail}` as MessageKey));
        else setToast(t('insertRefused_other'));
      }
    });
  }, [platform, t]);

  const open = useCallback(
    (id: string) => {
      const resolved = index?.resolveId(id);
      if (!resolved) return;
      setHistory((h) => [...h, view]);
      setView({ name: 'entry', id: resolved });
      void store.markOpened(db, resolved, now()).then(refreshLists).catch(fail);
      void store.note(db, resolved).then((n) => setNote(n?.text ?? ''));
    },
    [index, view, db, now, refreshLists, fail],
  );
  const weigh = useCallback(
    (from?: string) => {
      setHistory((h) => [...h, view]);
      setView({ name: 'waardendriehoek', from, key: Date.now() });
    },
    [view],
  );
  const go = useCallback(
    (next: View) => {
      setHistory((h) => [...h, view]);
      setView(next);
    },
    [view],
  );
  const back = useCallback(() => {
    setHistory((h) => {
      setView(h[h.length - 1] ?? { name: 'search' });
      return h.slice(0, -1);
    });
  }, []);

  const copy = useCallback(
    async (text: string) => {
      setToast((await platform.copy(text)) ? t('copied') : t('copyFailed'));
    },
    [platform, t],
  );
  const prepareInsert = useCallback(
    async (text: string) => {
      const clipped = text.slice(0, MAX_INSERT_CHARS);
      await platform.sessionSet(INSERT_TEXT, clipped);
      await platform.copy(clipped);
      setToast(t('insertReady'));
    },
    [platform, t],
  );

  // Straight into the case form, on origins the user allowed; otherwise (or on failure) the clipboard.
  const insertNow = useCallback(
    async (text: string) => {
      const clipped = text.slice(0, MAX_INSERT_CHARS);
      const r = await platform.insertIntoPage(clipped);
      if (r.ok) setToast(t('insertDone'));
      else {
        await platform.copy(clipped);
        setToast(
          r.detail === 'password' || r.detail === 'hidden' || r.detail === 'readonly'
            ? t(`insertRefused_${r.detail}` as MessageKey)
            : t('insertRefused_other'),
        );
      }
    },
    [platform, t],
  );
  const canInsertNow = origins.length > 0;

  const tabs: { name: View['name']; label: MessageKey }[] = [
    { name: 'search', label: 'tabSearch' },
    { name: 'favourites', label: 'tabFavourites' },
    { name: 'recent', label: 'tabRecent' },
    { name: 'patterns', label: 'tabPatterns' },
    { name: 'settings', label: 'tabSettings' },
  ];

  let body: preact.ComponentChildren;
  if (error) body = <p class="flag error">{t('indexError', { msg: error })}</p>;
  else if (!index) body = <p class="muted">{t('loading')}</p>;
  else if (view.name === 'search')
    body = <SearchView index={index} full={fullLoaded} state={search} onState={setSearch} onOpen={open} />;
  else if (view.name === 'entry') {
    const entry = index.get(view.id);
    body = !entry ? (
      <p class="muted">{t('loading')}</p>
    ) : (
      <EntryView
        index={index}
        entry={entry}
        pack={packOf.get(entry.id)}
        now={now()}
        onOpen={open}
        onBack={back}
        actions={{
          isFavourite: favourites.includes(entry.id),
          toggleFavourite: () =>
            void store.toggleFavourite(db, entry.id, now()).then(refreshLists).catch(fail),
          copy: (s) => void copy(s),
          prepareInsert: (s) => void prepareInsert(s),
          insertNow: canInsertNow ? (s) => void insertNow(s) : undefined,
          weigh: () => weigh(entry.id),
          print: () =>
            go({
              name: 'print',
              ids: entry.type === 'leerroute' ? entry.meta.stappen.map((s) => s.item) : [entry.id],
            }),
          train: entry.type === 'leerroute' ? () => go({ name: 'training', route: entry.id }) : undefined,
          signal:
            entry.type === 'voorbeeld' && entry.meta.knelpunten?.length
              ? () => go({ name: 'patterns', knelpunt: entry.meta.knelpunten?.[0] })
              : undefined,
          note,
          noteDays: DEFAULT_NOTE_DAYS,
          saveNote: (s) =>
            void store
              .saveNote(db, entry.id, s, DEFAULT_NOTE_DAYS, now())
              .then(() => {
                setNote(s);
                setToast(t('notesSaved'));
              })
              .catch(fail),
        }}
      />
    );
  } else if (view.name === 'waardendriehoek') {
    body = index.hasFull ? (
      <WaardendriehoekView
        key={view.key}
        index={index}
        db={db}
        draftDays={policy.conceptDagen ?? draftDays}
        contacts={policy.escalatieContacten}
        from={view.from}
        now={now}
        onOpen={open}
        copy={(s) => void copy(s)}
        prepareInsert={(s) => void prepareInsert(s)}
        insertNow={canInsertNow ? (s) => void insertNow(s) : undefined}
        notify={setToast}
      />
    ) : (
      <p class="muted">{t('loading')}</p>
    );
  } else if (view.name === 'training') {
    const route = index.get(view.route);
    body =
      route?.type === 'leerroute' ? (
        <TrainingView
          index={index}
          db={db}
          route={route}
          onOpen={open}
          onPrint={(ids) => go({ name: 'print', ids })}
        />
      ) : (
        <p class="muted">{t('loading')}</p>
      );
  } else if (view.name === 'patterns') {
    body = index.hasFull ? (
      <PatternsView
        index={index}
        db={db}
        now={now}
        onOpen={open}
        notify={setToast}
        knelpunt={view.knelpunt}
      />
    ) : (
      <p class="muted">{t('loading')}</p>
    );
  } else if (view.name === 'proposal') {
    body = <ProposalView db={db} draftDays={policy.conceptDagen ?? draftDays} now={now} notify={setToast} />;
  } else if (view.name === 'print') {
    const entries = view.ids.map((id) => index.get(id)).filter((e) => !!e);
    body = <PrintCards entries={entries} onBack={back} />;
  } else if (view.name === 'favourites' || view.name === 'recent') {
    const ids = (view.name === 'favourites' ? favourites : recent)
      .map((id) => index.resolveId(id))
      .filter((id): id is string => !!id);
    const heading = <h2>{t(view.name === 'favourites' ? 'tabFavourites' : 'tabRecent')}</h2>;
    body = ids.length ? (
      <>
        {heading}
        <ul class="list">
          {ids.map((id) => (
            <li key={id}>
              <button type="button" class="link" onClick={() => open(id)}>
                {index.header(id)?.titel}
              </button>
            </li>
          ))}
        </ul>
      </>
    ) : (
      <>
        {heading}
        <p class="muted">{t(view.name === 'favourites' ? 'noFavourites' : 'noRecent')}</p>
      </>
    );
  } else {
    body = (
      <section class="settings">
        <h2>{t('tabSettings')}</h2>
        <p>{t('settingsPrivacy')}</p>
        <label for="locale">{t('language')}</label>{' '}
        <select
          id="locale"
          value={localeSetting}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value as LocaleSetting;
            setLocaleSetting(v);
            void platform.localSet(LOCALE_KEY, v);
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
        {(policy.gemeente || policyNotices.length > 0) && (
          <section class="policy" aria-labelledby="policy-h">
            <h3 id="policy-h">{t('policyTitle')}</h3>
            {policy.gemeente && <p>{t('policyBy', { name: policy.gemeente })}</p>}
            {policyNotices.map((n) => (
              <p class="flag" key={n} role="note">
                {n}
              </p>
            ))}
          </section>
        )}
        <p>
          <label for="draft-days">{t('draftDays')}</label>{' '}
          <input
            id="draft-days"
            type="number"
            min={MIN_DRAFT_DAYS}
            max={MAX_DRAFT_DAYS}
            disabled={policy.conceptDagen !== undefined}
            value={policy.conceptDagen ?? draftDays}
            onChange={(e) => {
              const v = validDraftDays(Number((e.target as HTMLInputElement).value));
              setDraftDays(v);
              void platform.localSet(DRAFT_DAYS_KEY, v);
            }}
          />
        </p>
        <section aria-labelledby="origins-h">
          <h3 id="origins-h">{t('originsTitle')}</h3>
          <p class="muted">{t('originsHelp')}</p>
          {policy.invoegOrigins
            .filter((o) => !origins.includes(o))
            .map((o) => (
              <p key={o}>
                {t('policyOrigin', { origin: o })}{' '}
                <button
                  type="button"
                  onClick={() =>
                    void platform.allowOrigin(o).then((ok) => {
                      setToast(ok ? t('originAllowed', { origin: o }) : t('originDenied'));
                      refreshOrigins();
                    })
                  }
                >
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
                  onClick={() => void platform.removeOrigin(o).then(refreshOrigins)}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              let origin: string;
              try {
                const u = new URL(originInput.trim());
                if (u.protocol !== 'https:' && u.hostname !== 'localhost' && u.hostname !== '127.0.0.1')
                  throw new Error('https');
                origin = u.origin;
              } catch {
                setToast(t('originInvalid'));
                return;
              }
              void platform.allowOrigin(origin).then((ok) => {
                setToast(ok ? t('originAllowed', { origin }) : t('originDenied'));
                setOriginInput('');
                refreshOrigins();
              });
            }}
          >
            <label for="origin">{t('originLabel')}</label>{' '}
            <input
              id="origin"
              type="url"
              placeholder="https://casus.mijngemeente.nl"
              value={originInput}
              onInput={(e) => setOriginInput((e.target as HTMLInputElement).value)}
            />{' '}
            <button type="submit">{t('originAllow')}</button>
          </form>
        </section>
        <p>
          <button type="button" onClick={() => go({ name: 'proposal' })}>
            {t('proposeExample')}
          </button>
        </p>
        <section aria-labelledby="packs-h">
          <h3 id="packs-h">{t('packsTitle')}</h3>
          <p class="muted">{t('packsHelp')}</p>
          <ul>
            {packs.map((p) => (
              <li key={p.name} data-pack={p.name}>
                {p.name} {p.version} · {t('packEntries', { n: p.entries.length })}{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => void removePack(db, p.name).then(refreshPacks)}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
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
                    setToast(
                      r.ok
                        ? t('packImported', { name: r.pack.name, n: r.pack.entries.length })
                        : t('packRejected', { reason: r.errors.slice(0, 3).join('; ') }),
                    );
                    refreshPacks();
                  });
              }}
            />
          </label>
        </section>
        <section aria-labelledby="backup-h">
          <h3 id="backup-h">{t('backupTitle')}</h3>
          <p class="muted">{t('backupHelp')}</p>
          <button
            type="button"
            onClick={() =>
              void exportData(db, { includeDrafts: false }).then((backup) => {
                saveFile(
                  `maatwerkwijzer-gegevens-${new Date(now()).toISOString().slice(0, 10)}.json`,
                  JSON.stringify(backup, null, 1),
                  'application/json',
                );
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
                void file
                  .text()
                  .then((text) => importData(db, text))
                  .then((r) => {
                    setToast(r.ok ? t('backupImported') : t('backupRejected', { reason: r.reason }));
                    return refreshLists();
                  });
              }}
            />
          </label>
        </section>
        <button
          type="button"
          class="danger"
          onClick={() => {
            if (!globalThis.confirm || globalThis.confirm(t('wipeConfirm'))) {
              void store
                .wipe(db)
                .then(() => platform.sessionRemove(INSERT_TEXT))
                .then(refreshLists)
                .then(() => setToast(t('wiped')))
                .catch(fail);
            }
          }}
        >
          {t('wipeAll')}
        </button>
        {index && (
          <p class="muted">
            Index {index.asset.manifest.contentHash} · {index.asset.manifest.entryCount} items
          </p>
        )}
      </section>
    );
  }

  return (
    <I18nContext.Provider value={t}>
      <header class="top">
        <div class="titlebar">
          <h1>
            {t('appName')}
            {policy.gemeente && <span class="org"> · {policy.gemeente}</span>}
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
          {tabs.map((tab) => (
            <button
              type="button"
              key={tab.name}
              aria-current={view.name === tab.name ? 'page' : undefined}
              onClick={() => {
                setHistory([]);
                setView({ name: tab.name } as View);
              }}
            >
              {t(tab.label)}
            </button>
          ))}
        </nav>
      </header>
      <main>{body}</main>
      <p class="toast" role="status" aria-live="polite">
        {toast}
      </p>
    </I18nContext.Provider>
  );
}
