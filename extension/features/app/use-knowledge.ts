/**
 * Loads the bundled knowledge base: the quick tier first (search works), then the full tier (body text
 * and full-text search). Also purges expired notes and drafts at start-up and hourly.
 */
import { useEffect, useState } from 'preact/hooks';
import { KnowledgeIndex } from '../../../kb/search/search';
import type { Platform } from '../platform/platform';
import type { PanelDb } from '../storage/db';
import { purgeExpired } from '../storage/retention';

const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface Knowledge {
  base: KnowledgeIndex | null;
  fullLoaded: boolean;
  error: string | null;
}

export function useKnowledge(platform: Platform, db: PanelDb, now: () => number): Knowledge {
  const [state, setState] = useState<Knowledge>({ base: null, fullLoaded: false, error: null });
  useEffect(() => {
    let cancelled = false;
    platform
      .loadIndex()
      .then(async (quick) => {
        const index = KnowledgeIndex.load(quick);
        if (cancelled) return;
        setState({ base: index, fullLoaded: false, error: null });
        index.attachFull(await platform.loadFullIndex());
        if (!cancelled) setState({ base: index, fullLoaded: true, error: null });
      })
      .catch((e: unknown) => setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) })));
    void purgeExpired(db, now()).catch(() => undefined);
    const timer = setInterval(() => void purgeExpired(db, now()).catch(() => undefined), PURGE_EVERY_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [platform, db, now]);
  return state;
}
