/**
 * "Voorbeeld voorstellen": an ambassador writes a new case in the panel, it is validated with the same
 * schema as `kb check`, kept as a local draft, and exported as a markdown file ready for content/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LAWS } from '../../../kb/content/laws';
import { checkProposal, emptyProposal, type Proposal } from '../../../kb/content/proposal';
import { LEEFGEBIEDEN, STATUSES } from '../../../kb/content/schema';
import { SOURCE_IDS, SOURCES } from '../../../kb/content/sources';
import { describeFindings, findPersonalData } from '../../../kb/privacy/privacy-guard';
import { saveFile } from '../download/save-file';
import type { PanelDb } from '../storage/db';
import { saveDraft } from '../storage/drafts';

interface Props {
  db: PanelDb;
  draftDays: number;
  now: () => number;
  notify(message: string): void;
}

const DRAFT_ID = 'voorstel';
const TEXTS: [keyof Proposal, string, number][] = [
  ['titel', 'Titel (zonder namen)', 1],
  ['samenvatting', 'Samenvatting in één zin', 2],
  ['gemeente', 'Gemeente', 1],
  ['periode', 'Periode (jaar, 2019-2021 of onbekend)', 1],
  ['situatie', 'Situatie', 4],
  ['knelpunt', 'Knelpunt: wat zat in de weg?', 3],
  ['maatwerk', 'Maatwerk: wat is er gedaan?', 3],
  ['uitkomst', 'Uitkomst', 3],
  ['betrokkenheid', 'Waardendriehoek: betrokkenheid', 2],
  ['legitimiteit', 'Waardendriehoek: legitimiteit', 2],
  ['rendement', 'Waardendriehoek: rendement', 2],
  ['sectie', 'Bron: hoofdstuk of vindplaats', 1],
  ['curator', 'Curator (wie houdt dit bij)', 1],
];

export function ProposalView({ db, draftDays, now, notify }: Props) {
  const [p, setP] = useState<Proposal>(emptyProposal);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    void db.drafts
      .get(DRAFT_ID)
      .then((d) => d?.kind === 'voorstel' && setP({ ...emptyProposal(), ...(d.data as Proposal) }));
  }, []);
  const today = new Date(now()).toISOString().slice(0, 10);
  const check = useMemo(() => checkProposal(p, today), [p, today]);
  // Only what the ambassador typed is checked (the generated file holds dates of its own).
  const findings = useMemo(() => findPersonalData(TEXTS.map(([key]) => p[key] as string).join('\n')), [p]);

  useEffect(() => {
    if (!touched || findings.length) return;
    const timer = setTimeout(
      () =>
        void saveDraft(db, { id: DRAFT_ID, title: p.titel || 'Voorstel', data: p }, draftDays, now()).then(
          () => undefined,
        ),
      600,
    );
    return () => clearTimeout(timer);
  }, [p, touched, findings.length]);

  const set = (patch: Partial<Proposal>) => {
    setTouched(true);
    setP({ ...p, ...patch });
  };
  const toggle = (key: 'leefgebieden' | 'wetten', v: string) =>
    set({ [key]: p[key].includes(v) ? p[key].filter((x) => x !== v) : [...p[key], v] });

  return (
    <section class="proposal" aria-labelledby="proposal-h">
      <h2 id="proposal-h">Voorbeeld voorstellen</h2>
      <p class="muted">
        Voor ambassadeurs: beschrijf een maatwerkcasus in eigen woorden, zonder namen of andere
        persoonsgegevens. Het concept blijft op dit apparaat; exporteer het als bestand voor de kennisbank.
      </p>
      {TEXTS.map(([key, label, rows]) => (
        <p key={key}>
          <label for={`p-${key}`}>{label}</label>
          <textarea
            id={`p-${key}`}
            rows={rows}
            value={p[key] as string}
            onInput={(e) => set({ [key]: (e.target as HTMLTextAreaElement).value } as Partial<Proposal>)}
          />
        </p>
      ))}
      <fieldset>
        <legend>Leefgebieden</legend>
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
        <legend>Wetten</legend>
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
      <p>
        <label for="p-status">Status</label>{' '}
        <select
          id="p-status"
          value={p.status}
          onChange={(e) => set({ status: (e.target as HTMLSelectElement).value })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>{' '}
        <label for="p-bron">Bron</label>{' '}
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
      </p>
      {findings.length > 0 && (
        <p class="flag privacy" role="alert">
          {describeFindings(findings)} Haal ze weg: een voorstel bevat nooit persoonsgegevens.
        </p>
      )}
      <section aria-labelledby="p-check">
        <h3 id="p-check">Controle (zoals kb check)</h3>
        {check.problems.length === 0 ? (
          <p class="ok">Het voorstel is geldig: klaar om te exporteren als {check.id}.md.</p>
        ) : (
          <ul class="problems">
            {check.problems.map((x) => (
              <li key={`${x.line}-${x.message}`}>
                regel {x.line}: {x.message}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          disabled={check.problems.length > 0 || findings.length > 0}
          onClick={() => {
            saveFile(`${check.id}.md`, check.markdown, 'text/markdown');
            notify(`Bestand ${check.id}.md gemaakt: zet het in content/voorbeelden/.`);
          }}
        >
          Exporteer als markdown
        </button>
      </section>
    </section>
  );
}
