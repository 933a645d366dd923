import { describe, expect, it } from 'vitest';
import { checkProposal, emptyProposal, type Proposal, proposalId } from '../../../kb/content/proposal';

const full: Proposal = {
  ...emptyProposal(),
  titel: 'Scootmobiel via het buurtfonds',
  samenvatting: 'Een oudere kreeg een scootmobiel uit het buurtfonds toen de Wmo-aanvraag te lang duurde.',
  gemeente: 'Zwolle',
  periode: '2025',
  leefgebieden: ['vervoer'],
  wetten: ['wmo'],
  status: 'gerealiseerd',
  situatie: 'Een oudere kon het huis niet meer uit.',
  knelpunt: 'De aanvraag duurde maanden.',
  maatwerk: 'Het buurtfonds betaalde voor.',
  uitkomst: 'Zij kwam weer buiten.',
  betrokkenheid: 'Zij koos zelf het model.',
  legitimiteit: 'Binnen de regels van het fonds.',
  rendement: 'Voorkwam eenzaamheid.',
  sectie: 'eigen casus',
  curator: 'Ambassadeur Zwolle',
  kosten: [{ omschrijving: 'Scootmobiel', bedrag: 1500, periode: 'eenmalig', soort: 'kosten' }],
};

describe('a proposal for a new case', () => {
  it('becomes a content file that kb check accepts, flagged for review', () => {
    const r = checkProposal(full, '2026-11-23');
    expect(r.problems).toEqual([]);
    expect(r.id).toBe('scootmobiel-via-het-buurtfonds');
    expect(r.markdown).toMatch(/^---\ntitel: Scootmobiel via het buurtfonds\n/);
    expect(r.markdown).toContain('te_controleren: "Nieuw voorstel van een ambassadeur: nog niet nagelezen."');
    expect(r.markdown).toContain('## Knelpunt\n\nDe aanvraag duurde maanden.');
  });

  it('reports what is missing with the same messages as kb check', () => {
    const r = checkProposal({ ...emptyProposal(), titel: 'Half af' }, '2026-11-23');
    const text = r.problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/field "samenvatting"/);
    expect(text).toMatch(/field "leefgebieden"/);
    expect(text).toMatch(/section "## Situatie" is empty|missing required section/);
  });

  it('makes a kebab-case id from any title, with diacritics folded', () => {
    expect(proposalId('Één café: ÜBER-snel!')).toBe('een-cafe-uber-snel');
    expect(proposalId('???')).toBe('nieuw-voorbeeld');
  });
});
