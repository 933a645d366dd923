import { describe, expect, it } from 'vitest';
import {
  barChartSvg,
  exportSignals,
  MIN_CELL,
  mergedMarkdown,
  mergeExports,
  type Signal,
  signalAdvice,
  validateSignal,
} from '../../../kb/organisation/signals';

const KNOWN = new Set(['kostendelersnorm', 'schaarste-aan-woonruimte', 'privacy-bij-gegevens-delen']);

function signal(id: string, knelpunt: string, date: string, over: Partial<Signal> = {}): Signal {
  return { id, knelpunt, wet: 'participatiewet', date, status: 'open', ...over };
}

const good = {
  id: 's1',
  knelpunt: 'kostendelersnorm',
  wet: 'participatiewet',
  date: '2025-02-28',
  status: 'open',
};

describe('validateSignal', () => {
  it('accepts a signal with exactly the five fields', () => {
    expect(validateSignal(good, KNOWN)).toEqual(good);
  });

  it('rejects an extra key such as a name or a note, with a Dutch message', () => {
    for (const extra of [{ naam: 'Jan Jansen' }, { notitie: 'vrije tekst' }, { bsn: '111222333' }]) {
      const r = validateSignal({ ...good, ...extra }, KNOWN);
      expect(typeof r).toBe('string');
      expect(r).toMatch(/niet toegestaan/);
    }
  });

  it('rejects free text in a field', () => {
    expect(typeof validateSignal({ ...good, knelpunt: 'Jan Jansen kon geen woning vinden' }, KNOWN)).toBe(
      'string',
    );
    expect(typeof validateSignal({ ...good, id: 'mevrouw de Vries, Dorpsstraat 12' }, KNOWN)).toBe('string');
    expect(typeof validateSignal({ ...good, wet: 'de wet van Jan' }, KNOWN)).toBe('string');
  });

  it('rejects a date that is not a real day or not in YYYY-MM-DD form', () => {
    for (const date of [
      '2025-02-29',
      '2025-13-01',
      '2025-04-31',
      '28-02-2025',
      '2025-2-3',
      '2025-02-28T10:00',
    ]) {
      expect(validateSignal({ ...good, date }, KNOWN), date).toMatch(/datum/);
    }
    expect(validateSignal({ ...good, date: '2024-02-29' }, KNOWN)).toEqual({ ...good, date: '2024-02-29' });
  });

  it('rejects an unknown knelpunt, a law not in the law table and an unknown status', () => {
    expect(validateSignal({ ...good, knelpunt: 'bestaat-niet' }, KNOWN)).toBe('Onbekend knelpunt.');
    expect(validateSignal({ ...good, wet: 'wet-op-de-lijkbezorging' }, KNOWN)).toBe('Onbekende wet.');
    expect(validateSignal({ ...good, status: 'gesloten' }, KNOWN)).toMatch(/status/);
  });

  it('rejects missing fields, non-string values and non-objects', () => {
    const { status: _status, ...missing } = good;
    expect(validateSignal(missing, KNOWN)).toMatch(/mist "status"/);
    expect(validateSignal({ ...good, id: 42 }, KNOWN)).toMatch(/tekst/);
    for (const x of [null, 'signaal', [good], 3]) expect(typeof validateSignal(x, KNOWN)).toBe('string');
  });
});

describe('signalAdvice', () => {
  it('suggests escalating a knelpunt logged three times, counting only open signals', () => {
    const signals = [
      signal('a', 'kostendelersnorm', '2025-03-01'),
      signal('b', 'kostendelersnorm', '2025-03-02'),
      signal('c', 'schaarste-aan-woonruimte', '2025-03-03'),
      signal('d', 'schaarste-aan-woonruimte', '2025-03-04'),
      signal('e', 'schaarste-aan-woonruimte', '2025-03-05', { status: 'geescaleerd' }),
    ];
    expect(signalAdvice(signals, '2025-03-10').suggestEscalation).toEqual([]);
    const third = [...signals, signal('f', 'kostendelersnorm', '2025-03-06')];
    expect(signalAdvice(third, '2025-03-10').suggestEscalation).toEqual([
      { knelpunt: 'kostendelersnorm', count: 3 },
    ]);
  });

  it('reminds of an open signal once it is eight weeks (56 days) old, and not a day before', () => {
    const signals = [
      signal('a', 'kostendelersnorm', '2025-01-01'),
      signal('b', 'kostendelersnorm', '2025-01-01', { status: 'geescaleerd' }),
    ];
    expect(signalAdvice(signals, '2025-02-25').reminders).toEqual([]); // 55 days
    expect(signalAdvice(signals, '2025-02-26').reminders).toEqual([
      { id: 'a', knelpunt: 'kostendelersnorm', days: 56 },
    ]);
    expect(signalAdvice(signals, '2025-06-01').reminders.map((r) => r.id)).toEqual(['a']);
  });

  it('lists the oldest reminder first', () => {
    const signals = [
      signal('new', 'kostendelersnorm', '2025-01-20'),
      signal('old', 'kostendelersnorm', '2024-12-01'),
    ];
    expect(signalAdvice(signals, '2025-04-01').reminders.map((r) => r.id)).toEqual(['old', 'new']);
  });

  it('refuses a today that is not a date', () => {
    expect(() => signalAdvice([], '2025-02-30')).toThrow(/datum/);
  });
});

describe('exportSignals', () => {
  const signals = [
    signal('sig-7f3a', 'kostendelersnorm', '2025-03-01'),
    signal('sig-8b21', 'kostendelersnorm', '2025-03-17', { status: 'geescaleerd' }),
    signal('sig-8b22', 'kostendelersnorm', '2025-03-20'),
    signal('sig-8b23', 'kostendelersnorm', '2025-03-24'),
    signal('sig-9c44', 'kostendelersnorm', '2025-04-02'),
    signal('sig-9c45', 'kostendelersnorm', '2025-04-03'),
    signal('sig-9c46', 'kostendelersnorm', '2025-04-04'),
    signal('sig-1d09', 'schaarste-aan-woonruimte', '2025-03-09', { wet: 'wmo' }),
  ];
  const { csv, markdown, suppressed } = exportSignals(signals, { today: '2025-04-15' });

  it('writes only counts per knelpunt, law and month as RFC 4180 CSV', () => {
    expect(csv).toBe(
      'knelpunt,wet,maand,aantal\r\n' +
        'kostendelersnorm,participatiewet,2025-03,4\r\n' +
        'kostendelersnorm,participatiewet,2025-04,3\r\n',
    );
  });

  it('writes the same counts as a markdown table called aggregated', () => {
    expect(markdown).toContain('# Signalen: geaggregeerde telling');
    expect(markdown).not.toMatch(/anoniem/);
    expect(markdown).toContain('| knelpunt | wet | maand | aantal |');
    expect(markdown).toContain('| kostendelersnorm | participatiewet | 2025-03 | 4 |');
    expect(markdown).toContain('Totaal: 7 signalen.');
  });

  it('suppresses every cell of fewer than three signals and says how many signals it left out', () => {
    expect(MIN_CELL).toBe(3);
    expect(suppressed).toBe(1);
    for (const text of [csv, markdown]) expect(text).not.toContain('schaarste-aan-woonruimte');
    expect(markdown).toContain('Cellen met minder dan 3 signalen zijn weggelaten (1 signaal in totaal).');
    // A single case in a month, the cell that could point at one person, never leaves the device.
    const one = exportSignals([signal('a', 'kostendelersnorm', '2025-03-01')], { today: '2025-04-15' });
    expect(one.csv).toBe('knelpunt,wet,maand,aantal\r\n');
    const two = exportSignals(
      [signal('a', 'kostendelersnorm', '2025-03-01'), signal('b', 'kostendelersnorm', '2025-03-02')],
      { today: '2025-04-15' },
    );
    expect(two.csv).toBe('knelpunt,wet,maand,aantal\r\n');
    expect(two.suppressed).toBe(2);
  });

  it('contains no signal ids, no day-level dates and no status', () => {
    for (const text of [csv, markdown]) {
      for (const s of signals) expect(text).not.toContain(s.id);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/open|geescaleerd/);
    }
  });

  it('round-trips through mergeExports', () => {
    expect(mergeExports([{ name: 'eigen.csv', text: csv }]).rows).toEqual([
      { knelpunt: 'kostendelersnorm', wet: 'participatiewet', maand: '2025-03', aantal: 4 },
      { knelpunt: 'kostendelersnorm', wet: 'participatiewet', maand: '2025-04', aantal: 3 },
    ]);
  });

  it('leaves out a signal whose fields are not ids rather than copying its text', () => {
    const bad = signal('x', 'Jan Jansen, Dorpsstraat 12', '2025-03-01');
    const out = exportSignals([bad], { today: '2025-04-15' });
    expect(out.csv).toBe('knelpunt,wet,maand,aantal\r\n');
    expect(out.markdown).not.toContain('Jansen');
  });
});

describe('mergeExports', () => {
  const alice =
    'knelpunt,wet,maand,aantal\r\nkostendelersnorm,participatiewet,2025-03,2\r\nschaarste-aan-woonruimte,wmo,2025-03,1\r\n';
  const bob =
    'knelpunt,wet,maand,aantal\nkostendelersnorm,participatiewet,2025-03,5\nkostendelersnorm,participatiewet,2025-04,1\n';

  it('sums the counts of several exports', () => {
    const r = mergeExports([
      { name: 'alice.csv', text: alice },
      { name: 'bob.csv', text: bob },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.rows).toEqual([
      { knelpunt: 'kostendelersnorm', wet: 'participatiewet', maand: '2025-03', aantal: 7 },
      { knelpunt: 'kostendelersnorm', wet: 'participatiewet', maand: '2025-04', aantal: 1 },
      { knelpunt: 'schaarste-aan-woonruimte', wet: 'wmo', maand: '2025-03', aantal: 1 },
    ]);
  });

  it('rejects malformed files whole, with a reason, and still merges the good ones', () => {
    const bad = {
      'kop.csv': 'knelpunt;wet;maand;aantal\nkostendelersnorm;wmo;2025-03;1\n',
      'getal.csv':
        'knelpunt,wet,maand,aantal\nkostendelersnorm,wmo,2025-03,1\nkostendelersnorm,wmo,2025-04,drie\n',
      'kolom.csv': 'knelpunt,wet,maand,aantal\nkostendelersnorm,wmo,2025-03,1,Jan Jansen\n',
      'script.csv': 'knelpunt,wet,maand,aantal\n"<script>alert(1)</script>",wmo,2025-03,1\n',
      'dag.csv': 'knelpunt,wet,maand,aantal\nkostendelersnorm,wmo,2025-03-14,1\n',
      'nul.csv': 'knelpunt,wet,maand,aantal\nkostendelersnorm,wmo,2025-03,0\n',
      'groot.csv': 'knelpunt,wet,maand,aantal\nkostendelersnorm,wmo,2025-03,100001\n',
      'bsn.csv': 'knelpunt,wet,maand,aantal\n111222333,wmo,2025-03,1\n',
      'quote.csv': 'knelpunt,wet,maand,aantal\n"kostendelersnorm,wmo,2025-03,1\n',
      'leeg.csv': '',
    };
    const r = mergeExports([
      { name: 'alice.csv', text: alice },
      ...Object.entries(bad).map(([name, text]) => ({ name, text })),
      { name: 'bob.csv', text: bob },
    ]);
    expect(r.rejected.map((x) => x.name)).toEqual(Object.keys(bad));
    const reason = (name: string) => r.rejected.find((x) => x.name === name)?.reason;
    expect(reason('kop.csv')).toMatch(/kopregel/);
    expect(reason('getal.csv')).toMatch(/regel 3: aantal/);
    expect(reason('kolom.csv')).toMatch(/regel 2: 5 kolommen/);
    expect(reason('script.csv')).toMatch(/regel 2: knelpunt is geen geldige id/);
    expect(reason('dag.csv')).toMatch(/maand/);
    expect(reason('nul.csv')).toMatch(/aantal/);
    expect(reason('groot.csv')).toMatch(/100000/);
    expect(reason('bsn.csv')).toMatch(/persoonsgegevens/);
    expect(reason('quote.csv')).toMatch(/aanhalingsteken/);
    expect(reason('leeg.csv')).toMatch(/leeg/);
    // A reason never repeats the offending value.
    for (const x of r.rejected) expect(x.reason).not.toMatch(/<script|Jan|111222333/);
    // The good files are merged as if the bad ones were not there.
    expect(r.rows).toEqual(
      mergeExports([
        { name: 'a', text: alice },
        { name: 'b', text: bob },
      ]).rows,
    );
  });

  it('accepts RFC 4180 quoting of a valid field and a trailing blank line', () => {
    const r = mergeExports([
      {
        name: 'q.csv',
        text: '"knelpunt","wet","maand","aantal"\r\n"kostendelersnorm",wmo,2025-03,"4"\r\n\r\n',
      },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.rows).toEqual([{ knelpunt: 'kostendelersnorm', wet: 'wmo', maand: '2025-03', aantal: 4 }]);
  });

  it('rejects a blank line between rows', () => {
    const r = mergeExports([
      { name: 'gat.csv', text: 'knelpunt,wet,maand,aantal\n\nkostendelersnorm,wmo,2025-03,1\n' },
    ]);
    expect(r.rejected[0]?.reason).toMatch(/regel 2: lege regel/);
  });

  it('counts a file identical to an earlier one but reports it as a duplicate', () => {
    const r = mergeExports([
      { name: 'a.csv', text: alice },
      { name: 'kopie.csv', text: alice.replace(/\r\n/g, '\n') },
    ]);
    expect(r.duplicates).toEqual([{ name: 'kopie.csv', sameAs: 'a.csv' }]);
    expect(r.rows[0]?.aantal).toBe(4);
  });
});

describe('mergedMarkdown', () => {
  it('renders the merged counts as a table and neutralises markup in a cell', () => {
    const md = mergedMarkdown([
      { knelpunt: 'kostendelersnorm', wet: 'wmo', maand: '2025-03', aantal: 3 },
      { knelpunt: 'a|<b>', wet: 'wmo', maand: '2025-03', aantal: 4 },
      { knelpunt: 'klein', wet: 'wmo', maand: '2025-03', aantal: 2 },
    ]);
    expect(md).toContain('| kostendelersnorm | wmo | 2025-03 | 3 |');
    expect(md).toContain('| a\\|&lt;b&gt; | wmo | 2025-03 | 4 |');
    expect(md).toContain('Totaal: 7 signalen.');
    // Small cells are suppressed in the merged report too.
    expect(md).not.toContain('klein');
    expect(md).toContain('(2 signalen in totaal)');
  });
});

describe('barChartSvg', () => {
  const rows = [
    { knelpunt: 'kostendelersnorm', wet: 'participatiewet', maand: '2025-03', aantal: 7 },
    { knelpunt: 'kostendelersnorm', wet: 'wmo', maand: '2025-03', aantal: 1 },
    { knelpunt: 'kostendelersnorm', wet: 'participatiewet', maand: '2025-04', aantal: 2 },
    { knelpunt: 'x<script>alert(1)</script>&y', wet: 'wmo', maand: '2025-04', aantal: 1 },
  ];
  const svg = barChartSvg(rows, { title: 'Signalen <Q1> & Q2' });

  it('is a self-contained SVG with an accessible title and no scripts or external references', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="mw-chart-title">Signalen &lt;Q1&gt; &amp; Q2</title>');
    expect(svg).toContain('role="img"');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/href|url\(|<image|<foreignObject|\son\w+=/i);
  });

  it('escapes < and & in every text', () => {
    expect(svg).toContain('x&lt;script&gt;alert(1)&lt;/script&gt;&amp;y');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it('draws one bar group per knelpunt with one bar per month, laws summed', () => {
    expect(svg.match(/<rect /g)?.length).toBe(1 + 3); // background + three bars
    expect(svg).toContain('<title>kostendelersnorm, 2025-03: 8</title>');
    expect(svg).toContain('<title>kostendelersnorm, 2025-04: 2</title>');
  });

  it('says there are no signals when there are none', () => {
    expect(barChartSvg([], { title: 'Leeg' })).toContain('Geen signalen.');
  });
});
