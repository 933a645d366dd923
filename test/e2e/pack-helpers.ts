/** Helpers shared by the knowledge-pack e2e specs. */
import type { Worker } from '@playwright/test';

/** The organisation's policy, the way the e2e build reads it (a test cannot install an enterprise policy). */
export async function setPolicy(sw: Worker, policy: unknown): Promise<void> {
  await sw.evaluate(
    (p) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ mwE2ePolicy: p }),
    policy,
  );
}
