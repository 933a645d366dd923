/**
 * The Worker that opens and merges knowledge packs off the panel's main thread (a dedicated worker of
 * the panel page: no other page, extension or content script can reach it).
 */
import { type Job, runJob } from './pack-jobs';

const scope = self as unknown as {
  onmessage: ((e: { data: { id: number; job: Job } }) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const { id, job } = e.data;
  runJob(job).then(
    (result) => scope.postMessage({ id, result }),
    (err: unknown) => scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
};
