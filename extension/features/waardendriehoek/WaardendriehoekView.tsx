/**
 * One-click Waardendriehoek: weigh a maatwerk solution on betrokkenheid, legitimiteit and rendement and
 * turn it into a justification to copy or insert into the case form. Opens in the two-minute short mode
 * (pre-filled from a precedent with "Weeg dit"); the full ten-question weighing is one click away. Work
 * in progress is a local, expiring draft; every typed text is checked for personal data at its field,
 * and nothing is kept or inserted while a field holds some the user did not choose to keep.
 */

import type { KnowledgeIndex } from '../../../kb/search/search';
import { citation } from '../../../kb/weighing/cite';
import { judged, shortJustification } from '../../../kb/weighing/short-weighing';
import { balance, justification, VALUES } from '../../../kb/weighing/waardendriehoek';
import { useT } from '../i18n/context';
import { originLabel } from '../insert/panel-insert';
import type { EscalationContact } from '../policy/policy';
import type { PanelDb } from '../storage/db';
import { Drafts } from './Drafts';
import { FullWeighing } from './FullWeighing';
import { rendementLines } from './RendementCalculator';
import { ShortWeighing } from './ShortWeighing';
import { Triangle } from './Triangle';
import { useWeighing } from './use-weighing';

export type { DraftData } from './use-weighing';

interface Props {
  index: KnowledgeIndex;
  db: PanelDb;
  draftDays: number;
  /** Escalation contacts set by the organisation, shown with the ladder. */
  contacts?: EscalationContact[];
  /** An entry to weigh against ("weeg dit voor mijn casus"). */
  from?: string;
  now: () => number;
  onOpen(id: string): void;
  copy(text: string): void;
  prepareInsert(text: string): void;
  insertNow?: (text: string) => void;
  /** The origin insertNow writes into, named on its button before the user inserts. */
  insertTarget?: string | null;
  notify(message: string): void;
  /** An error the user should read (shown longer). */
  fail?: (message: string) => void;
  locale?: string;
}

export function WaardendriehoekView(p: Props) {
  const t = useT();
  const fail = p.fail ?? p.notify;
  const s = useWeighing(p.index, p.db, p.from, p.draftDays, p.now, (e) =>
    fail(e instanceof Error ? e.message : String(e)),
  );
  const { data, mode } = s;
  const cite = (ids: string[]) =>
    ids
      .map((id) => p.index.get(id))
      .filter((e) => !!e)
      .map((e) => citation(e));
  const b = balance(data.weighing);
  const text =
    mode === 'short'
      ? shortJustification(s.short, cite(s.short.verwijzingen))
      : justification(data.weighing, {
          citations: cite(data.weighing.verwijzingen),
          rendement: rendementLines(p.index, data.rendement),
        });
  const ready = mode === 'full' || judged(s.short) > 0;

  const guard = (action: (text: string) => void) => () => {
    if (s.unresolved.length) {
      fail(t('pdBlocked'));
      document.getElementById(s.unresolved[0] as string)?.focus();
      return;
    }
    action(text);
  };

  return (
    <section class="waardendriehoek" aria-labelledby="wd-title">
      <h2 id="wd-title" tabIndex={-1}>
        {t('waardendriehoek')}
      </h2>
      <p class="muted">{t(mode === 'short' ? 'wdIntroShort' : 'wdIntroFull', { days: p.draftDays })}</p>
      <p>
        <button
          type="button"
          class="link"
          data-action={mode === 'short' ? 'full-weighing' : 'short-weighing'}
          onClick={mode === 'short' ? s.toFull : s.toShort}
        >
          {t(mode === 'short' ? 'wdToFull' : 'wdToShort')}
        </button>
      </p>
      <Drafts
        db={p.db}
        drafts={s.drafts}
        locale={p.locale ?? 'nl-NL'}
        onResume={s.resume}
        refresh={s.refreshDrafts}
      />
      {mode === 'short' ? (
        <ShortWeighing
          index={p.index}
          value={s.short}
          onChange={s.setShort}
          kept={s.kept}
          onKeep={s.keep}
          onOpen={p.onOpen}
        />
      ) : (
        <>
          <FullWeighing
            index={p.index}
            weighing={data.weighing}
            onWeighing={s.setWeighing}
            rendement={data.rendement}
            onRendement={s.setRendement}
            contacts={p.contacts ?? []}
            kept={s.kept}
            onKeep={s.keep}
            onOpen={p.onOpen}
          />
          <Triangle
            balance={b}
            labels={
              Object.fromEntries(VALUES.map((v) => [v, t(v)])) as Record<(typeof VALUES)[number], string>
            }
            label={b.weakest ? t('wdWeakest', { value: t(b.weakest).toLowerCase() }) : t('wdAnswerToSee')}
          />
        </>
      )}

      <section class="justification" aria-labelledby="wd-result">
        <h3 id="wd-result">{t('wdJustification')}</h3>
        {ready ? (
          <textarea readOnly rows={mode === 'short' ? 8 : 12} value={text} aria-labelledby="wd-result" />
        ) : (
          <p class="muted">{t('wdJudgeFirst')}</p>
        )}
        <div class="actions">
          {p.insertNow && (
            <button
              type="button"
              class="primary"
              data-action="insert-now"
              disabled={!ready}
              onClick={guard(p.insertNow)}
            >
              {p.insertTarget ? t('insertNowInto', { origin: originLabel(p.insertTarget) }) : t('insertNow')}
            </button>
          )}
          <button
            type="button"
            class={p.insertNow ? undefined : 'primary'}
            disabled={!ready}
            onClick={guard(p.prepareInsert)}
          >
            {t('insertEntry')}
          </button>
          <button type="button" disabled={!ready} onClick={guard(p.copy)}>
            {t('wdCopy')}
          </button>
        </div>
      </section>
    </section>
  );
}
