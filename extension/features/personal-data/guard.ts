/**
 * The panel's personal-data guard over the fields a user types in: which fields still hold something
 * that looks like personal data (kb/privacy/privacy-guard finds it), and which of those the user chose
 * to keep anyway. A choice to keep covers exactly the findings it was made for; new ones warn again.
 */
import {
  type Finding,
  findPersonalData,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
} from '../../../kb/privacy/privacy-guard';
import type { MessageKey, Translate } from '../i18n/messages';

/** One typed text, by a field id unique within its view. */
export type FieldText = readonly [id: string, text: string];

export function keepKey(id: string, findings: readonly Finding[]): string {
  return `${id}|${findings.map((f) => f.text).join('|')}`;
}

/** The fields with findings the user did not choose to keep. */
export function unresolved(fields: readonly FieldText[], kept: ReadonlySet<string>): string[] {
  return fields
    .filter(([id, text]) => {
      const f = findPersonalData(text);
      return f.length > 0 && !kept.has(keepKey(id, f));
    })
    .map(([id]) => id);
}

/** Every kind the guard reports, in its own order (new kinds appear here without a change). */
const KINDS: readonly PersonalDataKind[] = PERSONAL_DATA_KINDS;

/** "Looks like personal data: 1 BSN, 2 phone numbers." in the interface language. */
export function describePersonalData(findings: readonly Pick<Finding, 'kind'>[], t: Translate): string {
  const counts = new Map<PersonalDataKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const parts = KINDS.filter((k) => counts.has(k)).map((k) => {
    const n = counts.get(k) ?? 0;
    return `${n} ${t(`pd_${k}_${n === 1 ? 'one' : 'many'}` as MessageKey)}`;
  });
  return parts.length ? t('pdFound', { what: parts.join(', ') }) : '';
}
