/**
 * The knowledge packs as panel state, and the index search uses: the bundled knowledge base with every
 * active pack's entries added. The merged index is built once per set of packs, in a Worker (off the
 * render path), cached, and swapped in when ready; until then, and if merging fails, search runs on the
 * index it had (at first the bundled one), so settings, where a pack can be removed, always work.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { bundledFirst } from '../../../kb/organisation/pack-merge';
import { NO_TRUST_POLICY, type TrustPolicy } from '../../../kb/organisation/pack-open';
import { KnowledgeIndex } from '../../../kb/search/search';
import type { Translate } from '../i18n/messages';
import type { Platform } from '../platform/platform';
import type { Policy } from '../policy/policy';
import type { PanelDb } from '../storage/db';
import { DELIVERY_STATUS, type DeliveryStatus, PACKS_CHANGED, readDeliveryStatus } from './keys';
import { isExpired, listPacks, type StoredPack } from './packs';
import { runPackJob } from './worker-client';

export interface Packs {
  packs: StoredPack[];
  refresh(): void;
  /** The organisation's trust settings for packs (none without a policy). */
  trust?: TrustPolicy;
  /** Pack URLs the policy names (delivered by the background). */
  packUrls?: string[];
  /** What delivery found per URL. */
  delivery?: DeliveryStatus;
  platform?: Platform;
}

export function today(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

export function usePacks(db: PanelDb, platform?: Platform, policy?: Policy): Packs {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [delivery, setDelivery] = useState<DeliveryStatus>({});
  const refresh = useCallback(() => {
    void listPacks(db).then(setPacks);
    void platform?.localGet(DELIVERY_STATUS).then((v) => setDelivery(readDeliveryStatus(v)));
  }, [db, platform]);
  useEffect(refresh, [refresh]);
  // The background installs delivered packs and says so through storage.session.
  useEffect(
    () => platform?.onSessionChange((key) => key === PACKS_CHANGED && refresh()),
    [platform, refresh],
  );
  const trust = useMemo<TrustPolicy>(
    () =>
      policy?.trustedKeys || policy?.requireSignatures
        ? { keys: policy.trustedKeys ?? [], requireSignatures: policy.requireSignatures === true }
        : NO_TRUST_POLICY,
    [policy?.trustedKeys, policy?.requireSignatures],
  );
  return {
    packs,
    refresh,
    trust,
    packUrls: policy?.packUrls ?? [],
    delivery,
    ...(platform ? { platform } : {}),
  };
}

/** How an entry's pack is named in the entry and the result list: with its signer, or as unverified. */
export function packLabel(p: StoredPack, t?: Translate): string {
  if (!t) return p.name;
  return p.signer
    ? t('packLabelSigned', { name: p.name, signer: p.signer.label })
    : t('packLabelUnverified', { name: p.name });
}

export interface SearchIndex {
  index: KnowledgeIndex | null;
  /** Entry id → the pack it came from, with its signer ("Gemeente Zwolle, ondertekend door …"). */
  packOf: Map<string, string>;
  /** True while a merged index is being built (search runs on the previous one meanwhile). */
  building: boolean;
}

interface Built {
  key: string;
  /** The index over bundled and pack entries (wrapped by bundledFirst when used). */
  merged: KnowledgeIndex;
  origin: Map<string, string>;
}
/** The last merged index, kept across re-renders and remounts: built once per set of packs. */
let cache: Built | null = null;

function keyOf(base: KnowledgeIndex, packs: readonly StoredPack[]): string {
  return [base.asset.manifest.contentHash, ...packs.map((p) => `${p.name}@${p.checksum}`)].join('|');
}

/** `fullLoaded` is a dependency because the full tier is attached to `base` in place. */
export function useSearchIndex(
  base: KnowledgeIndex | null,
  fullLoaded: boolean,
  packs: readonly StoredPack[],
  t?: Translate,
): SearchIndex {
  // A damaged record (no entry list) is left out of search; settings still list it for removal.
  const active = useMemo(
    () => packs.filter((p) => Array.isArray(p.entries) && !isExpired(p, today())),
    [packs],
  );
  const key = base?.hasFull && active.length ? keyOf(base, active) : null;
  const [built, setBuilt] = useState<Built | null>(() => (key && cache?.key === key ? cache : null));
  const labels = useMemo(() => new Map(active.map((p) => [p.name, packLabel(p, t)])), [active, t]);

  // `key` stands for base, fullLoaded and the packs: the merge runs once per set of packs.
  useEffect(() => {
    if (!key || !base) return;
    if (cache?.key === key) {
      setBuilt(cache);
      return;
    }
    let cancelled = false;
    runPackJob({
      kind: 'merge',
      bundled: [...base.fullEntries()],
      packs: active.map((p) => ({ name: p.name, entries: p.entries })),
      synonyms: base.asset.synonyms,
      renames: base.asset.renames,
      knelpunten: base.asset.knelpunten ?? [],
      related: base.asset.related ?? [],
      zoekvragen: base.fullZoekvragen(),
    })
      .then((m) => {
        if (cancelled) return;
        const origin = new Map(m.origin);
        const next = { key, merged: KnowledgeIndex.load(m.asset.quick, m.asset.full), origin };
        cache = next;
        setBuilt(next);
      })
      .catch((e: unknown) => {
        // A pack that cannot be merged leaves search on the bundled entries; settings keep working.
        console.warn('Maatwerkwijzer: knowledge packs not merged', e);
      });
    return () => {
      cancelled = true;
    };
  }, [key, fullLoaded]);

  const current = key && built?.key === key ? built : null;
  const index = useMemo(() => {
    if (!base) return null;
    if (!current) return base;
    const byId = current.origin;
    // Wrapped here so result-list labels follow the language and signer; the merge itself is reused.
    return bundledFirst(
      current.merged,
      base,
      (id) => byId.has(id),
      (id) => labels.get(byId.get(id) ?? ''),
    );
  }, [base, current, labels]);
  const packOf = useMemo(() => {
    const out = new Map<string, string>();
    if (current) for (const [id, name] of current.origin) out.set(id, labels.get(name) ?? name);
    return out;
  }, [current, labels]);
  return { index, packOf, building: key !== null && !current };
}
