/**
 * "Voorbeeld voorstellen": an ambassador's proposal for a new case, written in the panel, turned into a
 * content file in the canonical format and validated by the same parser as `kb check`.
 */
import { stringify } from 'yaml';
import { parseEntry } from './parse.ts';
import type { Problem } from './problems.ts';
import type { COST_KINDS, Period } from './schema.ts';

export interface Proposal {
  titel: string;
  samenvatting: string;
  gemeente: string;
  periode: string;
  leefgebieden: string[];
  wetten: string[];
  status: string;
  situatie: string;
  knelpunt: string;
  maatwerk: string;
  uitkomst: string;
  kosten?: { omschrijving: string; bedrag: number; periode: Period; soort: (typeof COST_KINDS)[number] }[];
  betrokkenheid: string;
  legitimiteit: string;
  rendement: string;
  bron: string;
  sectie: string;
  curator: string;
  trefwoorden: string[];
}

export function emptyProposal(): Proposal {
  return {
    titel: '',
    samenvatting: '',
    gemeente: '',
    periode: 'onbekend',
    leefgebieden: [],
    wetten: [],
    status: 'lopend',
    situatie: '',
    knelpunt: '',
    maatwerk: '',
    uitkomst: '',
    betrokkenheid: '',
    legitimiteit: '',
    rendement: '',
    bron: 'lelystad-actieonderzoek-maatwerk',
    sectie: '',
    curator: '',
    trefwoorden: [],
  };
}

/** A kebab-case id from a title: the file name of the proposal. */
export function proposalId(titel: string): string {
  const id = titel
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || 'nieuw-voorbeeld';
}

/** The proposal as a content file (front matter + sections), ready to drop into content/voorbeelden/. */
export function proposalToMarkdown(p: Proposal, today: string): string {
  const meta: Record<string, unknown> = {
    titel: p.titel.trim(),
    samenvatting: p.samenvatting.trim(),
    gemeente: p.gemeente.trim(),
    periode: p.periode.trim(),
    leefgebieden: p.leefgebieden,
    wetten: p.wetten,
    status: p.status,
    ...(p.kosten?.length ? { kosten: p.kosten } : {}),
    waardendriehoek: {
      betrokkenheid: p.betrokkenheid.trim(),
      legitimiteit: p.legitimiteit.trim(),
      rendement: p.rendement.trim(),
    },
    trefwoorden: p.trefwoorden.length ? p.trefwoorden : [p.gemeente.trim() || 'maatwerk'],
    bronnen: [{ bron: p.bron, sectie: p.sectie.trim() }],
    curator: p.curator.trim(),
    laatst_gecontroleerd: today,
    te_controleren: 'Nieuw voorstel van een ambassadeur: nog niet nagelezen.',
  };
  const section = (name: string, body: string) => `## ${name}\n\n${body.trim()}\n`;
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${[
    section('Situatie', p.situatie),
    section('Knelpunt', p.knelpunt),
    section('Maatwerk', p.maatwerk),
    section('Uitkomst', p.uitkomst),
  ].join('\n')}`;
}

/** Validates the proposal exactly as `kb check` would validate the file. */
export function checkProposal(
  p: Proposal,
  today: string,
): { id: string; markdown: string; problems: Problem[] } {
  const id = proposalId(p.titel);
  const markdown = proposalToMarkdown(p, today);
  return { id, markdown, problems: parseEntry(`voorbeelden/${id}.md`, markdown).problems };
}
