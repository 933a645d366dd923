/**
 * Knowledge packs in the panel's database: a municipality's own entries, from a file the user chose or
 * delivered from the organisation's URL (delivery.ts). A pack is opened completely (kb/organisation/
 * pack-open.ts: validated, signature checked against the organisation's trusted keys, never downgraded)
 * before it is stored, and stored in one transaction that also removes the version it replaces: a bad
 * pack changes nothing and says why.
 */
import { MAX_PACK_BYTES } from '../../../kb/organisation/pack';
import { type PackSize, packNamespace, packSize } from '../../../kb/organisation/pack-merge';
import type { InstalledPack, OpenedPack, TrustPolicy } from '../../../kb/organisation/pack-open';
import type { TrustedKey } from '../../../kb/organisation/signing';
import type { StoredEntry } from '../../../kb/search/index-format';
import type { KnowledgeIndex } from '../../../kb/search/search';
import type { PackRecord, PanelDb } from '../storage/db';
import { runPackJob } from './worker-client';

/** Where a stored pack came from. */
export type PackSource = { kind: 'file' } | { kind: 'url'; url: string };

/** A stored pack: the record db.ts declares, plus what the panel shows about its origin. */
export interface StoredPack extends PackRecord {
  /** Absent on packs stored before ids were namespaced: their entries keep plain ids. */
  namespace?: string;
  /** The trusted key that verified the signature (its label is shown as the signer). */
  signer?: TrustedKey;
  /** Why the pack is not verified, when it is not. */
  unverified?: 'unsigned' | 'unknown-key';
  expires?: string;
  source?: PackSource;
  /** Entries and bytes, for the totals. */
  size?: PackSize;
}

export async function listPacks(db: PanelDb): Promise<StoredPack[]> {
  return (await db.packs.orderBy('name').toArray()) as StoredPack[];
}

export type PackImport =
  | { ok: true; pack: StoredPack; unchanged: boolean }
  | { ok: false; errors: string[]; code?: string };

/** The namespace of a stored pack (packs stored before namespacing: from the name). */
export function namespaceOfPack(p: StoredPack): string {
  return p.namespace ?? packNamespace(p.name);
}

export function installedOf(packs: readonly StoredPack[]): Record<string, InstalledPack> {
  const out: Record<string, InstalledPack> = {};
  for (const p of packs)
    out[namespaceOfPack(p)] = {
      name: p.name,
      version: p.version,
      checksum: p.checksum,
      ...(p.signer ? { signerKey: p.signer.key } : {}),
    };
  return out;
}

export function sizesOf(packs: readonly StoredPack[]): Record<string, PackSize> {
  return Object.fromEntries(packs.map((p) => [namespaceOfPack(p), p.size ?? packSize(p.entries)]));
}

export interface OpenOptions {
  trust: TrustPolicy;
  today: string;
}

/** Opens a pack's text against what is installed (off the main thread); nothing is stored. */
export async function openPackText(
  db: PanelDb,
  base: KnowledgeIndex,
  text: string,
  options: OpenOptions,
): Promise<OpenedPack> {
  const packs = await listPacks(db);
  return runPackJob({
    kind: 'open',
    text,
    existingIds: base.all.map((e) => e.id),
    knelpunten: (base.asset.knelpunten ?? []).map((k) => k.id),
    today: options.today,
    trust: options.trust,
    installed: installedOf(packs),
    sizes: sizesOf(packs),
  });
}

/** Stores an opened pack in one transaction, replacing the installed pack of the same namespace. */
export async function installPack(
  db: PanelDb,
  opened: Extract<OpenedPack, { ok: true }>,
  source: PackSource,
  now: number,
): Promise<StoredPack> {
  const p = opened.pack;
  const record: StoredPack = {
    name: p.name,
    version: p.version,
    checksum: p.checksum,
    ...(p.createdFor ? { createdFor: p.createdFor } : {}),
    importedAt: now,
    entries: opened.entries as StoredEntry[],
    namespace: opened.namespace,
    ...(opened.signer ? { signer: opened.signer } : {}),
    ...(opened.unverified ? { unverified: opened.unverified } : {}),
    ...(p.expires ? { expires: p.expires } : {}),
    source,
    size: opened.size,
  };
  await db.transaction('rw', db.packs, async () => {
    const same = (await listPacks(db)).filter((x) => namespaceOfPack(x) === opened.namespace);
    for (const old of same) await db.packs.delete(old.name);
    await db.packs.add(record);
  });
  return record;
}

/** Opens and stores a pack the user chose as a file; the file's size is checked before it is read. */
export async function importPackFile(
  db: PanelDb,
  base: KnowledgeIndex,
  file: { size: number; text(): Promise<string> },
  options: OpenOptions & { now: number },
): Promise<PackImport> {
  if (file.size > MAX_PACK_BYTES)
    return {
      ok: false,
      code: 'too-large',
      errors: [
        `pack is too large: ${Math.round(file.size / 104857.6) / 10} MB, at most ${MAX_PACK_BYTES / 1048576} MB is accepted`,
      ],
    };
  return importPack(db, base, await file.text(), options);
}

export async function importPack(
  db: PanelDb,
  base: KnowledgeIndex,
  text: string,
  options: OpenOptions & { now: number },
): Promise<PackImport> {
  const r = await openPackText(db, base, text, options);
  if (!r.ok) return { ok: false, errors: r.errors, code: r.code };
  if (r.unchanged) {
    const same = (await listPacks(db)).find((p) => namespaceOfPack(p) === r.namespace);
    if (same) return { ok: true, pack: same, unchanged: true };
  }
  try {
    return { ok: true, pack: await installPack(db, r, { kind: 'file' }, options.now), unchanged: false };
  } catch (e) {
    return {
      ok: false,
      errors: [`saving failed; nothing changed (${(e as { name?: string }).name ?? String(e)})`],
    };
  }
}

export async function removePack(db: PanelDb, name: string): Promise<void> {
  await db.packs.delete(name);
}

/** True when a stored pack is past its last day (it is then left out of search). */
export function isExpired(p: StoredPack, today: string): boolean {
  return p.expires !== undefined && p.expires < today;
}

/** Entries of a stored pack that a bundled entry shadows (packs stored before namespacing). */
export function shadowedIn(p: StoredPack, bundledIds: ReadonlySet<string>): string[] {
  return p.namespace ? [] : p.entries.filter((e) => bundledIds.has(e.id)).map((e) => e.id);
}
