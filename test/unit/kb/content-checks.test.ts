import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../../kb/content/check';
import { extraChecks, personalDataIn, reviewDue } from '../../../kb/content/content-checks';
import { errorsOf, formatProblem } from '../../../kb/content/problems';
import type { Entry } from '../../../kb/content/schema';
import { buildKnowledgeBase, loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import { readKnowledgeBaseFiles } from '../../../scripts/content-files';
import { VALID_VOORBEELD, VALID_WET, withLine } from '../../helpers/entries';

const TODAY = '2026-11-23';

/** Entries valid by schema alone (the extra checks under test come on top of these). */
function load(files: SourceFile[]): Entry[] {
  const kb = checkContent(files, { today: TODAY });
  expect(errorsOf(kb.problems).map(formatProblem)).toEqual([]);
  return kb.entries;
}

function check(files: SourceFile[]): string[] {
  return extraChecks(files, load(files), { today: TODAY }).map(formatProblem);
}

const voorbeeld = (titel: string, samenvatting: string) =>
  withLine(
    withLine(VALID_VOORBEELD, 'titel:', `titel: "${titel}"`),
    'samenvatting:',
    `samenvatting: "${samenvatting}"`,
  );

describe('near-duplicate entries', () => {
  it('warns on the later file when two titles share nearly all their words', () => {
    const files = [
      { path: 'voorbeelden/a.md', text: voorbeeld('Fietskar in plaats van een bakfiets', 'Eerste verhaal.') },
      {
        path: 'voorbeelden/b.md',
        text: voorbeeld('Een fietskar in plaats van een bakfiets', 'Iets anders.'),
      },
    ];
    expect(check(files)).toEqual(['voorbeelden/b.md:2: warning: possible duplicate of a (similar title)']);
  });

  it('folds case and diacritics before comparing titles', () => {
    const files = [
      { path: 'voorbeelden/a.md', text: voorbeeld('Financiële hulp bij een gehoorapparaat', 'Eén.') },
      { path: 'voorbeelden/b.md', text: voorbeeld('FINANCIELE hulp bij een Gehoorapparaat', 'Twee.') },
    ];
    expect(check(files)).toEqual(['voorbeelden/b.md:2: warning: possible duplicate of a (similar title)']);
  });

  it('warns when the summaries are nearly the same even if the titles differ', () => {
    const summary = 'Een gezin krijgt een fietskar omdat een bakfiets niet vergoed werd door de gemeente.';
    const files = [
      { path: 'voorbeelden/a.md', text: voorbeeld('Fietskar voor een gezin', summary) },
      { path: 'voorbeelden/b.md', text: voorbeeld('Vervoer naar school geregeld', `${summary}`) },
    ];
    expect(check(files)).toEqual(['voorbeelden/b.md:3: warning: possible duplicate of a (similar summary)']);
  });

  it('stays quiet for entries that merely share a few words', () => {
    const files = [
      { path: 'voorbeelden/a.md', text: voorbeeld('Fietskar in plaats van een bakfiets', 'Over vervoer.') },
      { path: 'voorbeelden/b.md', text: voorbeeld('Woning in plaats van opvang', 'Over wonen en opvang.') },
      { path: 'wetgeving/c.md', text: withLine(VALID_WET, 'samenvatting:', 'samenvatting: "Over de norm."') },
    ];
    expect(check(files)).toEqual([]);
  });
});

describe('personal data in content files', () => {
  const situatie = (text: string) =>
    VALID_VOORBEELD.replace('## Situatie\n\nTekst.', `## Situatie\n\n${text}`);
  const line = VALID_VOORBEELD.split('\n').indexOf('## Situatie') + 3;

  it('reports a phone number as an error at its line', () => {
    const files = [{ path: 'voorbeelden/a.md', text: situatie('Bel de moeder op 06-12345678.') }];
    expect(check(files)).toEqual([
      `voorbeelden/a.md:${line}: looks like personal data (telefoonnummer): remove it`,
    ]);
  });

  it('reports a BSN, an e-mail address, an address and a birth date, each at its own line', () => {
    const text = situatie(
      'BSN 111222333 staat in het dossier.\nMail j.jansen@example.nl.\nZe woont op Dorpsstraat 12, 1234 AB.\nHij is geboren op 3 maart 1990.',
    );
    expect(check([{ path: 'voorbeelden/a.md', text }])).toEqual([
      `voorbeelden/a.md:${line}: looks like personal data (BSN): remove it`,
      `voorbeelden/a.md:${line + 1}: looks like personal data (e-mailadres): remove it`,
      `voorbeelden/a.md:${line + 2}: looks like personal data (adres): remove it`,
      `voorbeelden/a.md:${line + 3}: looks like personal data (geboortedatum): remove it`,
    ]);
  });

  it('checks the data files beside the entries too', () => {
    const files = [
      { path: 'voorbeelden/a.md', text: VALID_VOORBEELD },
      { path: 'synoniemen.yaml', text: '- [pgb, persoonsgebonden budget]\n- [bel, 020 123 4567]\n' },
    ];
    expect(extraChecks(files, load(files.slice(0, 1)), { today: TODAY }).map(formatProblem)).toEqual([
      'synoniemen.yaml:2: looks like personal data (telefoonnummer): remove it',
    ]);
  });

  it('checks zoekvragen.yaml for personal data, so the build fails naming its line', () => {
    const files = {
      entries: [{ path: 'voorbeelden/a.md', text: VALID_VOORBEELD }],
      zoekvragen: {
        path: 'zoekvragen.yaml',
        text: 'a:\n  - "fiets voor moeder"\n  - "bel mevrouw op 06 12345678"\n',
      },
    };
    const built = buildKnowledgeBase(files, { today: TODAY });
    expect(built.asset).toBeNull();
    expect(errorsOf(built.problems).map(formatProblem)).toEqual([
      'zoekvragen.yaml:3: looks like personal data (telefoonnummer): remove it',
    ]);
    const clean = {
      ...files,
      zoekvragen: { path: 'zoekvragen.yaml', text: 'a:\n  - "fiets voor moeder"\n' },
    };
    expect(buildKnowledgeBase(clean, { today: TODAY }).asset?.full.zoekvragen).toEqual({
      a: ['fiets voor moeder'],
    });
  });

  it('does not repeat the personal data in the message', () => {
    const files = [{ path: 'voorbeelden/a.md', text: situatie('Mail j.jansen@example.nl.') }];
    expect(check(files).join('\n')).not.toContain('jansen');
  });

  it('leaves review dates, dates a law took effect, amounts and a bare postcode alone', () => {
    const text = situatie(
      'Sinds 1 januari 2022 geldt de regel (art. 1.1). Het kostte € 123.456.782 per jaar. Het loket zit in 1234 AB.',
    );
    expect(personalDataIn(text)).toEqual([]);
    expect(check([{ path: 'voorbeelden/a.md', text }])).toEqual([]);
  });

  it('finds no personal data in the shipped knowledge base', () => {
    const files = readKnowledgeBaseFiles();
    const kb = loadKnowledgeBase(files, { today: TODAY });
    const all = [files.synonyms, files.renames, files.knelpunten, ...files.entries].filter(
      (f): f is SourceFile => f !== undefined,
    );
    const problems = extraChecks(all, kb.entries, { today: TODAY });
    expect(errorsOf(problems).map(formatProblem)).toEqual([]);
  });
});

describe('recorded verification of a legal snippet', () => {
  const wet = (artikelen: string, datum = '2026-11-20', bron = 'https://wetten.overheid.nl/BWBR0015703') =>
    withLine(
      VALID_WET,
      'gecontroleerd_op:',
      `gecontroleerd_op: 2026-11-01\ngeverifieerd:\n  bron: "${bron}"\n  datum: ${datum}\n  artikelen: ${artikelen}`,
    );

  it('accepts a verification of the articles the snippet cites, in any spacing or case', () => {
    expect(check([{ path: 'wetgeving/kdn.md', text: wet('["art. 22a"]') }])).toEqual([]);
    expect(check([{ path: 'wetgeving/kdn.md', text: wet('["Art.  22a"]') }])).toEqual([]);
    const title = wet('["art. 22a"]', '2026-11-20', 'Participatiewet - BWBR0015703 - Wetten.nl');
    expect(check([{ path: 'wetgeving/kdn.md', text: title }])).toEqual([]);
  });

  it('rejects a verified article the snippet does not cite', () => {
    expect(check([{ path: 'wetgeving/kdn.md', text: wet('["art. 22a", "art. 35"]') }])).toEqual([
      'wetgeving/kdn.md:9: "geverifieerd" names art. 35, which is not in "artikelen" (art. 22a)',
    ]);
  });

  it('rejects a source address that is not https', () => {
    const http = wet('["art. 22a"]', '2026-11-20', 'http://wetten.overheid.nl/BWBR0015703');
    expect(check([{ path: 'wetgeving/kdn.md', text: http }])).toEqual([
      'wetgeving/kdn.md:9: "geverifieerd.bron" must be an https: address or the title of the page searched',
    ]);
    const js = wet('["art. 22a"]', '2026-11-20', 'javascript:alert(1)');
    expect(check([{ path: 'wetgeving/kdn.md', text: js }])).toHaveLength(1);
  });
});

describe('reviewDue', () => {
  const entry = (path: string, curator: string, checked: string, teControleren?: string): SourceFile => {
    let text = withLine(VALID_VOORBEELD, 'curator:', `curator: "${curator}"`);
    text = withLine(text, 'laatst_gecontroleerd:', `laatst_gecontroleerd: ${checked}`);
    if (teControleren)
      text = withLine(text, 'curator:', `curator: "${curator}"\nte_controleren: "${teControleren}"`);
    const id = path.split('/').pop()?.replace(/\.md$/, '') ?? '';
    return { path, text: withLine(text, 'titel:', `titel: "Titel ${id}"`) };
  };

  it('groups stale and flagged entries by curator, sorted by name and file', () => {
    const entries = load([
      entry('voorbeelden/d.md', 'Team Zorg', '2024-01-01', 'Bedrag nakijken'),
      entry('voorbeelden/a.md', 'Team Zorg', '2026-06-01', 'Bron onduidelijk'),
      entry('voorbeelden/c.md', 'Anna', '2025-11-22'),
      entry('voorbeelden/b.md', 'Anna', '2026-11-01'),
    ]);
    expect(reviewDue(entries, TODAY)).toEqual([
      {
        curator: 'Anna',
        items: [
          {
            id: 'c',
            file: 'voorbeelden/c.md',
            reason: 'verouderd',
            detail: 'last checked 2025-11-22 (366 days ago)',
          },
        ],
      },
      {
        curator: 'Team Zorg',
        items: [
          { id: 'a', file: 'voorbeelden/a.md', reason: 'te controleren', detail: 'Bron onduidelijk' },
          { id: 'd', file: 'voorbeelden/d.md', reason: 'te controleren', detail: 'Bedrag nakijken' },
          {
            id: 'd',
            file: 'voorbeelden/d.md',
            reason: 'verouderd',
            detail: 'last checked 2024-01-01 (1057 days ago)',
          },
        ],
      },
    ]);
  });

  it('takes the number of days as the limit', () => {
    const entries = load([entry('voorbeelden/b.md', 'Anna', '2026-11-01')]);
    expect(reviewDue(entries, TODAY, 30)).toEqual([]);
    expect(reviewDue(entries, TODAY, 21).map((g) => g.items.map((i) => i.reason))).toEqual([['verouderd']]);
  });

  it('returns nothing when every entry is recent and unflagged', () => {
    expect(reviewDue(load([entry('voorbeelden/b.md', 'Anna', '2026-11-20')]), TODAY)).toEqual([]);
  });
});
