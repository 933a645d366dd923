/** The views that need the knowledge base, chosen by the navigation state. */
import type { KnowledgeIndex } from '../../../kb/search/search';
import { EntryView } from '../entry/EntryView';
import { EntryList } from '../favourites/EntryList';
import type { Personal } from '../favourites/use-personal';
import type { Feedback } from '../feedback/use-feedback';
import { useT } from '../i18n/context';
import type { PanelInsert } from '../insert/panel-insert';
import { PatternsView } from '../patterns/PatternsView';
import type { EscalationContact } from '../policy/policy';
import { PrintCards } from '../print/PrintCards';
import { ProposalView } from '../proposal/ProposalView';
import { type SearchState, SearchView } from '../search/SearchView';
import type { PanelDb } from '../storage/db';
import { TrainingView } from '../training/TrainingView';
import { WaardendriehoekView } from '../waardendriehoek/WaardendriehoekView';
import type { Navigation, View } from './navigation';

export interface RouterProps {
  view: Exclude<View, { name: 'settings' } | { name: 'guide' }>;
  nav: Navigation;
  index: KnowledgeIndex;
  fullLoaded: boolean;
  packOf: Map<string, string>;
  db: PanelDb;
  now: () => number;
  search: SearchState;
  onSearch(s: SearchState): void;
  open(id: string): void;
  weigh(from?: string): void;
  personal: Personal;
  insert: PanelInsert;
  feedback: Feedback;
  draftDays: number;
  contacts: EscalationContact[];
  locale: string;
}

export function ViewRouter(p: RouterProps) {
  const t = useT();
  const { view, index, nav, open, insert } = p;
  const loading = <p class="muted">{t('loading')}</p>;
  switch (view.name) {
    case 'search':
      return (
        <SearchView index={index} full={p.fullLoaded} state={p.search} onState={p.onSearch} onOpen={open} />
      );
    case 'entry': {
      const entry = index.get(view.id);
      if (!entry) return loading;
      return (
        <EntryView
          index={index}
          entry={entry}
          pack={p.packOf.get(entry.id)}
          now={p.now()}
          onOpen={open}
          onBack={nav.back}
          query={p.search.query}
          actions={{
            isFavourite: p.personal.favourites.includes(entry.id),
            toggleFavourite: () => p.personal.toggleFavourite(entry.id),
            copy: insert.copy,
            prepareInsert: insert.prepareInsert,
            insertNow: insert.insertNow,
            insertTarget: insert.target,
            weigh: () => p.weigh(entry.id),
            print: () =>
              nav.go(
                entry.type === 'leerroute'
                  ? {
                      name: 'print',
                      ids: entry.meta.stappen.map((s) => s.item),
                      questions: Object.fromEntries(entry.meta.stappen.map((s) => [s.item, s.vraag])),
                    }
                  : { name: 'print', ids: [entry.id] },
              ),
            train:
              entry.type === 'leerroute' ? () => nav.go({ name: 'training', route: entry.id }) : undefined,
            signal:
              entry.type === 'voorbeeld' && entry.meta.knelpunten?.length
                ? () => nav.go({ name: 'patterns', knelpunt: entry.meta.knelpunten?.[0] })
                : undefined,
            note: p.personal.note,
            noteDays: p.personal.noteDays,
            saveNote: (s) => p.personal.saveNote(entry.id, s, () => p.feedback.notify(t('notesSaved'))),
          }}
        />
      );
    }
    case 'waardendriehoek':
      if (!index.hasFull) return loading;
      return (
        <WaardendriehoekView
          key={view.key}
          index={index}
          db={p.db}
          draftDays={p.draftDays}
          contacts={p.contacts}
          from={view.from}
          now={p.now}
          onOpen={open}
          copy={insert.copy}
          prepareInsert={insert.prepareInsert}
          insertNow={insert.insertNow}
          insertTarget={insert.target}
          notify={p.feedback.notify}
          fail={p.feedback.fail}
          locale={p.locale}
        />
      );
    case 'training': {
      const route = index.get(view.route);
      if (route?.type !== 'leerroute') return loading;
      return (
        <TrainingView
          index={index}
          db={p.db}
          route={route}
          onOpen={open}
          onPrint={(ids) =>
            nav.go({
              name: 'print',
              ids,
              questions: Object.fromEntries(route.meta.stappen.map((s) => [s.item, s.vraag])),
            })
          }
        />
      );
    }
    case 'patterns':
      if (!index.hasFull) return loading;
      return (
        <PatternsView
          index={index}
          db={p.db}
          now={p.now}
          onOpen={open}
          notify={p.feedback.notify}
          knelpunt={view.knelpunt}
        />
      );
    case 'proposal':
      return <ProposalView db={p.db} draftDays={p.draftDays} now={p.now} notify={p.feedback.notify} />;
    case 'print':
      return (
        <PrintCards
          entries={view.ids.map((id) => index.get(id)).filter((e) => !!e)}
          questions={view.questions}
          onBack={nav.back}
        />
      );
    case 'favourites':
      return <EntryList kind="favourites" ids={p.personal.favourites} index={index} onOpen={open} />;
    case 'recent':
      return <EntryList kind="recent" ids={p.personal.recent} index={index} onOpen={open} />;
  }
}
