/**
 * Delivery of knowledge packs from the organisation's own URLs, in the background. This is the only
 * code that makes network requests, and it makes them only when the policy names pack URLs
 * (`pakketUrls`): without that it returns before any request. Each URL is fetched at browser start-up,
 * daily (an alarm) and when the policy changes or the user asks ("Nu bijwerken"), with
 * If-None-Match/If-Modified-Since; the pack is opened exactly as an imported file is (validated, its
 * signature checked against the policy's trusted keys, never a downgrade, never expired) and installed in
 * one transaction. A failure keeps the last good pack and is recorded with the time, for settings.
 */
import { browser } from 'wxt/browser';
import { MAX_PACK_BYTES } from '../../../kb/organisation/pack';
import { NO_TRUST_POLICY, type TrustPolicy } from '../../../kb/organisation/pack-open';
import { E2E_BUILD, isPolicyChange, readManaged } from '../policy/managed';
import { hostPattern, type Policy, readPolicy } from '../policy/policy';
import { PanelDb } from '../storage/db';
import {
  DELIVERY_STATUS,
  type DeliveryState,
  type DeliveryStatus,
  PACKS_CHANGED,
  PACKS_FETCH_NOW,
  readDeliveryStatus,
} from './keys';
import { runJob } from './pack-jobs';
import { installedOf, installPack, listPacks, sizesOf } from './packs';

export const DELIVERY_ALARM = 'mw-pack-delivery';
const DAY_MINUTES = 24 * 60;

/** What delivery needs from the browser: a fake in unit tests, the real APIs in the background. */
export interface DeliveryDeps {
  /** The one network function: a GET of a pack URL, or of the extension's own packaged index. */
  request(url: string, init: RequestInit): Promise<Response>;
  policy(): Promise<Policy>;
  db: PanelDb;
  now(): number;
  /** True when the user granted the optional host permission for the URL's host. */
  hasPermission(url: string): Promise<boolean>;
  loadStatus(): Promise<DeliveryStatus>;
  saveStatus(status: DeliveryStatus): Promise<void>;
  /** The bundled index's ids and knelpunten (the pack's links may point at them). */
  bundled(): Promise<{ ids: string[]; knelpunten: string[] }>;
  /** Tells an open panel that packs or their status changed. */
  changed(): Promise<void>;
}

/** Reads a response body, refusing more than `max` bytes without reading them all. */
async function readLimited(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) throw new Error(`the pack is larger than ${max / 1048576} MB`);
  if (!res.body) {
    const text = await res.text();
    if (text.length > max) throw new Error(`the pack is larger than ${max / 1048576} MB`);
    return text;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error(`the pack is larger than ${max / 1048576} MB`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}

function trustOf(policy: Policy): TrustPolicy {
  return policy.trustedKeys || policy.requireSignatures
    ? { keys: policy.trustedKeys ?? [], requireSignatures: policy.requireSignatures === true }
    : NO_TRUST_POLICY;
}

async function deliverOne(url: string, prev: DeliveryState, policy: Policy, deps: DeliveryDeps) {
  const now = deps.now();
  const next: DeliveryState = { ...prev, lastAttempt: now };
  let installed = false;
  try {
    // Conditional headers are not CORS-safelisted: only where the host permission lifts CORS.
    const headers: Record<string, string> = {};
    if (await deps.hasPermission(url)) {
      if (prev.etag) headers['If-None-Match'] = prev.etag;
      if (prev.lastModified) headers['If-Modified-Since'] = prev.lastModified;
    }
    const res = await deps.request(url, {
      method: 'GET',
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers,
    });
    if (res.status === 304) {
      next.lastSuccess = now;
      delete next.error;
      return { next, installed };
    }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await readLimited(res, MAX_PACK_BYTES);
    const [packs, bundled] = await Promise.all([listPacks(deps.db), deps.bundled()]);
    const opened = await runJob({
      kind: 'open',
      text,
      existingIds: bundled.ids,
      knelpunten: bundled.knelpunten,
      today: new Date(now).toISOString().slice(0, 10),
      trust: trustOf(policy),
      installed: installedOf(packs),
      sizes: sizesOf(packs),
    });
    if (!opened.ok) throw new Error(`${opened.code}: ${opened.errors[0] ?? ''}`.slice(0, 300));
    if (!opened.unchanged) {
      await installPack(deps.db, opened, { kind: 'url', url }, now);
      next.lastUpdate = now;
      installed = true;
    }
    next.lastSuccess = now;
    next.pack = opened.pack.name;
    next.version = opened.pack.version;
    const etag = res.headers.get('etag');
    const modified = res.headers.get('last-modified');
    if (etag) next.etag = etag.slice(0, 200);
    else delete next.etag;
    if (modified) next.lastModified = modified.slice(0, 100);
    else delete next.lastModified;
    delete next.error;
  } catch (e) {
    next.error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
  }
  return { next, installed };
}

/**
 * One round: every pack URL of the policy, one after another. Without pack URLs in the policy it
 * returns at once and makes no request at all.
 */
export async function deliverPacks(deps: DeliveryDeps): Promise<DeliveryStatus> {
  const policy = await deps.policy();
  const urls = policy.packUrls ?? [];
  if (urls.length === 0) return {};
  const before = await deps.loadStatus();
  const status: DeliveryStatus = {};
  for (const url of urls) {
    const { next } = await deliverOne(url, before[url] ?? {}, policy, deps);
    status[url] = next;
    await deps.saveStatus({ ...before, ...status });
  }
  await deps.changed();
  return status;
}

function realDeps(): DeliveryDeps {
  const request = (url: string, init: RequestInit) => fetch(url, init);
  return {
    request,
    policy: async () => readPolicy(await readManaged(), { allowLocalPackUrls: E2E_BUILD }).policy,
    db: new PanelDb(),
    now: Date.now,
    async hasPermission(url) {
      const pattern = hostPattern(url);
      return pattern ? browser.permissions.contains({ origins: [pattern] }) : false;
    },
    loadStatus: async () =>
      readDeliveryStatus((await browser.storage.local.get(DELIVERY_STATUS))[DELIVERY_STATUS]),
    async saveStatus(status) {
      await browser.storage.local.set({ [DELIVERY_STATUS]: status });
    },
    async bundled() {
      // The extension's own packaged index (connect-src 'self'), for the ids packs may link to.
      const own = (browser.runtime.getURL as (p: string) => string)('/kb/index.json');
      const quick = (await (await request(own, { method: 'GET' })).json()) as {
        entries?: { id: string }[];
        knelpunten?: { id: string }[];
      };
      return {
        ids: (quick.entries ?? []).map((e) => e.id),
        knelpunten: (quick.knelpunten ?? []).map((k) => k.id),
      };
    },
    async changed() {
      await browser.storage.session.set({ [PACKS_CHANGED]: Date.now() });
    },
  };
}

let running: Promise<unknown> | null = null;
let again = false;

/** Runs a round now, or once more right after the one in progress. */
export function requestDelivery(deps: DeliveryDeps = realDeps()): void {
  if (running) {
    again = true;
    return;
  }
  running = deliverPacks(deps)
    .catch(() => undefined)
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        requestDelivery(deps);
      }
    });
}

/**
 * Called from setupBackground(): start-up, daily, on a policy change and on "update now". Never throws:
 * whatever fails here, the rest of the background (menus, insertion) is set up.
 */
export function setupPackDelivery(): void {
  const run = () => requestDelivery();
  try {
    browser.runtime.onStartup?.addListener(run);
    browser.runtime.onInstalled?.addListener(run);
    // Created once: re-creating it at every wake of the service worker would push it back each time.
    void browser.alarms
      ?.get(DELIVERY_ALARM)
      .then((a) => {
        if (!a)
          browser.alarms.create(DELIVERY_ALARM, {
            periodInMinutes: DAY_MINUTES,
            delayInMinutes: DAY_MINUTES,
          });
      })
      .catch(() => undefined);
    browser.alarms?.onAlarm.addListener((alarm) => {
      if (alarm.name === DELIVERY_ALARM) run();
    });
    browser.storage?.onChanged?.addListener((changes, area) => {
      if (isPolicyChange(changes, area) || (area === 'session' && PACKS_FETCH_NOW in changes)) run();
    });
  } catch (e) {
    console.warn('Maatwerkwijzer: pack delivery not set up', e);
  }
}
