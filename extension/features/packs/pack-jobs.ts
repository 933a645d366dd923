/**
 * The two heavy steps of knowledge packs, as plain data in and out so they can run in a Worker, off
 * the panel's main thread (worker-client.ts): opening a pack (parse, validate every entry, verify the
 * signature, prepare the entries) and building the merged index over bundled and pack entries.
 */

import type { Knelpunt } from '../../../kb/content/side-files';
import type { PackSize } from '../../../kb/organisation/pack-merge';
import { type MergeResult, mergePackEntries, packNamespace } from '../../../kb/organisation/pack-merge';
import {
  type InstalledPack,
  type OpenedPack,
  openPack,
  type TrustPolicy,
} from '../../../kb/organisation/pack-open';
import type { SynonymGroups } from '../../../kb/search/analysis/analyzer';
import { buildIndex } from '../../../kb/search/build-index';
import type { IndexAsset, StoredEntry } from '../../../kb/search/index-format';

export interface OpenJob {
  kind: 'open';
  text: string;
  existingIds: string[];
  knelpunten: string[];
  today: string;
  trust: TrustPolicy;
  /** Installed packs by namespace (name, version, checksum, signer), to refuse downgrades. */
  installed: Record<string, InstalledPack>;
  /** Sizes of the installed packs by namespace, for the totals (the same namespace is replaced). */
  sizes: Record<string, PackSize>;
}

export interface MergeJob {
  kind: 'merge';
  bundled: StoredEntry[];
  packs: { name: string; entries: StoredEntry[] }[];
  synonyms: SynonymGroups;
  renames: Record<string, string>;
  knelpunten: Knelpunt[];
  /** Related terms of the bundled index (query expansion), kept in the merged one. */
  related?: SynonymGroups;
  /** Searches per bundled entry id (the bundled full tier's zoekvragen), kept in the merged index. */
  zoekvragen?: Readonly<Record<string, readonly string[]>>;
}

export interface MergeOutcome {
  asset: IndexAsset;
  origin: [string, string][];
  shadowed: MergeResult['shadowed'];
  overCap: string[];
}

export type Job = OpenJob | MergeJob;
export type JobResult<J extends Job> = J extends OpenJob ? OpenedPack : MergeOutcome;

/** The namespace a pack's text claims, read without validating anything else (for the installed one). */
function claimedName(text: string): string | null {
  try {
    const name = (JSON.parse(text) as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

async function open(job: OpenJob): Promise<OpenedPack> {
  const name = job.text.length < 64 * 1024 * 1024 ? claimedName(job.text) : null;
  const ns = name === null ? null : packNamespace(name);
  const installed = ns === null ? undefined : job.installed[ns];
  const others = Object.entries(job.sizes)
    .filter(([k]) => k !== ns)
    .map(([, v]) => v);
  return openPack(job.text, {
    existingIds: new Set(job.existingIds),
    knelpunten: new Set(job.knelpunten),
    today: job.today,
    trust: job.trust,
    ...(installed ? { installed } : {}),
    others,
  });
}

function merge(job: MergeJob): MergeOutcome {
  const m = mergePackEntries(job.bundled, job.packs);
  const asset = buildIndex(
    m.entries,
    job.synonyms,
    job.renames,
    job.knelpunten,
    job.related ?? [],
    job.zoekvragen ?? {},
  );
  return { asset, origin: [...m.origin], shadowed: m.shadowed, overCap: m.overCap };
}

export async function runJob<J extends Job>(job: J): Promise<JobResult<J>> {
  return (job.kind === 'open' ? await open(job) : merge(job)) as JobResult<J>;
}
