/** Which view the panel shows, and the way back: a stack of the views the user came from. */
import { useCallback, useState } from 'preact/hooks';

export type View =
  | { name: 'search' }
  | { name: 'entry'; id: string }
  | { name: 'waardendriehoek'; from?: string; key: number }
  | { name: 'training'; route: string }
  | { name: 'patterns'; knelpunt?: string }
  | { name: 'proposal' }
  | { name: 'print'; ids: string[]; questions?: Record<string, string> }
  | { name: 'favourites' }
  | { name: 'recent' }
  | { name: 'settings' }
  | { name: 'guide' };

export type TabName = 'search' | 'favourites' | 'recent' | 'patterns' | 'settings';

export interface Navigation {
  view: View;
  /** Opens a view; Back returns to the current one. */
  go(next: View): void;
  back(): void;
  /** Switches to a top-level tab, forgetting the way back. */
  tab(name: TabName): void;
  /** Replaces the current view without a way back (e.g. a handed-over query). */
  replace(next: View): void;
}

export function useNavigation(): Navigation {
  const [state, setState] = useState<{ view: View; history: View[] }>({
    view: { name: 'search' },
    history: [],
  });
  const go = useCallback(
    (next: View) => setState((s) => ({ view: next, history: [...s.history, s.view] })),
    [],
  );
  const back = useCallback(
    () =>
      setState((s) => ({
        view: s.history[s.history.length - 1] ?? { name: 'search' },
        history: s.history.slice(0, -1),
      })),
    [],
  );
  const tab = useCallback((name: TabName) => setState({ view: { name }, history: [] }), []);
  const replace = useCallback((next: View) => setState((s) => ({ ...s, view: next })), []);
  return { view: state.view, go, back, tab, replace };
}
