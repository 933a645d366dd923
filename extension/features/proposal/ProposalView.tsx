/**
 * "Voorbeeld voorstellen": an ambassador writes a new case in the panel, it is validated with the same
 * schema as `kb check`, kept as a local draft, and exported as a markdown file ready for content/.
 * Each field says what is missing in the interface language once the user has left it, and warns about
 * personal data right under it as the user types.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LAWS } from '../../../kb/content/laws';
import { checkProposal, emptyProposal, type Proposal } from '../../../kb/content/proposal';
import { LEEFGEBIEDEN, STATUSES } from '../../../kb/content/schema';
import { SOURCE_IDS, SOURCES } from '../../../kb/content/sources';
import { saveFile } from '../download/save-file';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/messages';
import { type FieldText, unresolved } from '../personal-data/guard';
import { PrivacyField } from '../personal-data/PrivacyField';
import type { PanelDb } from '../storage/db';
import { saveDraft } from '../storage/drafts';
import { fieldProblem, TEXTS } from './fields';

interface Props {
  db: PanelDb;
  draftDays: number;
  now: () => number;
  notify(message: string): void;
}

const DRAFT_ID = 'voorstel';

export function ProposalView({ db, draftDays, now, notify }: Props) {
  const t = useT();
  const [p, setP] = useState<Proposal>(emptyProposal);
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [kept, setKept] = useState<Set<string>>(new Set());
  useEffect(() => {
    void db.drafts
      .get(DRAFT_ID)
      .then((d) => d?.kind === 'voorstel' && setP({ ...emptyProposal(), ...(d.data as Proposal) }));
  }, []);
  const today = new Date(now()).toISOString().slice(0, 10);
  const check = useMemo(() => checkProposal(p, today), [p, today]);
  // Only what the ambassador typed is checked (the generated file holds dates of its own).
  const texts: FieldText[] = TEXTS.map(([key]) => [`p-${key}`, p[key] as string]);
  const open = unresolved(texts, kept);

  useEffect(() => {
    if (!dirty || open.length) return;
    const timer = setTimeout(
      () => void saveDraft(db, { id: DRAFT_ID, title: p.titel || 'Voorstel', data: p }, draftDays, now()),
      600,
    );
    return () => clearTimeout(timer);
  }, [p, dirty, open.length]);

  const set = (patch: Partial<Proposal>) => {
    setDirty(true);
    setP({ ...p, ...patch });
  };
  const toggle = (key: 'leefgebieden' | 'wetten', v: string) =>
    set({ [key]: p[key].includes(v) ? p[key].filter((x) => x !== v) : [...p[key], v] });
  const touch = (key: string) => setTouched((s) => (s.has(key) ? s : new Set([...s, key])));

  return (
    <section class="proposal" aria-labelledby="proposal-h">
      <h2 id="proposal-h">{t('pfTitle')}</h2>
      <p class="muted">{t('pfHelp')}</p>
      {TEXTS.map(([key, label, rows]) => {
        const problem = touched.has(key) ? fieldProblem(key, p[key] as string) : null;
        return (
          <div key={key} class={problem ? 'invalid' : undefined}>
            <PrivacyField
              id={`p-${key}`}
              label={t(label)}
              rows={rows}
              value={p[key] as string}
              onValue={(v) => set({ [key]: v } as Partial<Proposal>)}
              onBlur={() => touch(key)}
              kept={kept}
              onKeep={(k) => setKept((s) => new Set([...s, k]))}
            />
            {problem && (
              <p class="field-error" id={`p-${key}-error`}>
                {t(problem.key as MessageKey, problem.vars)}
              </p>
            )}
          </div>
        );
      })}
      <fieldset>
        <legend>{t('pfLeefgebieden')}</legend>
        {LEEFGEBIEDEN.map((l) => (
          <label key={l} class="check">
            <input
              type="checkbox"
              checked={p.leefgebieden.includes(l)}
              onChange={() => toggle('leefgebieden', l)}
            />{' '}
            {l}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('pfLaws')}</legend>
        {LAWS.map((l) => (
          <label key={l.key} class="check">
            <input
              type="checkbox"
              checked={p.wetten.includes(l.key)}
              onChange={() => toggle('wetten', l.key)}
            />{' '}
            {l.short}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="p-status">{t('facet_status')}</label>
        <select
          id="p-status"
          value={p.status}
          onChange={(e) => set({ status: (e.target as HTMLSelectElement).value })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="p-bron">{t('pfSource')}</label>
        <select
          id="p-bron"
          value={p.bron}
          onChange={(e) => set({ bron: (e.target as HTMLSelectElement).value })}
        >
          {SOURCE_IDS.map((s) => (
            <option key={s} value={s}>
              {SOURCES[s].short}
            </option>
          ))}
        </select>
      </div>
      <section aria-labelledby="p-check">
        <h3 id="p-check">{t('pfCheck')}</h3>
        {check.problems.length === 0 ? (
          <p class="ok">{t('pfValid', { file: `${check.id}.md` })}</p>
        ) : (
          <>
            <p class="muted">{t('pfProblems', { n: check.problems.length })}</p>
            <ul class="problems" lang="nl" data-content>
              {check.problems.map((x) => (
                <li key={`${x.line}-${x.message}`}>
                  regel {x.line}: {x.message}
                </li>
              ))}
            </ul>
          </>
        )}
        <button
          type="button"
          class="primary"
          disabled={check.problems.length > 0 || open.length > 0}
          onClick={() => {
            saveFile(`${check.id}.md`, check.markdown, 'text/markdown');
            notify(t('pfExported', { file: `${check.id}.md` }));
          }}
        >
          {t('pfExport')}
        </button>
        {open.length > 0 && <p class="muted">{t('pfBlocked')}</p>}
      </section>
    </section>
  );
}
