/**
 * Hostile content files: each is rejected with `path:line: reason`, none has a side effect, and every
 * valid file beside them still validates.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../kb/content/check';
import { formatProblem } from '../../../kb/content/problems';
import { VALID_VOORBEELD, VALID_WET, withLine } from '../../helpers/entries';

const dir = mkdtempSync(join(tmpdir(), 'mw-hostile-'));
const MARKER = join(dir, 'marker');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const V = VALID_VOORBEELD;
const drop = (prefix: string) => withLine(V, prefix, null);
const set = (prefix: string, line: string) => withLine(V, prefix, line);
const code = `require('node:fs').writeFileSync(${JSON.stringify(MARKER)}, 'x')`;
let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
for (let i = 0; i < 9; i++)
  bomb += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]\n`;

/** [name, file name, text, expected line] */
const CASES: [string, string, string, number][] = [
  ['js front matter', 'a1.md', `---js\n${code}\n---\n`, 1],
  ['javascript front matter', 'a2.md', `---javascript\n${code}\n---\n`, 1],
  ['coffee front matter', 'a3.md', '---coffee\nx = 1\n---\n', 1],
  ['typed yaml opener', 'a4.md', V.replace(/^---/, '--- yaml'), 1],
  ['no front matter', 'a5.md', '# Titel\n\nTekst.\n', 1],
  ['unclosed front matter', 'a6.md', V.replace(/\n---\n\n## Situatie/, '\n\n## Situatie'), 1],
  ['YAML alias bomb', 'a7.md', `---\n${bomb}---\n`, 2],
  ['anchor and alias', 'a8.md', set('trefwoorden:', 'trefwoorden: &t [x]\nzoektermen: *t'), 13],
  ['custom tag', 'a9.md', set('gemeente:', 'gemeente: !!js/function "function(){}"'), 4],
  ['unknown tag', 'a10.md', set('gemeente:', 'gemeente: !nieuw Lelystad'), 4],
  ['duplicate key', 'a11.md', set('gemeente:', 'gemeente: "A"\ngemeente: "B"'), 5],
  ['bad YAML syntax', 'a12.md', set('gemeente:', 'gemeente: "Lelystad'), 4],
  ['tab indentation', 'a13.md', set('  betrokkenheid:', '\tbetrokkenheid: "b"'), 10],
  ['front matter is a list', 'a14.md', '---\n- een\n- twee\n---\n\n## Situatie\n\nx\n', 2],
  ['unknown key', 'a15.md', set('gemeente:', 'gemeente: "Lelystad"\nkleur: blauw'), 5],
  ['unknown nested key', 'a16.md', set('  rendement:', '  rendement: "r"\n  extra: "x"'), 13],
  ['unknown key in a source', 'a17.md', set('    sectie:', '    sectie: "h3"\n    pagina: 4'), 17],
  ['titel a number', 'a18.md', set('titel:', 'titel: 42'), 2],
  ['titel too long', 'a19.md', set('titel:', `titel: "${'x'.repeat(130)}"`), 2],
  ['leefgebieden a string', 'a20.md', set('leefgebieden:', 'leefgebieden: wonen'), 6],
  ['unknown leefgebied', 'a21.md', set('leefgebieden:', 'leefgebieden: [ruimtevaart]'), 6],
  ['unknown law', 'a22.md', set('wetten:', 'wetten: [grondwet]'), 7],
  ['unknown status', 'a23.md', set('status:', 'status: misschien'), 8],
  [
    'negative cost',
    'a24.md',
    set(
      'status:',
      'status: lopend\nkosten:\n  - omschrijving: "x"\n    bedrag: -5\n    periode: eenmalig\n    soort: kosten',
    ),
    11,
  ],
  [
    'unknown period',
    'a25.md',
    set(
      'status:',
      'status: lopend\nkosten:\n  - omschrijving: "x"\n    bedrag: 5\n    periode: per-eeuw\n    soort: kosten',
    ),
    12,
  ],
  ['date not a date', 'a26.md', set('laatst_gecontroleerd:', 'laatst_gecontroleerd: gisteren'), 18],
  [
    'date that does not exist',
    'a27.md',
    set('laatst_gecontroleerd:', 'laatst_gecontroleerd: 2026-02-30'),
    18,
  ],
  ['date in the future', 'a28.md', set('laatst_gecontroleerd:', 'laatst_gecontroleerd: 2099-01-01'), 18],
  ['unknown source', 'a29.md', set('  - bron:', '  - bron: wikipedia'), 15],
  [
    'no sources',
    'a30.md',
    drop('  - bron:').replace('    sectie: "hoofdstuk 3"\n', '').replace('bronnen:\n', 'bronnen: []\n'),
    14,
  ],
  ['missing titel', 'a31.md', drop('titel:'), 1],
  ['missing samenvatting', 'a32.md', drop('samenvatting:'), 1],
  ['missing curator', 'a33.md', drop('curator:'), 1],
  ['missing waardendriehoek', 'a34.md', V.replace(/waardendriehoek:\n( {2}.*\n){3}/, ''), 1],
  ['dangling related id', 'a35.md', set('curator:', 'curator: "Team"\ngerelateerd: [bestaat-niet]'), 18],
  ['related to itself', 'a36.md', set('curator:', 'curator: "Team"\ngerelateerd: [a36]'), 18],
  ['byte-order mark', 'a37.md', `\uFEFF${V}`, 1],
  ['CRLF line endings', 'a38.md', V.replace(/\n/g, '\r\n'), 1],
  ['NUL byte', 'a39.md', V.replace('Tekst.', 'Tek\u0000st.'), 23],
  ['huge file', 'a40.md', V + 'x'.repeat(300 * 1024), 1],
  ['heading 1 in body', 'a41.md', V.replace('## Situatie', '# Situatie'), 21],
  ['text before the first section', 'a42.md', V.replace('\n## Situatie', 'Losse tekst.\n\n## Situatie'), 20],
  ['unknown section', 'a43.md', `${V}\n## Geheim\n\nx\n`, 37],
  ['duplicate section', 'a44.md', `${V}\n## Situatie\n\nnog eens\n`, 37],
  ['missing required section', 'a45.md', V.replace('## Uitkomst\n\nTekst.\n', ''), 20],
  ['empty section', 'a46.md', V.replace('## Uitkomst\n\nTekst.\n', '## Uitkomst\n'), 33],
  ['wrong BWB id for the law', 'wetgeving/b1.md', withLine(VALID_WET, 'bwb:', 'bwb: BWBR0035362'), 6],
  ['BWB id of the wrong form', 'wetgeving/b2.md', withLine(VALID_WET, 'bwb:', 'bwb: BWB123'), 6],
  [
    'link to another site',
    'wetgeving/b3.md',
    withLine(VALID_WET, 'url:', 'url: "https://example.org/wet"'),
    7,
  ],
];

describe('hostile content files', () => {
  const files = [
    ...CASES.map(([, name, text]) => ({ path: name.includes('/') ? name : `voorbeelden/${name}`, text })),
    { path: 'voorbeelden/goed-een.md', text: V },
    { path: 'wetgeving/goed-twee.md', text: VALID_WET },
    { path: 'voorbeelden/Geen_Kebab.md', text: V },
    { path: 'onbekend/iets.md', text: V },
    { path: 'wetgeving/goed-een.md', text: VALID_WET },
  ];
  const result = checkContent(files, { today: '2026-11-23' });
  const messages = result.problems.filter((p) => p.severity === 'error').map(formatProblem);

  it('has at least forty of them', () => {
    expect(CASES.length + 3).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('rejects %s with path:line and a reason', (_name, file, _text, line) => {
    const path = file.includes('/') ? file : `voorbeelden/${file}`;
    const mine = messages.filter((m) => m.startsWith(`${path}:`));
    expect(mine.length).toBeGreaterThan(0);
    expect(
      mine.some((m) => m.startsWith(`${path}:${line}: `)),
      mine.join('\n'),
    ).toBe(true);
    expect(result.entries.some((e) => e.file === path)).toBe(false);
  });

  it('rejects a file name that is not an id, a file in an unknown folder and a duplicate id', () => {
    expect(
      messages.some((m) => m.startsWith('voorbeelden/Geen_Kebab.md:1: ') && m.includes('kebab-case')),
    ).toBe(true);
    expect(messages.some((m) => m.startsWith('onbekend/iets.md:1: ') && m.includes('unknown folder'))).toBe(
      true,
    );
    expect(messages).toContain(
      'wetgeving/goed-een.md:1: duplicate id "goed-een": also used by voorbeelden/goed-een.md',
    );
  });

  it('still validates the good files beside them', () => {
    expect(result.entries.map((e) => e.id).sort()).toEqual(['goed-een', 'goed-twee']);
  });

  it('never runs anything: the marker file the code front matter would write does not exist', () => {
    expect(existsSync(MARKER)).toBe(false);
  });
});
