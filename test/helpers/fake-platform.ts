import type { Platform } from '../../extension/features/platform/platform';

/** An in-memory Platform for UI tests. */
export function fakePlatform(
  asset: { quick: unknown; full: unknown },
  languages: string[] = ['nl-NL'],
  managed?: unknown,
) {
  let policy = managed;
  const managedListeners = new Set<() => void>();
  const session = new Map<string, unknown>();
  const listeners = new Set<(k: string, v: unknown) => void>();
  const copied: string[] = [];
  const local = new Map<string, unknown>();
  const origins = new Set<string>();
  const inserted: string[] = [];
  const platform: Platform = {
    loadIndex: async () => structuredClone(asset.quick),
    loadFullIndex: async () => structuredClone(asset.full),
    sessionGet: async (k) => session.get(k),
    sessionSet: async (k, v) => {
      session.set(k, v);
      for (const l of listeners) l(k, v);
    },
    sessionRemove: async (k) => {
      session.delete(k);
    },
    onSessionChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    managedGet: async () => policy,
    onManagedChange: (cb) => {
      managedListeners.add(cb);
      return () => managedListeners.delete(cb);
    },
    localGet: async (k) => local.get(k),
    localSet: async (k, v) => {
      local.set(k, v);
    },
    copy: async (text) => {
      copied.push(text);
      return true;
    },
    languages: () => languages,
    allowedOrigins: async () => [...origins],
    allowOrigin: async (o) => {
      origins.add(o);
      return true;
    },
    removeOrigin: async (o) => {
      origins.delete(o);
    },
    insertIntoPage: async (text) => {
      inserted.push(text);
      return { ok: true, detail: 'textarea' };
    },
  };
  const setPolicy = (p: unknown) => {
    policy = p;
    for (const l of managedListeners) l();
  };
  return { platform, session, copied, local, inserted, setPolicy };
}
