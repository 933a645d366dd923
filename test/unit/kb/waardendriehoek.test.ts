import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  balance,
  emptyWeighing,
  justification,
  QUESTIONS,
  VALUES,
  type Weighing,
} from '../../../kb/weighing/waardendriehoek';

const withAnswers = (
  answers: Record<string, Weighing['answers'][string]>,
  extra: Partial<Weighing> = {},
): Weighing => ({
  ...emptyWeighing(),
  ...extra,
  answers,
});

describe('the Waardendriehoek balance', () => {
  it('has three values with questions each', () => {
    for (const v of VALUES) expect(QUESTIONS.filter((q) => q.value === v).length).toBeGreaterThanOrEqual(3);
  });

  it('scores ja 1, deels 0.5, nee 0 and leaves weet niet out', () => {
    const b = balance(
      withAnswers({
        b1: { answer: 'ja' },
        b2: { answer: 'deels' },
        b3: { answer: 'weet-niet' },
        l1: { answer: 'nee' },
      }),
    );
    expect(b.scores.betrokkenheid).toBe(0.75);
    expect(b.scores.legitimiteit).toBe(0);
    expect(b.scores.rendement).toBeNull();
    expect(b.weakest).toBe('legitimiteit');
    expect(b.answered).toBe(4);
  });

  it('names no weakest side before anything is answered', () => {
    expect(balance(emptyWeighing()).weakest).toBeNull();
  });
});

describe('the justification text', () => {
  it('renders every answer to every question in plain text, in value order', () => {
    for (const q of QUESTIONS) {
      for (const a of ANSWERS) {
        const text = justification(withAnswers({ [q.id]: { answer: a, note: 'toelichting' } }), {
          citations: [],
        });
        const label = a === 'weet-niet' ? 'Weet niet' : a.charAt(0).toUpperCase() + a.slice(1);
        expect(text).toContain(`- ${q.text} ${label}. toelichting`);
        expect(text).not.toMatch(/<[a-z]/i);
      }
    }
  });

  it('gives each value a verdict that follows its score', () => {
    const text = justification(
      withAnswers(
        { b1: { answer: 'ja' }, l1: { answer: 'deels' }, r1: { answer: 'nee' } },
        { voorstel: 'Fietskar', wetten: ['wmo'] },
      ),
      {
        citations: ['Zie voorbeeld: Fietskar (Actieonderzoek Lelystad, 2021)'],
        rendement: ['Over 6 maanden: verschil € 59.550 (indicatief).'],
      },
    );
    expect(text).toContain('Voorstel: Fietskar');
    expect(text).toContain('Betrokkenheid (sterk)');
    expect(text).toContain('Legitimiteit (gedeeltelijk)');
    expect(text).toContain('Rendement (zwak)');
    expect(text).toContain('- Betrokken wetten: Wet maatschappelijke ondersteuning 2015.');
    expect(text).toContain('- Over 6 maanden: verschil € 59.550 (indicatief).');
    expect(text).toContain('Onderbouwd met:\n- Zie voorbeeld: Fietskar');
    expect(text).toContain('Balans: de zwakste kant is rendement');
    expect(text.indexOf('Betrokkenheid')).toBeLessThan(text.indexOf('Legitimiteit'));
    expect(text.indexOf('Legitimiteit')).toBeLessThan(text.indexOf('Rendement'));
  });

  it('says a value is not yet weighed when it has no answer', () => {
    expect(justification(emptyWeighing(), { citations: [] })).toContain('Rendement (nog niet beoordeeld)');
  });
});
