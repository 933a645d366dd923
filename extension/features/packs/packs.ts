/**
 * Knowledge packs: a municipality's own entries, built with `npm run kb -- pack`, imported from a file.
 * A pack is validated completely (kb/pack.ts) before it is stored, and stored in one write: a bad pack
 * changes nothing and says why. Search then covers the bundled entries and every pack together.
 */

import { validatePack } from '../../../kb/organisation/pack';
import { buildIndex } from '../../../kb/search/build-index';
import { KnowledgeIndex } from '../../../kb/search/search';
import type { PackRecord, PanelDb } from '../storage/db';

export async function listPacks(db: PanelDb): Promise<PackRecord[]> {
  return db.packs.orderBy('name').toArray();
}

export type PackImport = { ok: true; pack: PackRecord } | { ok: false; errors: string[] };

export async function importPack(
  db: PanelDb,
  base: KnowledgeIndex,
  text: string,
  now = Date.now(),
): Promise<PackImport> {
  const others = await listPacks(db);
  const existing = new Set<string>([
    ...base.all.map((e) => e.id),
    ...others.flatMap((p) => p.entries.map((e) => e.id)),
  ]);
  const r = validatePack(text, existing, {
    knelpunten: new Set((base.asset.knelpunten ?? []).map((k) => k.id)),
  });
  if (!r.ok) return r;
  if (others.some((p) => p.name === r.pack.name))
    return { ok: false, errors: [`a pack named "${r.pack.name}" is already imported: remove it first`] };
  const record: PackRecord = {
    name: r.pack.name,
    version: r.pack.version,
    checksum: r.pack.checksum,
    ...(r.pack.createdFor ? { createdFor: r.pack.createdFor } : {}),
    importedAt: now,
    entries: r.pack.entries,
  };
  try {
    await db.packs.add(record);
  } catch (e) {
    return {
      ok: false,
      errors: [`saving failed; nothing changed (${(e as { name?: string }).name ?? String(e)})`],
    };
  }
  return { ok: true, pack: record };
}

export async function removePack(db: PanelDb, name: string): Promise<void> {
  await db.packs.delete(name);
}

/** The bundled knowledge base with the packs' entries added, searchable together. */
export function withPacks(base: KnowledgeIndex, packs: readonly PackRecord[]): KnowledgeIndex {
  if (packs.length === 0 || !base.hasFull) return base;
  const a = base.asset;
  const asset = buildIndex(
    [...base.fullEntries(), ...packs.flatMap((p) => p.entries)],
    a.synonyms,
    a.renames,
    a.knelpunten ?? [],
  );
  return KnowledgeIndex.load(asset.quick, asset.full);
}
