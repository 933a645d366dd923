/**
 * Opening a received pack, the one way the panel (file import), the background (delivery from the
 * organisation's URL) and `kb pack verify` judge it: validate everything (pack.ts), check the signature
 * against the organisation's trusted keys (signing.ts), refuse an expired pack, a downgrade, and a
 * replacement by another signer, check the totals over all packs, and prepare the entries for the panel
 * (namespaced and sanitized, pack-merge.ts). Never throws: a pack is untrusted input.
 */
import type { StoredEntry } from '../search/index-format.ts';
import { type Pack, parsePackText, validatePack } from './pack.ts';
import {
  compareVersions,
  type PackSize,
  packNamespace,
  packSize,
  preparePackEntries,
  totalsProblem,
} from './pack-merge.ts';
import { checkSignature, type TrustedKey } from './signing.ts';

export interface TrustPolicy {
  /** Public keys the organisation trusts, with the label shown as the signer. */
  keys: readonly TrustedKey[];
  /** Refuse packs that are not signed by one of `keys`. */
  requireSignatures: boolean;
}

export const NO_TRUST_POLICY: TrustPolicy = { keys: [], requireSignatures: false };

/** What the panel already holds of the pack with the same namespace. */
export interface InstalledPack {
  name: string;
  version: string;
  checksum: string;
  /** Public key that signed the installed version, when it was verified. */
  signerKey?: string;
}

export interface OpenContext {
  /** Ids the pack's links may point at besides its own (the bundled knowledge base). */
  existingIds: ReadonlySet<string>;
  knelpunten?: ReadonlySet<string>;
  /** YYYY-MM-DD; an expired pack is refused. */
  today: string;
  trust: TrustPolicy;
  /** The installed pack of the same namespace, if any: the new one must be newer (or the same). */
  installed?: InstalledPack;
  /** The sizes of the other installed packs, for the totals. */
  others?: readonly PackSize[];
}

export type RefusalCode =
  | 'invalid'
  | 'tampered'
  | 'unsigned'
  | 'foreign'
  | 'expired'
  | 'downgrade'
  | 'conflict'
  | 'too-large';

export type OpenedPack =
  | {
      ok: true;
      pack: Pack;
      namespace: string;
      /** Namespaced, sanitized entries, ready to store. */
      entries: StoredEntry[];
      /** The trusted key that verified the signature; null for an unverified pack. */
      signer: TrustedKey | null;
      /** Why the pack is unverified, when it is. */
      unverified?: 'unsigned' | 'unknown-key';
      /** The same version and content as the installed one: nothing to change. */
      unchanged: boolean;
      /** Entries and bytes, for the totals. */
      size: PackSize;
    }
  | { ok: false; code: RefusalCode; errors: string[] };

const refuse = (code: RefusalCode, ...errors: string[]): OpenedPack => ({ ok: false, code, errors });

export async function openPack(input: unknown, ctx: OpenContext): Promise<OpenedPack> {
  try {
    return await open(input, ctx);
  } catch (e) {
    return refuse('invalid', `could not read the pack: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function open(input: unknown, ctx: OpenContext): Promise<OpenedPack> {
  let raw = input;
  if (typeof input === 'string') {
    const parsed = parsePackText(input);
    if (!parsed.ok)
      return refuse(/too large/.test(parsed.errors[0] ?? '') ? 'too-large' : 'invalid', ...parsed.errors);
    raw = parsed.value;
  }
  // The signature first (over the bytes exactly as received), so a tampered pack says so, whatever else.
  const sig = await checkSignature(raw, ctx.trust.keys);
  const v = validatePack(raw, ctx.existingIds, {
    today: ctx.today,
    ...(ctx.knelpunten ? { knelpunten: ctx.knelpunten } : {}),
  });
  if (!v.ok) {
    if (v.errors.some((e) => e.startsWith('checksum mismatch')))
      return refuse('tampered', ...v.errors.filter((e) => e.startsWith('checksum mismatch')));
    if (sig.status === 'invalid' && /changed after/.test(sig.reason)) return refuse('tampered', sig.reason);
    const expired = v.errors.find((e) => e.startsWith('pack expired'));
    if (expired) return refuse('expired', expired);
    if (v.errors.some((e) => /too large|entries; at most/.test(e))) return refuse('too-large', ...v.errors);
    return refuse('invalid', ...v.errors);
  }
  const pack = v.pack;

  let signer: TrustedKey | null = null;
  let unverified: 'unsigned' | 'unknown-key' | undefined;
  if (sig.status === 'invalid')
    return refuse(/changed after/.test(sig.reason) ? 'tampered' : 'invalid', sig.reason);
  if (sig.status === 'signed') signer = sig.signer;
  else if (sig.status === 'unknown-key') {
    if (!sig.intact)
      return refuse(
        'tampered',
        'the signature does not match the content: the pack was changed after it was signed',
      );
    if (ctx.trust.keys.length > 0 || ctx.trust.requireSignatures)
      return refuse(
        'foreign',
        "the pack is signed with a key your organisation does not trust (not among the policy's trusted keys)",
      );
    unverified = 'unknown-key';
  } else {
    if (ctx.trust.requireSignatures)
      return refuse('unsigned', 'the pack is not signed, and your organisation requires signed packs');
    unverified = 'unsigned';
  }

  const namespace = packNamespace(pack.name);
  let unchanged = false;
  const inst = ctx.installed;
  if (inst) {
    if (inst.signerKey && signer?.key !== inst.signerKey)
      return refuse(
        'conflict',
        `a pack named "${inst.name}" signed by another key is already installed; remove it first`,
      );
    const order = compareVersions(pack.version, inst.version);
    if (order < 0)
      return refuse(
        'downgrade',
        `version ${pack.version} is older than the installed version ${inst.version}: a pack is never downgraded`,
      );
    if (order === 0) {
      if (pack.checksum !== inst.checksum)
        return refuse(
          'conflict',
          `version ${pack.version} is already installed with other content: a new version needs a new version number`,
        );
      unchanged = true;
    }
  }
  const entries = preparePackEntries(pack);
  const size = packSize(entries);
  const totals = totalsProblem(ctx.others ?? [], size);
  if (totals) return refuse('too-large', totals);
  return {
    ok: true,
    pack,
    namespace,
    entries,
    signer,
    ...(unverified ? { unverified } : {}),
    unchanged,
    size,
  };
}
