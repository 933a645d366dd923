/**
 * The imported knowledge packs as panel state, and the index search uses: the bundled knowledge base
 * with every pack's entries added. A pack that cannot be merged leaves search on the bundled entries
 * (settings, where the pack can be removed, keep working).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { KnowledgeIndex } from '../../../kb/search/search';
import type { PackRecord, PanelDb } from '../storage/db';
import { listPacks, withPacks } from './packs';

export interface Packs {
  packs: PackRecord[];
  refresh(): void;
}

export function usePacks(db: PanelDb): Packs {
  const [packs, setPacks] = useState<PackRecord[]>([]);
  const refresh = useCallback(() => void listPacks(db).then(setPacks), [db]);
  useEffect(refresh, [refresh]);
  return { packs, refresh };
}

export interface SearchIndex {
  index: KnowledgeIndex | null;
  /** Entry id → the name of the pack it came from. */
  packOf: Map<string, string>;
}

/** `fullLoaded` is a dependency because the full tier is attached to `base` in place. */
export function useSearchIndex(
  base: KnowledgeIndex | null,
  fullLoaded: boolean,
  packs: readonly PackRecord[],
): SearchIndex {
  const index = useMemo(() => {
    if (!base) return null;
    try {
      return withPacks(base, packs);
    } catch (e) {
      console.warn('Maatwerkwijzer: knowledge packs not merged', e);
      return base;
    }
  }, [base, fullLoaded, packs]);
  const packOf = useMemo(
    () => new Map(packs.flatMap((p) => p.entries.map((e) => [e.id, p.name] as const))),
    [packs],
  );
  return { index, packOf };
}
