/**
 * Settings an organisation sets for all its staff (Chrome `storage.managed` with managed_schema.json;
 * Firefox enterprise policy "3rdparty"). Each field is checked on its own: an invalid value is ignored
 * with a notice the user sees, the valid ones still apply. Changes apply without a restart.
 */
import * as z from 'zod/mini';
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
}

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const FIELDS = {
  gemeente: text(100),
  invoegOrigins: z.array(z.string()).check(z.maxLength(20)),
  conceptDagen: z.number().check(z.int(), z.gte(MIN_DRAFT_DAYS), z.lte(MAX_DRAFT_DAYS)),
  escalatieContacten: z
    .array(z.strictObject({ naam: text(100), rol: z.optional(text(100)), contact: z.optional(text(200)) }))
    .check(z.maxLength(10)),
} as const;

const LABELS: Record<keyof typeof FIELDS, string> = {
  gemeente: 'gemeente',
  invoegOrigins: 'casussoftware-adressen',
  conceptDagen: 'bewaartermijn concepten',
  escalatieContacten: 'escalatiecontacten',
};

/** A usable https origin (or localhost for testing), normalised; null otherwise. */
export function normaliseOrigin(value: string): string | null {
  try {
    const u = new URL(value);
    if (
      u.protocol === 'https:' ||
      ((u.hostname === 'localhost' || u.hostname === '127.0.0.1') && u.protocol === 'http:')
    )
      return u.origin;
  } catch {
    // not a URL
  }
  return null;
}

export function readPolicy(raw: unknown): { policy: Policy; notices: string[] } {
  const policy: Policy = { invoegOrigins: [], escalatieContacten: [] };
  const notices: string[] = [];
  if (raw === undefined || raw === null) return { policy, notices };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { policy, notices: ['De instellingen van je organisatie zijn ongeldig en worden genegeerd.'] };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in FIELDS)) {
      notices.push(`Onbekende instelling "${key}" van je organisatie wordt genegeerd.`);
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
        notices.push(`Adres "${bad.o}" is geen https-adres en wordt genegeerd.`);
      policy.invoegOrigins = [...new Set(origins.flatMap((x) => (x.n ? [x.n] : [])))];
    } else if (field === 'gemeente') policy.gemeente = r.data as string;
    else if (field === 'conceptDagen') policy.conceptDagen = r.data as number;
    else policy.escalatieContacten = r.data as EscalationContact[];
  }
  return { policy, notices };
}
