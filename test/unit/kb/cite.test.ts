import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import { COST_KIND_LABELS, citation, entryAsText } from '../../../kb/weighing/cite';
import { readKnowledgeBaseFiles } from '../../../scripts/content-files';

const kb = loadKnowledgeBase(readKnowledgeBaseFiles(), { today: '2026-12-02' });
const entry = (id: string) => {
  const e = kb.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('the copied text of an entry', () => {
  it('labels a possibly avoided cost as not certain, apart from real costs', () => {
    const text = entryAsText(entry('lelystad-gezinsuitkering-kostendelersnorm-woning'));
    expect(text).toContain('€ 1.500 per maand (kosten)');
    expect(text).toContain('€ 15.000 per half jaar (mogelijk vermeden, niet zeker)');
    expect(text).not.toMatch(/\(mogelijk-vermeden\)|\(vermeden\)/);
  });

  it('labels a cost the source says was saved as avoided', () => {
    const text = entryAsText(entry('leeuwarden-vrijwilligerswerk-participatietraject-kinderopvang'));
    expect(text).toContain('€ 200.000 totaal (vermeden kosten)');
  });

  it('gives a reference cost its amount, period and kind', () => {
    expect(entryAsText(entry('lelystad-gedwongen-uithuisplaatsing-per-kind-half-jaar'))).toContain(
      'Bedrag: € 15.000 per half jaar (mogelijk vermeden, niet zeker)',
    );
    expect(entryAsText(entry('zaanstad-maatwerkbudget-per-jaar'))).toContain(
      'Bedrag: € 400.000 per jaar (kosten)',
    );
  });

  it('says what the official text confirmed for a legal snippet, and what is still to check', () => {
    const text = entryAsText(entry('schuldhulpverlening'));
    expect(text).toContain(
      'Wettekst nagekeken op 2026-12-02 (art. 2 (beleidsplan)): https://wetten.overheid.nl/BWBR0031331/2022-01-01',
    );
    expect(text).toMatch(/Let op: Controleer in art\. 4 van de actuele Wgs/);
  });

  it('has a distinct label for every kind of amount', () => {
    expect(new Set(Object.values(COST_KIND_LABELS)).size).toBe(Object.keys(COST_KIND_LABELS).length);
  });
});

describe('the citation of a legal snippet', () => {
  it('links the Wgs to its official text now that its BWB id is verified', () => {
    expect(citation(entry('schuldhulpverlening'))).toBe(
      'Zie Wet gemeentelijke schuldhulpverlening, art. 2 (beleidsplan), art. 4 (termijnen): Schuldhulpverlening (Wet gemeentelijke schuldhulpverlening) (https://wetten.overheid.nl/BWBR0031331)',
    );
  });
});
