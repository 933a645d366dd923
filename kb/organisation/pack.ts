/**
 * Knowledge packs: a municipality's own entries in one JSON file, data only, to add beside the bundled
 * knowledge base. `buildPack` writes one; `validatePack` checks everything about a received one before
 * any of it is used, and never throws: a pack is untrusted input.
 *
 * Format (packVersion 2): `{ format, packVersion, name, version, createdFor?, expires?, checksum,
 * entries, signature? }`, where `checksum` is fnv1a64 over the canonical JSON (sorted keys, no spaces)
 * of every field but `checksum` and `signature`. The checksum catches corruption and careless edits, not
 * tampering: that is the Ed25519 `signature` (signing.ts), over every field but itself. packVersion 1
 * (no `expires`, no `signature`) is still read.
 *
 * Entry ids are the pack's own; the panel namespaces them by the pack's name (pack-merge.ts), so they
 * never collide with bundled ids or another pack's. What a pack may not do to imitate official sources
 * is checked in pack-safety.ts.
 */
import { fnv1a64 } from '../content/hash.ts';
import { lawByKey } from '../content/laws.ts';
import { ENTRY_TYPES, type Entry, type EntryType, ID_PATTERN, SCHEMAS, SECTIONS } from '../content/schema.ts';
import { fold } from '../search/analysis/fold.ts';
import type { StoredEntry } from '../search/index-format.ts';
import { checkPackEntrySafety, reservedLabel, stripBidi } from './pack-safety.ts';

export const PACK_FORMAT = 'maatwerkwijzer-pack';
export const PACK_VERSION = 2;
/** Pack versions this release reads. */
export const READ_PACK_VERSIONS: readonly number[] = [1, 2];
/** Largest pack accepted, in bytes of UTF-8 JSON text. */
export const MAX_PACK_BYTES = 16 * 1024 * 1024;
export const MAX_PACK_ENTRIES = 5_000;
/** Deepest nesting of objects and arrays accepted (the pack object itself is level 1). */
export const MAX_PACK_DEPTH = 20;
/** Errors listed before the rest is summed up. */
const MAX_ERRORS = 50;

const TOP_LEVEL_KEYS = [
  'format',
  'packVersion',
  'name',
  'version',
  'createdFor',
  'expires',
  'checksum',
  'entries',
  'signature',
];
const ENTRY_KEYS = ['id', 'type', 'meta', 'sections'];
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Pack {
  format: typeof PACK_FORMAT;
  packVersion: 1 | 2;
  /** The pack's name, e.g. the municipality's; its namespace in the panel is derived from it. */
  name: string;
  /** The pack's own version, chosen by its maker (e.g. 2026.11 or 1.2.0). */
  version: string;
  /** For whom the pack was made (a municipality, a team), when given. */
  createdFor?: string;
  /** Last day (YYYY-MM-DD) the pack may be used; after it the panel refuses it. */
  expires?: string;
  checksum: string;
  /** Sorted by id. */
  entries: StoredEntry[];
  /** Ed25519 signature (signing.ts), checked against the organisation's trusted keys. */
  signature?: { alg: 'Ed25519'; key: string; value: string };
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/**
 * A pack of the given entries (already validated, e.g. `loadKnowledgeBase(...).entries`). Only entries
 * travel in packVersion 1; a LoadedKnowledgeBase can be passed as it is.
 */
export function buildPack(
  name: string,
  version: string,
  kb: { readonly entries: readonly (Entry | StoredEntry)[] },
  options: { createdFor?: string; expires?: string } = {},
): Pack {
  const entries = [...kb.entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => {
      const { file: _file, ...rest } = e as Entry;
      return rest as StoredEntry;
    });
  const body = {
    format: PACK_FORMAT,
    packVersion: PACK_VERSION,
    name,
    version,
    ...(options.createdFor !== undefined ? { createdFor: options.createdFor } : {}),
    ...(options.expires !== undefined ? { expires: options.expires } : {}),
    entries,
  } as const;
  return { ...body, checksum: packChecksum(body) };
}

/** The checksum of a pack: fnv1a64 over the canonical JSON of every field but `checksum` and `signature`. */
export function packChecksum(pack: object): string {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pack)) if (k !== 'checksum' && k !== 'signature') rest[k] = v;
  return fnv1a64(canonicalJson(rest));
}

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, so equal data gives equal text.
 * Expects plain JSON data (validatePack checks that before it calls this).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** UTF-8 length of a string, in bytes (lone surrogates count as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

const MB = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Parses the text of a pack file; size and syntax problems come back as errors, never thrown. */
export function parsePackText(text: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  if (typeof text !== 'string') return { ok: false, errors: ['a pack must be given as JSON text'] };
  // Each UTF-16 code unit is at least one byte: skip counting what is far too large anyway.
  const bytes = text.length > MAX_PACK_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_PACK_BYTES)
    return {
      ok: false,
      errors: [`pack is too large: ${MB(bytes)} or more, at most ${MB(MAX_PACK_BYTES)} is accepted`],
    };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['pack file is empty'] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`pack is not valid JSON (is the file complete?): ${detail}`] };
  }
}

export interface ValidateOptions {
  /** Known knelpunt ids; when given, a case's knelpunten must be among them. */
  knelpunten?: ReadonlySet<string>;
  /** Today (YYYY-MM-DD); when given, a pack whose `expires` is before it is refused. */
  today?: string;
}

/**
 * Checks a pack completely before anything of it is used: its text (when given as a string: size,
 * syntax), its shape (only plain JSON data, no `__proto__`/`constructor`/`prototype` keys, nesting at
 * most MAX_PACK_DEPTH), format and version, checksum, size limits, every entry against the content
 * schemas, ids unique within the pack, links (related ids, learning-path steps, cost references)
 * pointing at an entry that exists in the pack or in `existingIds` (the bundled knowledge base), the
 * expiry date, the shape of a signature (not its validity: signing.ts), and what pack-safety.ts refuses.
 * The pack returned is built from validated copies, with bidi controls stripped from its labels.
 */
export function validatePack(
  json: unknown,
  existingIds: ReadonlySet<string>,
  options: ValidateOptions = {},
): PackValidation {
  try {
    return validate(json, existingIds, options);
  } catch (e) {
    // Only reachable with hostile objects handed in directly (throwing proxies); JSON never gets here.
    return { ok: false, errors: [`could not read the pack: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

function validate(json: unknown, existingIds: ReadonlySet<string>, options: ValidateOptions): PackValidation {
  let value = json;
  let textBytes: number | undefined;
  if (typeof json === 'string') {
    const parsed = parsePackText(json);
    if (!parsed.ok) return parsed;
    value = parsed.value;
    textBytes = utf8Length(json);
  }

  const errors: string[] = [];
  const fail = (): PackValidation => ({ ok: false, errors: capped(errors) });

  // 1. Shape: walk everything before reading any field.
  errors.push(...checkShape(value));
  if (errors.length) return fail();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    errors.push('a pack must be a JSON object');
    return fail();
  }
  const pack = value as Record<string, unknown>;

  // 2. Format and version: without them nothing else can be read with confidence.
  if (pack.format !== PACK_FORMAT)
    errors.push(
      pack.format === undefined
        ? `not a knowledge pack: field "format" is missing (expected "${PACK_FORMAT}")`
        : `not a knowledge pack: format is ${show(pack.format)}, expected "${PACK_FORMAT}"`,
    );
  else if (pack.packVersion === undefined) errors.push('field "packVersion" is missing');
  else if (!READ_PACK_VERSIONS.includes(pack.packVersion as number))
    errors.push(
      `unsupported pack version ${show(pack.packVersion)}: this version of Maatwerkwijzer reads packVersion ${READ_PACK_VERSIONS.join(' and ')}`,
    );
  if (errors.length) return fail();

  // 3. Top-level fields.
  for (const k of Object.keys(pack))
    if (!TOP_LEVEL_KEYS.includes(k)) errors.push(`unknown top-level field "${k}"`);
  if (checkText(pack.name, 'name', 100, errors)) {
    const name = pack.name as string;
    if (!/[\p{L}\p{N}]/u.test(stripBidi(name)) || !/[a-z0-9]/i.test(fold(name)))
      errors.push('field "name" must hold letters or digits (the pack\'s namespace is made from it)');
    const reserved = reservedLabel(name);
    if (reserved)
      errors.push(`field "name" may not use "${reserved}", which is reserved for official sources`);
  }
  if (
    checkText(pack.version, 'version', 40, errors) &&
    !/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/.test(pack.version as string)
  )
    errors.push('field "version" may hold only letters, digits and . + _ -');
  if (pack.createdFor !== undefined && checkText(pack.createdFor, 'createdFor', 200, errors)) {
    const reserved = reservedLabel(pack.createdFor as string);
    if (reserved)
      errors.push(`field "createdFor" may not use "${reserved}", which is reserved for official sources`);
  }
  if (pack.expires !== undefined) {
    if (typeof pack.expires !== 'string' || !isDate(pack.expires))
      errors.push('field "expires" must be a date YYYY-MM-DD');
    else if (options.today && pack.expires < options.today)
      errors.push(`pack expired on ${pack.expires}: ask its maker for a current version`);
  }
  if (pack.signature !== undefined) {
    const sig = pack.signature as Record<string, unknown> | null;
    const ok =
      sig !== null &&
      typeof sig === 'object' &&
      !Array.isArray(sig) &&
      Object.keys(sig).every((k) => k === 'alg' || k === 'key' || k === 'value') &&
      sig.alg === 'Ed25519' &&
      typeof sig.key === 'string' &&
      /^[A-Za-z0-9+/]{43}=$/.test(sig.key) &&
      typeof sig.value === 'string' &&
      /^[A-Za-z0-9+/]{86}==$/.test(sig.value);
    if (!ok) errors.push('field "signature" must be { alg: "Ed25519", key, value } in base64');
  }

  // 4. Size.
  const size = textBytes ?? utf8Length(canonicalJson(pack));
  if (size > MAX_PACK_BYTES)
    errors.push(`pack is too large: ${MB(size)}, at most ${MB(MAX_PACK_BYTES)} is accepted`);
  if (!Array.isArray(pack.entries)) {
    errors.push('field "entries" must be a list of entries');
    return fail();
  }
  if (pack.entries.length > MAX_PACK_ENTRIES) {
    errors.push(`pack has ${pack.entries.length} entries; at most ${MAX_PACK_ENTRIES} are accepted`);
    return fail();
  }
  if (pack.entries.length === 0) errors.push('pack holds no entries');

  // 5. Checksum.
  if (typeof pack.checksum !== 'string' || !/^[0-9a-f]{16}$/.test(pack.checksum)) {
    errors.push('field "checksum" must be 16 hexadecimal digits');
  } else {
    const actual = packChecksum(pack);
    if (actual !== pack.checksum)
      errors.push(
        `checksum mismatch: the pack is damaged or was edited after it was made (expected ${pack.checksum}, content gives ${actual})`,
      );
  }

  // 6. Every entry.
  const entries: StoredEntry[] = [];
  const seen = new Set<string>();
  pack.entries.forEach((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && ID_PATTERN.test(id)) {
      if (seen.has(id)) errors.push(`entry "${id}" appears more than once in the pack`);
      seen.add(id);
    }
    const entry = checkEntry(raw, i, errors);
    if (entry) {
      checkPackEntrySafety(entry, `entry "${entry.id}"`, errors);
      entries.push(entry);
    }
  });

  // 7. Links between entries.
  const exists = (id: string) => seen.has(id) || existingIds.has(id);
  for (const e of entries) {
    for (const rel of e.meta.gerelateerd ?? []) {
      if (rel === e.id) errors.push(`entry "${e.id}": an entry cannot be related to itself`);
      else if (!exists(rel)) errors.push(`entry "${e.id}": related id "${rel}" does not exist`);
    }
    if (e.type === 'voorbeeld') {
      for (const c of e.meta.kosten ?? [])
        if (c.referentie && !exists(c.referentie))
          errors.push(`entry "${e.id}": cost reference "${c.referentie}" does not exist`);
      if (options.knelpunten)
        for (const k of e.meta.knelpunten ?? [])
          if (!options.knelpunten.has(k)) errors.push(`entry "${e.id}": unknown knelpunt "${k}"`);
    }
    if (e.type === 'leerroute')
      for (const s of e.meta.stappen)
        if (!exists(s.item)) errors.push(`entry "${e.id}": step item "${s.item}" does not exist`);
  }

  if (errors.length) return fail();
  return {
    ok: true,
    pack: {
      format: PACK_FORMAT,
      packVersion: pack.packVersion as 1 | 2,
      name: stripBidi(pack.name as string),
      version: pack.version as string,
      ...(pack.createdFor !== undefined ? { createdFor: stripBidi(pack.createdFor as string) } : {}),
      ...(pack.expires !== undefined ? { expires: pack.expires as string } : {}),
      checksum: pack.checksum as string,
      entries: entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      ...(pack.signature !== undefined
        ? { signature: { ...(pack.signature as NonNullable<Pack['signature']>) } }
        : {}),
    },
  };
}

/**
 * Walks the whole value without recursion: only plain JSON data (no class instances, accessors,
 * functions, undefined, or non-finite numbers), no prototype-polluting keys, nesting at most
 * MAX_PACK_DEPTH. Stops descending where the depth is exceeded, so cycles end there too.
 */
function checkShape(root: unknown): string[] {
  const errors: string[] = [];
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: root, depth: 1, path: 'pack' }];
  while (stack.length && errors.length < MAX_ERRORS) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) errors.push(`${path}: not a finite number`);
      continue;
    }
    if (typeof value !== 'object') {
      errors.push(`${path}: ${typeof value} is not JSON data`);
      continue;
    }
    const isArray = Array.isArray(value);
    const proto = Object.getPrototypeOf(value);
    if (!isArray && proto !== Object.prototype && proto !== null) {
      errors.push(`${path}: not plain JSON data`);
      continue;
    }
    if (depth > MAX_PACK_DEPTH) {
      errors.push(`${path}: nested more than ${MAX_PACK_DEPTH} levels deep`);
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const here = isArray ? `${path}[${key}]` : `${path}.${key}`;
      if (!isArray && FORBIDDEN_KEYS.has(key)) {
        errors.push(`${path}: forbidden key "${key}"`);
        continue;
      }
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (!d || !('value' in d)) {
        errors.push(`${here}: not plain JSON data`);
        continue;
      }
      stack.push({ value: d.value, depth: depth + 1, path: here });
    }
    if (Object.getOwnPropertySymbols(value).length) errors.push(`${path}: not plain JSON data`);
  }
  return errors;
}

function checkEntry(raw: unknown, i: number, errors: string[]): StoredEntry | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(`entries[${i}]: must be an object`);
    return null;
  }
  const e = raw as Record<string, unknown>;
  const idOk = typeof e.id === 'string' && ID_PATTERN.test(e.id);
  const label = idOk ? `entry "${e.id as string}"` : `entries[${i}]`;
  const before = errors.length;
  if (!idOk) errors.push(`${label}: field "id" must be an ASCII kebab-case id (a-z, 0-9, -)`);
  for (const k of Object.keys(e)) if (!ENTRY_KEYS.includes(k)) errors.push(`${label}: unknown field "${k}"`);
  if (!ENTRY_TYPES.includes(e.type as EntryType)) {
    errors.push(`${label}: field "type" must be one of ${ENTRY_TYPES.join(', ')}`);
    return null;
  }
  const type = e.type as EntryType;

  // Sections: heading → markdown, the headings allowed for the type, required ones present, none empty.
  const sections: Record<string, string> = {};
  if (e.sections === null || typeof e.sections !== 'object' || Array.isArray(e.sections)) {
    errors.push(`${label}: field "sections" must map section headings to text`);
  } else {
    const spec = SECTIONS[type];
    const allowed = new Set([...spec.required, ...spec.optional]);
    for (const [heading, body] of Object.entries(e.sections)) {
      if (!allowed.has(heading))
        errors.push(`${label}: unknown section "${heading}"; allowed: ${[...allowed].join(', ')}`);
      else if (typeof body !== 'string') errors.push(`${label}: section "${heading}" must be text`);
      else if (body.trim() === '') errors.push(`${label}: section "${heading}" is empty`);
      else sections[heading] = body;
    }
    for (const name of spec.required)
      if (!Object.hasOwn(e.sections, name)) errors.push(`${label}: missing required section "${name}"`);
  }

  // Front matter: the same schema as a content file of this type, and the same law rule.
  const result = SCHEMAS[type].safeParse(e.meta);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = ['meta', ...issue.path.map(String)].join('.');
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys) errors.push(`${label}: unknown field "${path}.${key}"`);
      else errors.push(`${label}: field "${path}": ${issue.message}`);
    }
  } else if (type === 'wet') {
    const meta = result.data as { wet: string; bwb?: string; url: string; te_controleren?: string };
    const law = lawByKey(meta.wet);
    if (law) {
      if (!law.bwb) {
        if (meta.bwb) errors.push(`${label}: no BWB id for ${law.name} is verified; "bwb" must be left out`);
        if (!meta.te_controleren)
          errors.push(`${label}: ${law.name} has no verified BWB id, so "te_controleren" is required`);
      } else {
        if (meta.bwb !== law.bwb)
          errors.push(`${label}: field "meta.bwb" must be ${law.bwb} for ${law.name}`);
        if (!meta.url.startsWith(`https://wetten.overheid.nl/${law.bwb}`))
          errors.push(`${label}: field "meta.url" must point to https://wetten.overheid.nl/${law.bwb}`);
        if (!law.verified && !meta.te_controleren)
          errors.push(`${label}: the BWB id of ${law.name} is not verified, so "te_controleren" is required`);
      }
    }
  }
  if (errors.length > before || !idOk || !result.success) return null;
  return { id: e.id as string, type, meta: result.data, sections } as StoredEntry;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkText(v: unknown, field: string, max: number, errors: string[]): boolean {
  if (typeof v !== 'string' || v.trim() === '') {
    errors.push(`field "${field}" must be non-empty text`);
    return false;
  }
  if (v.length > max) {
    errors.push(`field "${field}" is longer than ${max} characters`);
    return false;
  }
  return true;
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === undefined) return 'missing';
  return typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : typeof v;
}

function capped(errors: string[]): string[] {
  return errors.length > MAX_ERRORS
    ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`]
    : errors;
}
