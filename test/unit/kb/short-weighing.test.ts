import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../kb/content/check';
import {
  emptyShortWeighing,
  firstSentence,
  judged,
  shortFromPrecedent,
  shortJustification,
  shortTexts,
} from '../../../kb/weighing/short-weighing';
import { VALID_VOORBEELD } from '../../helpers/entries';

const { entries } = checkContent([{ path: 'voorbeelden/fietskar-case.md', text: VALID_VOORBEELD }], {
  today: '2026-11-23',
});
const precedent = entries[0];

describe('the short weighing', () => {
  it('is pre-filled from a precedent: its title, its own line per value and the precedent as citation', () => {
    const s = shortFromPrecedent(precedent);
    expect(s.voorstel).toBe(precedent?.meta.titel);
    expect(s.verwijzingen).toEqual([precedent?.id]);
    for (const v of ['betrokkenheid', 'legitimiteit', 'rendement'] as const) {
      expect(s.sides[v].note.length).toBeGreaterThan(0);
      expect(s.sides[v].answer).toBeUndefined();
    }
  });

  it('is empty without a precedent, and its justification then says only the heading', () => {
    const s = shortFromPrecedent(undefined);
    expect(s).toEqual(emptyShortWeighing());
    expect(judged(s)).toBe(0);
    expect(shortJustification(s, [])).toBe('Onderbouwing maatwerk (korte afweging met de Waardendriehoek)');
  });

  it('lists only the judged values, never "nog niet beoordeeld", then the reference and the citations', () => {
    const s = emptyShortWeighing();
    s.voorstel = 'Fietskar';
    s.sides.betrokkenheid = { answer: 'ja', note: 'Moeder koos zelf.' };
    s.sides.rendement = { answer: 'deels', note: '' };
    s.reference = { label: 'Uithuisplaatsing', amount: '€ 60.000 per half jaar' };
    const text = shortJustification(s, ['Zie voorbeeld: Fietskar (2020)']);
    expect(text.split('\n')).toEqual([
      'Onderbouwing maatwerk (korte afweging met de Waardendriehoek)',
      'Voorstel: Fietskar',
      'Betrokkenheid: Ja. Moeder koos zelf.',
      'Rendement: Deels.',
      'Referentiekosten: Uithuisplaatsing: € 60.000 per half jaar (indicatief).',
      'Onderbouwd met:',
      '- Zie voorbeeld: Fietskar (2020)',
    ]);
    expect(text).not.toMatch(/nog niet beoordeeld|Legitimiteit/);
    expect(judged(s)).toBe(2);
  });

  it('hands every typed text to the personal-data guard, by field', () => {
    const s = emptyShortWeighing();
    s.voorstel = 'a';
    s.sides.legitimiteit.note = 'b';
    expect(shortTexts(s)).toEqual([
      ['voorstel', 'a'],
      ['side-betrokkenheid', ''],
      ['side-legitimiteit', 'b'],
      ['side-rendement', ''],
    ]);
  });

  it('cuts a long first sentence at a word, and keeps a short one whole', () => {
    expect(firstSentence('Kort. Daarna meer.')).toBe('Kort.');
    expect(firstSentence('Zonder punt aan het eind')).toBe('Zonder punt aan het eind');
    const long = firstSentence(`${'woord '.repeat(60)}einde.`, 40);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long.endsWith('…')).toBe(true);
    expect(firstSentence('   ')).toBe('');
  });
});
