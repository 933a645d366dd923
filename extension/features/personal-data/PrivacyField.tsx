/**
 * A text field with the personal-data warning right under it, as the user types: what was found, and
 * the two choices there (mask it in this field, or keep it anyway).
 */
import { findPersonalData, maskPersonalData } from '../../../kb/privacy/privacy-guard';
import { useT } from '../i18n/context';
import { describePersonalData, keepKey } from './guard';

interface Props {
  id: string;
  label?: string;
  /** Used instead of a visible label. */
  ariaLabel?: string;
  value: string;
  onValue(v: string): void;
  /** Textarea rows; 0 for a one-line input. */
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  kept: ReadonlySet<string>;
  onKeep(key: string): void;
  onBlur?: () => void;
  /** After the user masked or kept what was found, with the field's value then. */
  onResolved?: (value: string, kept: ReadonlySet<string>) => void;
  /** Extra help under the field. */
  help?: string;
}

export function PrivacyField(p: Props) {
  const t = useT();
  const findings = findPersonalData(p.value);
  const warn = findings.length > 0 && !p.kept.has(keepKey(p.id, findings));
  const warnId = `${p.id}-pd`;
  const helpId = `${p.id}-help`;
  const describedBy = [warn ? warnId : '', p.help ? helpId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: p.id,
    value: p.value,
    placeholder: p.placeholder,
    maxLength: p.maxLength,
    'aria-label': p.ariaLabel,
    'aria-describedby': describedBy,
    'aria-invalid': warn || undefined,
    onBlur: p.onBlur,
  };
  return (
    <div class="field">
      {p.label && <label for={p.id}>{p.label}</label>}
      {p.rows ? (
        <textarea
          {...common}
          rows={p.rows}
          onInput={(e) => p.onValue((e.target as HTMLTextAreaElement).value)}
        />
      ) : (
        <input {...common} onInput={(e) => p.onValue((e.target as HTMLInputElement).value)} />
      )}
      {warn && (
        <div class="flag privacy" role="alert" id={warnId}>
          <p>{describePersonalData(findings, t)}</p>
          <button
            type="button"
            onClick={() => {
              const masked = maskPersonalData(p.value);
              p.onValue(masked);
              p.onResolved?.(masked, p.kept);
            }}
          >
            {t('pdMask')}
          </button>{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              const key = keepKey(p.id, findings);
              p.onKeep(key);
              p.onResolved?.(p.value, new Set([...p.kept, key]));
            }}
          >
            {t('pdKeep')}
          </button>
        </div>
      )}
      {p.help && (
        <p class="muted" id={helpId}>
          {p.help}
        </p>
      )}
    </div>
  );
}
