import { describe, expect, it } from 'vitest';
import type { Period } from '../../../kb/content/schema';
import { loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import {
  type CostLine,
  calculateRendement,
  formatEuro,
  monthsPerPeriod,
  type RendementInput,
  referenceLine,
  rendementSummary,
} from '../../../kb/weighing/rendement';
import { readKnowledgeBaseFiles } from '../../../scripts/content-files';

/** One cost line on the solution side, nothing on the other. */
function single(line: CostLine, horizonMonths: number) {
  return calculateRendement({ solution: [line], alternative: [], horizonMonths });
}

describe('monthsPerPeriod', () => {
  it('converts every period', () => {
    expect(monthsPerPeriod('per-week')).toBe(12 / 52);
    expect(monthsPerPeriod('per-maand')).toBe(1);
    expect(monthsPerPeriod('per-kwartaal')).toBe(3);
    expect(monthsPerPeriod('per-half-jaar')).toBe(6);
    expect(monthsPerPeriod('per-jaar')).toBe(12);
    expect(monthsPerPeriod('eenmalig')).toBeNull();
    expect(monthsPerPeriod('totaal')).toBeNull();
  });

  it('rejects an unknown period', () => {
    expect(() => monthsPerPeriod('per-eeuw' as Period)).toThrow(/Onbekende periode/);
  });
});

describe('calculateRendement: one line', () => {
  const over12: [Period, number][] = [
    ['per-week', 100 * 52],
    ['per-maand', 100 * 12],
    ['per-kwartaal', 100 * 4],
    ['per-half-jaar', 100 * 2],
    ['per-jaar', 100],
    ['eenmalig', 100],
    ['totaal', 100],
  ];
  for (const [period, expected] of over12) {
    it(`counts € 100 ${period} over 12 months as ${expected}`, () => {
      expect(single({ label: 'x', amount: 100, period }, 12).solution).toEqual({
        min: expected,
        max: expected,
      });
    });
  }

  it('counts a recurring amount pro rata', () => {
    expect(single({ label: 'ZBL', amount: 13000, period: 'per-half-jaar' }, 12).solution.min).toBe(26000);
    expect(single({ label: 'ZBL', amount: 13000, period: 'per-half-jaar' }, 9).solution.min).toBe(19500);
    expect(single({ label: 'x', amount: 1200, period: 'per-jaar' }, 1).solution.min).toBe(100);
    expect(single({ label: 'x', amount: 100, period: 'per-week' }, 1).solution.min).toBe(433.33);
    expect(single({ label: 'x', amount: 100, period: 'per-week' }, 6).solution.min).toBe(2600);
  });

  it('counts a one-off or total amount once, whatever the horizon or duration', () => {
    for (const h of [1, 12, 600]) {
      expect(single({ label: 'bakfiets', amount: 2500, period: 'eenmalig' }, h).solution.max).toBe(2500);
      expect(
        single({ label: 'traject', amount: 9000, period: 'totaal', durationMonths: 3 }, h).solution.max,
      ).toBe(9000);
    }
  });

  it('runs a recurring cost for its duration, capped at the horizon', () => {
    const line: CostLine = { label: 'begeleiding', amount: 1000, period: 'per-maand', durationMonths: 6 };
    expect(single(line, 24).solution.min).toBe(6000);
    expect(single(line, 4).solution.min).toBe(4000);
    expect(single({ ...line, durationMonths: 0 }, 24).solution.min).toBe(0);
    expect(single({ ...line, durationMonths: undefined }, 24).solution.min).toBe(24000);
  });

  it('keeps a range a range', () => {
    const r = single({ label: 'verblijf', amount: { min: 22000, max: 56000 }, period: 'per-half-jaar' }, 18);
    expect(r.solution).toEqual({ min: 66000, max: 168000 });
    expect(r.lines[0]?.total).toEqual({ min: 66000, max: 168000 });
  });
});

describe('calculateRendement: sides and difference', () => {
  const input: RendementInput = {
    horizonMonths: 12,
    solution: [
      { label: 'Fietskar', amount: 400, period: 'eenmalig' },
      { label: 'Begeleiding', amount: 250, period: 'per-maand', durationMonths: 3 },
    ],
    alternative: [
      { label: 'Elektrische bakfiets', amount: 5000, period: 'eenmalig' },
      { label: 'Onderhoud', amount: { min: 100, max: 300 }, period: 'per-kwartaal' },
    ],
  };

  it('sums each side over the horizon', () => {
    const r = calculateRendement(input);
    expect(r.solution).toEqual({ min: 1150, max: 1150 });
    expect(r.alternative).toEqual({ min: 5400, max: 6200 });
    expect(r.horizonMonths).toBe(12);
  });

  it('gives the difference as alternative minus solution, widest range', () => {
    expect(calculateRendement(input).difference).toEqual({ min: 4250, max: 5050 });
    const both = calculateRendement({
      horizonMonths: 12,
      solution: [{ label: 's', amount: { min: 1000, max: 3000 }, period: 'totaal' }],
      alternative: [{ label: 'a', amount: { min: 2000, max: 5000 }, period: 'totaal' }],
    });
    expect(both.difference).toEqual({ min: 2000 - 3000, max: 5000 - 1000 });
  });

  it('gives a negative difference when the solution costs more', () => {
    const r = calculateRendement({
      horizonMonths: 12,
      solution: [{ label: 's', amount: 1000, period: 'per-maand' }],
      alternative: [{ label: 'a', amount: 5000, period: 'eenmalig' }],
    });
    expect(r.difference).toEqual({ min: -7000, max: -7000 });
  });

  it('returns zero for empty sides', () => {
    const r = calculateRendement({ horizonMonths: 6, solution: [], alternative: [] });
    expect(r.solution).toEqual({ min: 0, max: 0 });
    expect(r.difference).toEqual({ min: 0, max: 0 });
    expect(r.lines).toEqual([]);
  });

  it('lists every line with its side, label and a Dutch explanation', () => {
    expect(calculateRendement(input).lines).toEqual([
      {
        side: 'solution',
        label: 'Fietskar',
        total: { min: 400, max: 400 },
        explanation: '€ 400 eenmalig',
        possible: false,
      },
      {
        side: 'solution',
        label: 'Begeleiding',
        total: { min: 750, max: 750 },
        explanation: '€ 250 per maand × 3 = € 750',
        possible: false,
      },
      {
        side: 'alternative',
        label: 'Elektrische bakfiets',
        total: { min: 5000, max: 5000 },
        explanation: '€ 5.000 eenmalig',
        possible: false,
      },
      {
        side: 'alternative',
        label: 'Onderhoud',
        total: { min: 400, max: 1200 },
        explanation: '€ 100 tot € 300 per kwartaal × 4 = € 400 tot € 1.200',
        possible: false,
      },
    ]);
  });

  it('explains pro rata and weekly counts with Dutch decimals', () => {
    const explain = (line: CostLine, h: number) => single(line, h).lines[0]?.explanation;
    expect(explain({ label: 'ZBL', amount: 13000, period: 'per-half-jaar' }, 12)).toBe(
      '€ 13.000 per half jaar × 2 = € 26.000',
    );
    expect(explain({ label: 'ZBL', amount: 13000, period: 'per-half-jaar' }, 9)).toBe(
      '€ 13.000 per half jaar × 1,5 = € 19.500',
    );
    expect(explain({ label: 'x', amount: 100, period: 'per-week' }, 1)).toBe(
      '€ 100 per week × 4,33 = € 433,33',
    );
    expect(explain({ label: 'x', amount: 99.5, period: 'per-jaar' }, 24)).toBe(
      '€ 99,50 per jaar × 2 = € 199',
    );
    expect(explain({ label: 'x', amount: 7500, period: 'totaal' }, 24)).toBe('€ 7.500 totaal');
  });
});

describe('calculateRendement: possibly avoided costs', () => {
  const input: RendementInput = {
    horizonMonths: 12,
    solution: [{ label: 'Gezinsuitkering', amount: 1500, period: 'per-maand' }],
    alternative: [
      { label: 'Huishoudelijke hulp', amount: 2000, period: 'eenmalig' },
      {
        label: 'Gedwongen uithuisplaatsing',
        amount: { min: 10000, max: 15000 },
        period: 'per-half-jaar',
        possible: true,
      },
    ],
  };

  it('totals a possible saving apart and leaves it out of the alternative and the difference', () => {
    const r = calculateRendement(input);
    expect(r.solution).toEqual({ min: 18000, max: 18000 });
    expect(r.alternative).toEqual({ min: 2000, max: 2000 });
    expect(r.difference).toEqual({ min: -16000, max: -16000 });
    expect(r.possible).toEqual({ min: 20000, max: 30000 });
  });

  it('says in the line that a possible saving is not certain and not counted', () => {
    const line = calculateRendement(input).lines[2];
    expect(line?.possible).toBe(true);
    expect(line?.explanation).toBe(
      '€ 10.000 tot € 15.000 per half jaar × 2 = € 20.000 tot € 30.000 (mogelijk vermeden: niet zeker, niet meegeteld in het alternatief en het verschil)',
    );
  });

  it('puts possible savings in a sentence of their own in the summary', () => {
    expect(rendementSummary(calculateRendement(input))).toBe(
      'Over 12 maanden: maatwerk € 18.000, alternatief € 2.000, verschil € -16.000 (indicatief). Daarnaast mogelijk vermeden: € 20.000 tot € 30.000 (niet zeker, niet meegeteld in het verschil).',
    );
    const certainOnly = { ...input, alternative: input.alternative.slice(0, 1) };
    expect(rendementSummary(calculateRendement(certainOnly))).toBe(
      'Over 12 maanden: maatwerk € 18.000, alternatief € 2.000, verschil € -16.000 (indicatief).',
    );
  });

  it('gives zero possible savings when no line is marked possible', () => {
    expect(calculateRendement({ ...input, alternative: [] }).possible).toEqual({ min: 0, max: 0 });
  });

  it('refuses a possible saving on the side of what the maatwerk costs', () => {
    expect(() =>
      calculateRendement({
        horizonMonths: 12,
        solution: [{ label: 'Fietskar', amount: 400, period: 'eenmalig', possible: true }],
        alternative: [],
      }),
    ).toThrow(
      '"Fietskar" staat bij de kosten van het maatwerk; alleen een alternatief kan mogelijk vermeden zijn.',
    );
  });

  it('refuses a possible flag that is not a boolean (e.g. from a stored draft)', () => {
    const bad = { label: 'x', amount: 1, period: 'eenmalig', possible: 'ja' } as unknown as CostLine;
    expect(() => calculateRendement({ horizonMonths: 1, solution: [], alternative: [bad] })).toThrow(
      'Bij "x" is niet duidelijk of de kosten mogelijk vermeden zijn.',
    );
  });

  it('marks a reference cost line possible exactly when its kind is mogelijk-vermeden', () => {
    const ref = (soort: 'kosten' | 'vermeden' | 'mogelijk-vermeden') => ({
      id: 'r',
      meta: { titel: 'Ref', bedrag: 5, periode: 'per-jaar' as const, soort },
    });
    expect(referenceLine(ref('mogelijk-vermeden'))).toEqual({
      label: 'Ref',
      amount: 5,
      period: 'per-jaar',
      sourceId: 'r',
      possible: true,
    });
    expect(referenceLine(ref('vermeden')).possible).toBeUndefined();
    expect(referenceLine(ref('kosten')).possible).toBeUndefined();
  });
});

describe('calculateRendement: invalid input', () => {
  const ok: CostLine = { label: 'Begeleiding', amount: 100, period: 'per-maand' };
  const run = (line: CostLine, horizonMonths = 12) =>
    calculateRendement({ solution: [], alternative: [line], horizonMonths });

  it('rejects a horizon of 0 or less, over 600 months, or not a number', () => {
    for (const h of [0, -1, 601, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => run(ok, h), String(h)).toThrow(
        'De horizon moet groter zijn dan 0 en ten hoogste 600 maanden.',
      );
    }
    expect(run(ok, 600).alternative.min).toBe(60000);
  });

  it('rejects negative amounts, a minimum above the maximum and broken numbers', () => {
    expect(() => run({ ...ok, amount: -1 })).toThrow('Het bedrag van "Begeleiding" mag niet negatief zijn.');
    expect(() => run({ ...ok, amount: { min: -5, max: 10 } })).toThrow(/mag niet negatief zijn/);
    expect(() => run({ ...ok, amount: { min: 10, max: 5 } })).toThrow(
      'Bij "Begeleiding" is het minimum groter dan het maximum.',
    );
    expect(() => run({ ...ok, amount: Number.NaN })).toThrow(/geen geldig getal/);
  });

  it('rejects a negative duration and an unknown period', () => {
    expect(() => run({ ...ok, durationMonths: -1 })).toThrow(
      'De looptijd van "Begeleiding" mag niet negatief zijn.',
    );
    expect(() => run({ ...ok, period: 'per-dag' as Period })).toThrow(
      /periode van "Begeleiding" is onbekend/,
    );
  });
});

describe('formatEuro', () => {
  it('writes amounts the Dutch way, with decimals only when there are cents', () => {
    expect(formatEuro(13000)).toBe('€ 13.000');
    expect(formatEuro(1234.5)).toBe('€ 1.234,50');
    expect(formatEuro(0)).toBe('€ 0');
    expect(formatEuro(999)).toBe('€ 999');
    expect(formatEuro(1000)).toBe('€ 1.000');
    expect(formatEuro(1234567.89)).toBe('€ 1.234.567,89');
    expect(formatEuro(0.05)).toBe('€ 0,05');
    expect(formatEuro(0.1 + 0.2)).toBe('€ 0,30');
    expect(formatEuro(19.999)).toBe('€ 20');
    expect(formatEuro(-7000)).toBe('€ -7.000');
    expect(formatEuro(-0.001)).toBe('€ 0');
  });

  it('rejects what is not a finite number', () => {
    expect(() => formatEuro(Number.NaN)).toThrow('Dit is geen geldig bedrag.');
  });
});

describe('calculateRendement with the shipped reference costs', () => {
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(), { today: '2026-12-02' });
  const reference = (id: string) => {
    const e = kb.entries.find((x) => x.id === id);
    if (e?.type !== 'referentiekosten') throw new Error(`no referentiekosten entry ${id}`);
    return e;
  };

  it('weighs the zorgbegeleider against jeugdhulp met verblijf over a year, using the sourced amounts', () => {
    const zbl = reference('lelystad-zorgbegeleider-thuisonderwijs-half-jaar');
    const verblijf = reference('jeugdhulp-met-verblijf-half-jaar');
    // The figures as the Lelystad action research gives them; it calls the avoided stay only possible.
    expect(zbl.meta.bedrag).toBe(13000);
    expect(zbl.meta.periode).toBe('per-half-jaar');
    expect(verblijf.meta.bedrag).toEqual({ min: 22000, max: 56000 });
    expect(verblijf.meta.periode).toBe('per-half-jaar');
    expect(verblijf.meta.soort).toBe('mogelijk-vermeden');

    const r = calculateRendement({
      horizonMonths: 12,
      solution: [
        { label: zbl.meta.titel, amount: zbl.meta.bedrag, period: zbl.meta.periode, sourceId: zbl.id },
      ],
      alternative: [referenceLine(verblijf)],
    });
    expect(r.solution).toEqual({ min: 26000, max: 26000 });
    // Nothing certain on the other side: the possible saving is shown apart, not counted.
    expect(r.alternative).toEqual({ min: 0, max: 0 });
    expect(r.possible).toEqual({ min: 44000, max: 112000 });
    expect(r.difference).toEqual({ min: -26000, max: -26000 });
    expect(r.lines.map((l) => l.explanation)).toEqual([
      '€ 13.000 per half jaar × 2 = € 26.000',
      '€ 22.000 tot € 56.000 per half jaar × 2 = € 44.000 tot € 112.000 (mogelijk vermeden: niet zeker, niet meegeteld in het alternatief en het verschil)',
    ]);
  });

  it('marks every Lelystad avoided cost as possible, as the report calls them potentiële baten', () => {
    const lelystadAvoided = kb.entries.filter(
      (e) =>
        e.type === 'referentiekosten' &&
        e.meta.soort !== 'kosten' &&
        e.meta.bronnen.every((b) => b.bron === 'lelystad-actieonderzoek-maatwerk'),
    );
    expect(lelystadAvoided.length).toBeGreaterThan(0);
    for (const e of lelystadAvoided)
      if (e.type === 'referentiekosten') expect(e.meta.soort, e.id).toBe('mogelijk-vermeden');
  });
});
