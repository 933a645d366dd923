/**
 * Settings an organisation sets for all its staff (Chrome `storage.managed` with managed_schema.json;
 * Firefox enterprise policy "3rdparty"). Each field is checked on its own: an invalid value is ignored
 * with a notice the user sees, the valid ones still apply. Changes apply without a restart.
 *
 * Knowledge packs: `pakketSleutels` (trusted Ed25519 public keys with the label shown as the signer),
 * `pakketHandtekeningVerplicht` (refuse packs not signed by one of them) and `pakketUrls` (https
 * addresses on the organisation's own hosts the extension fetches packs from: the only network requests
 * it ever makes, and only when this is set). Origins and URLs must name a concrete host: wildcards
 * (`https://*`, `https://*.nl`, `https://%2A`) are refused, and every pattern is rebuilt from the parsed
 * hostname. Every string the policy gives is capped in length, and shown capped in notices.
 */
import * as z from 'zod/mini';
import { isPublicKey, type TrustedKey } from '../../../kb/organisation/signing';
import { MAX_DRAFT_DAYS, MIN_DRAFT_DAYS } from '../storage/drafts';

export interface EscalationContact {
  naam: string;
  rol?: string;
  contact?: string;
}

export interface Policy {
  gemeente?: string;
  invoegOrigins: string[];
  conceptDagen?: number;
  escalatieContacten: EscalationContact[];
  /** Public keys the organisation trusts for knowledge packs (set only when the policy names some). */
  trustedKeys?: TrustedKey[];
  /** Refuse packs that no trusted key signed. */
  requireSignatures?: boolean;
  /** https URLs of packs the extension fetches at start-up and daily (set only when named). */
  packUrls?: string[];
}

/** Longest address (origin or pack URL) a policy may give. */
export const MAX_URL_CHARS = 300;
/** How much of a policy's own text a notice repeats. */
export const NOTICE_ECHO_CHARS = 60;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const FIELDS = {
  gemeente: text(100),
  invoegOrigins: z.array(z.string()).check(z.maxLength(20)),
  conceptDagen: z.number().check(z.int(), z.gte(MIN_DRAFT_DAYS), z.lte(MAX_DRAFT_DAYS)),
  escalatieContacten: z
    .array(z.strictObject({ naam: text(100), rol: z.optional(text(100)), contact: z.optional(text(200)) }))
    .check(z.maxLength(10)),
  pakketSleutels: z
    .array(z.strictObject({ naam: text(100), sleutel: z.string().check(z.maxLength(100)) }))
    .check(z.maxLength(10)),
  pakketHandtekeningVerplicht: z.boolean(),
  pakketUrls: z.array(z.string()).check(z.maxLength(5)),
} as const;

const LABELS: Record<keyof typeof FIELDS, string> = {
  gemeente: 'gemeente',
  invoegOrigins: 'casussoftware-adressen',
  conceptDagen: 'bewaartermijn concepten',
  escalatieContacten: 'escalatiecontacten',
  pakketSleutels: 'vertrouwde pakketsleutels',
  pakketHandtekeningVerplicht: 'handtekening verplicht',
  pakketUrls: 'pakketadressen',
};

/** A policy's text as a notice repeats it: capped, control characters removed. */
export function echo(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > NOTICE_ECHO_CHARS ? `${clean.slice(0, NOTICE_ECHO_CHARS)}…` : clean;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const CONCRETE_HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * The parsed URL when it names one concrete host: https (or http on localhost when `local` allows it),
 * no user name or password, a hostname of ordinary labels with at least one dot (so no `*`, no `%2A`, no
 * bare word) or localhost. Null otherwise.
 */
function concreteUrl(value: string, local: 'http' | 'none'): URL | null {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return null;
  // The address as written: no wildcard or escape in the part before the path.
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(value.trim())?.[1];
  if (authority === undefined || /[*%\s]/.test(authority)) return null;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return null;
  }
  if (u.username || u.password) return null;
  const isLocal = LOCAL_HOSTS.has(u.hostname);
  if (isLocal) return local === 'http' && (u.protocol === 'http:' || u.protocol === 'https:') ? u : null;
  return u.protocol === 'https:' && CONCRETE_HOST.test(u.hostname) ? u : null;
}

/**
 * A usable origin for direct insertion: https on a concrete host, or http(s) on localhost for testing;
 * rebuilt from the parsed host (and port). Null otherwise: wildcards never become host grants.
 */
export function normaliseOrigin(value: string): string | null {
  const u = concreteUrl(value, 'http');
  return u ? `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}` : null;
}

/**
 * A pack URL: https on a concrete host (http on localhost only in the test build), rebuilt from its
 * parts, without a fragment. Null otherwise.
 */
export function normalisePackUrl(value: string, allowLocal = false): string | null {
  const u = concreteUrl(value, allowLocal ? 'http' : 'none');
  if (!u) return null;
  return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}${u.search}`;
}

/** The permission pattern for a URL's or origin's host: `<scheme>://<host>/*`, from the parsed host. */
export function hostPattern(urlOrOrigin: string): string | null {
  const u = concreteUrl(urlOrOrigin, 'http');
  return u ? `${u.protocol}//${u.hostname}/*` : null;
}

export interface ReadOptions {
  /** The test build only: pack URLs on http://localhost (the e2e test server). */
  allowLocalPackUrls?: boolean;
}

export function readPolicy(raw: unknown, options: ReadOptions = {}): { policy: Policy; notices: string[] } {
  const policy: Policy = { invoegOrigins: [], escalatieContacten: [] };
  const notices: string[] = [];
  if (raw === undefined || raw === null) return { policy, notices };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { policy, notices: ['De instellingen van je organisatie zijn ongeldig en worden genegeerd.'] };
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(FIELDS, key)) {
      notices.push(`Onbekende instelling "${echo(key)}" van je organisatie wordt genegeerd.`);
      continue;
    }
    const field = key as keyof typeof FIELDS;
    const r = FIELDS[field].safeParse(value);
    if (!r.success) {
      notices.push(`De instelling ${LABELS[field]} van je organisatie is ongeldig en wordt genegeerd.`);
      continue;
    }
    if (field === 'invoegOrigins') {
      const origins = (r.data as string[]).map((o) => ({ o, n: normaliseOrigin(o) }));
      for (const bad of origins.filter((x) => !x.n))
        notices.push(
          `Adres "${echo(bad.o)}" is geen https-adres met een vaste hostnaam (geen * of jokers) en wordt genegeerd.`,
        );
      policy.invoegOrigins = [...new Set(origins.flatMap((x) => (x.n ? [x.n] : [])))];
    } else if (field === 'pakketSleutels') {
      const keys: TrustedKey[] = [];
      for (const k of r.data as { naam: string; sleutel: string }[]) {
        if (!isPublicKey(k.sleutel))
          notices.push(`Pakketsleutel "${echo(k.naam)}" is geen geldige Ed25519-sleutel en wordt genegeerd.`);
        else if (!keys.some((x) => x.key === k.sleutel)) keys.push({ label: k.naam, key: k.sleutel });
      }
      policy.trustedKeys = keys;
    } else if (field === 'pakketHandtekeningVerplicht') policy.requireSignatures = r.data as boolean;
    else if (field === 'pakketUrls') {
      const urls = (r.data as string[]).map((u) => ({
        u,
        n: normalisePackUrl(u, options.allowLocalPackUrls),
      }));
      for (const bad of urls.filter((x) => !x.n))
        notices.push(
          `Pakketadres "${echo(bad.u)}" is geen https-adres met een vaste hostnaam en wordt genegeerd.`,
        );
      policy.packUrls = [...new Set(urls.flatMap((x) => (x.n ? [x.n] : [])))];
    } else if (field === 'gemeente') policy.gemeente = r.data as string;
    else if (field === 'conceptDagen') policy.conceptDagen = r.data as number;
    else policy.escalatieContacten = r.data as EscalationContact[];
  }
  return { policy, notices };
}
