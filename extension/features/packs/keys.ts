/** Storage keys and records shared by the panel and the background's pack delivery. */

/** storage.session: set by the background after it installed a delivered pack; the panel reloads packs. */
export const PACKS_CHANGED = 'packsChanged';
/** storage.session: set by the panel ("Nu bijwerken") to ask the background to fetch the policy's packs now. */
export const PACKS_FETCH_NOW = 'packsFetchNow';
/** storage.local: per pack URL, what the last delivery attempts found. */
export const DELIVERY_STATUS = 'packDelivery';

export interface DeliveryState {
  /** Last request (ms since epoch). */
  lastAttempt?: number;
  /** Last time the URL answered with a valid pack or "not modified". */
  lastSuccess?: number;
  /** Last time a new version was installed. */
  lastUpdate?: number;
  /** Why the last attempt did not install anything new, when it failed. */
  error?: string;
  etag?: string;
  lastModified?: string;
  /** Name and version of the pack this URL delivered last. */
  pack?: string;
  version?: string;
}

export type DeliveryStatus = Record<string, DeliveryState>;

/** Reads the stored status defensively: anything unexpected is ignored. */
export function readDeliveryStatus(raw: unknown): DeliveryStatus {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: DeliveryStatus = {};
  for (const [url, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const s = v as Record<string, unknown>;
    const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
    const str = (k: string) => (typeof s[k] === 'string' ? (s[k] as string).slice(0, 300) : undefined);
    const state: DeliveryState = {};
    for (const k of ['lastAttempt', 'lastSuccess', 'lastUpdate'] as const) {
      const n = num(k);
      if (n !== undefined) state[k] = n;
    }
    for (const k of ['error', 'etag', 'lastModified', 'pack', 'version'] as const) {
      const t = str(k);
      if (t !== undefined) state[k] = t;
    }
    out[url] = state;
  }
  return out;
}
