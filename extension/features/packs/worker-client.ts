/**
 * Runs a pack job (pack-jobs.ts) in a Worker, so a pack of 5,000 entries is validated and merged
 * without blocking the panel. Where no Worker can be made (tests under happy-dom, a browser that refuses
 * module workers), the job runs on the main thread after the current frame.
 */
import { type Job, type JobResult, runJob } from './pack-jobs';

interface Pending {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let next = 1;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./pack-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (e: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.error !== undefined) p.reject(new Error(e.data.error));
    else p.resolve(e.data.result);
  });
  worker?.addEventListener('error', () => {
    // The worker could not start (or died): run this and later jobs on the main thread instead.
    const waiting = [...pending.values()];
    pending.clear();
    worker = null;
    for (const p of waiting) p.reject(new Error('worker-failed'));
  });
  return worker;
}

async function inThread<J extends Job>(job: J): Promise<JobResult<J>> {
  await new Promise((r) => setTimeout(r, 0));
  return runJob(job);
}

export async function runPackJob<J extends Job>(job: J): Promise<JobResult<J>> {
  const w = getWorker();
  if (!w) return inThread(job);
  const id = next++;
  try {
    return await new Promise<JobResult<J>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ id, job });
    });
  } catch (e) {
    if (e instanceof Error && e.message === 'worker-failed') return inThread(job);
    throw e;
  }
}
