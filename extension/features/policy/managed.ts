/**
 * Reading the organisation's settings from managed storage, for the panel (web-platform.ts) and the
 * background (pack delivery). The end-to-end build alone (MW_E2E=1, never shipped) also reads a test
 * policy from storage.local, because a test cannot install an enterprise policy in the browser it runs.
 */
import { browser } from 'wxt/browser';

import { E2E_BUILD } from './build-flags';

export { E2E_BUILD };
/** storage.local key of the test policy (end-to-end build only). */
export const E2E_POLICY_KEY = 'mwE2ePolicy';

export async function readManaged(): Promise<unknown> {
  if (E2E_BUILD) {
    const test = (await browser.storage.local.get(E2E_POLICY_KEY))[E2E_POLICY_KEY];
    if (test !== undefined) return test;
  }
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined; // no policy installed (Firefox throws without one)
  }
}

/** True for a storage change that changes the organisation's settings. */
export function isPolicyChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (E2E_BUILD && area === 'local' && E2E_POLICY_KEY in changes);
}
