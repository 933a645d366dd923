import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../kb/search/analysis/analyzer';
import { splitCompound } from '../../../kb/search/analysis/compounds';
import { diminutiveBases } from '../../../kb/search/analysis/diminutive';
import { fold } from '../../../kb/search/analysis/fold';
import { stem } from '../../../kb/search/analysis/stem';

const analyzer = createAnalyzer([
  ['pgb', 'persoonsgebonden budget'],
  ['jeugdhulp', 'jeugdzorg'],
  ['statushouder', 'vergunninghouder'],
]);
const terms = (q: string, typing = false) => analyzer.query(q, { typing }).map((t) => t.term);

describe('the Dutch analyzer', () => {
  it('folds diacritics so beëindigen equals beeindigen', () => {
    expect(fold('beëindigen')).toBe('beeindigen');
    expect(fold('Financiële')).toBe('financiele');
    expect(analyzer.documentTerms('beëindigen')).toEqual(analyzer.documentTerms('beeindigen'));
  });

  it('gives fiets and fietsen one stem, and gezin and gezinnen, and huis and huizen', () => {
    expect(stem('fiets')).toBe(stem('fietsen'));
    expect(stem('bakfiets')).toBe(stem('bakfietsen'));
    expect(stem('gezin')).toBe(stem('gezinnen'));
    expect(stem('huis')).toBe(stem('huizen'));
    expect(stem('woning')).toBe(stem('woningen'));
  });

  it('splits the compounds of this domain', () => {
    expect(splitCompound('kinderopvangtoeslag')).toEqual(['kinder', 'opvang', 'toeslag']);
    expect(splitCompound('schuldhulpverlening')).toEqual(['schuld', 'hulp', 'verlening']);
    expect(splitCompound('bijstandsaanvraag')).toEqual(['bijstand', 'aanvraag']);
    expect(splitCompound('jeugdhulpverlening')).toEqual(['jeugd', 'hulp', 'verlening']);
    expect(splitCompound('mantelzorgondersteuning')).toEqual(['mantel', 'zorg', 'ondersteuning']);
    expect(splitCompound('gezin')).toBeNull();
  });

  it('matches a compound written apart and together', () => {
    // A query term matches a document holding the term itself or all of its compound parts.
    const matches = (query: string, text: string) => {
      const doc = new Set(analyzer.documentTerms(text));
      return analyzer
        .query(query)
        .every((t) => doc.has(t.term) || (t.parts?.every((p) => doc.has(p)) ?? false));
    };
    expect(matches('kinderopvang toeslag', 'Zij vroeg kinderopvangtoeslag aan.')).toBe(true);
    expect(matches('kinderopvangtoeslag', 'de toeslag voor kinderopvang')).toBe(true);
    expect(matches('schuldhulpverlening', 'hulp bij schulden')).toBe(false);
    expect(matches('woning aanpassing', 'een woningaanpassing')).toBe(true);
  });

  it('drops the linking s of a compound written apart', () => {
    const a = createAnalyzer([], ['verzorging']);
    expect(a.query('gezins verzorging').map((t) => t.term)).toEqual([stem('gezin'), stem('verzorging')]);
    expect(a.documentTerms('gezinsverzorging')).toEqual(
      expect.arrayContaining([stem('gezin'), stem('verzorging')]),
    );
  });

  it('maps synonyms and abbreviations to one key on both sides', () => {
    expect(terms('pgb')).toEqual(terms('persoonsgebonden budget'));
    expect(analyzer.documentTerms('met een persoonsgebonden budget')).toContain(terms('pgb')[0]);
    expect(analyzer.documentTerms('jeugdzorg thuis')).toContain(terms('jeugdhulp')[0]);
    expect(terms('vergunninghouder')).toEqual(terms('statushouder'));
  });

  it('drops Dutch stop words from queries but keeps a query of only stop words', () => {
    expect(terms('de hulp bij het huishouden')).not.toContain('de');
    expect(terms('het')).toEqual(['het']);
  });

  it('allows typos only on longer words and a prefix on the word being typed', () => {
    const q = analyzer.query('wmo woningaanp', { typing: true });
    expect(q[0]).toMatchObject({ fuzzy: false });
    expect(q.at(-1)).toMatchObject({ prefix: 'woningaanp' });
    expect(analyzer.query('woningaanp ', { typing: true }).at(-1)?.prefix).toBeUndefined();
  });
});

describe('Dutch diminutives in queries', () => {
  it('gives the base words of diminutives, most likely first', () => {
    expect(diminutiveBases('kleintjes')[0]).toBe('klein');
    expect(diminutiveBases('zoontje')[0]).toBe('zoon');
    expect(diminutiveBases('mannetje')[0]).toBe('man');
    expect(diminutiveBases('boompje')[0]).toBe('boom');
    expect(diminutiveBases('huisje')).toEqual(['huis']);
    expect(diminutiveBases('autootje')[0]).toBe('auto');
  });

  it('leaves other words alone', () => {
    for (const w of ['fiets', 'je', 'tje', 'kinderen', 'bijstand', ''])
      expect(diminutiveBases(w)).toEqual([]);
  });
});

describe('words longer than any compound', () => {
  it('looks a pasted word of more than 40 letters up only as it stands: not stemmed, no parts, typos or prefix', () => {
    const long = 'kinderopvangtoeslag'.repeat(3);
    expect(splitCompound('kinderopvangtoeslag')).not.toBeNull();
    expect(splitCompound(long)).toBeNull();
    const [t] = analyzer.query(long, { typing: true });
    expect(t).toMatchObject({ term: long, fuzzy: false });
    expect(analyzer.query('kinderopvangtoeslagen'.repeat(2))[0]?.term).toBe(
      'kinderopvangtoeslagen'.repeat(2),
    );
    expect(t?.parts).toBeUndefined();
    expect(t?.prefix).toBeUndefined();
    // A word of 40 letters is still treated as a word.
    const forty = `${'a'.repeat(35)}hulpx`;
    expect(analyzer.query(forty, { typing: true })[0]).toMatchObject({ fuzzy: true, prefix: forty });
  });
});
