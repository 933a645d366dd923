import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../kb/content/check';
import { parseEntry } from '../../../kb/content/parse';
import { formatProblem } from '../../../kb/content/problems';
import { VALID_VOORBEELD, VALID_WET, withLine } from '../../helpers/entries';

const P = 'voorbeelden/fietskar.md';
const today = '2026-11-23';

function only(path: string, text: string) {
  const r = parseEntry(path, text);
  return { entry: r.entry, msgs: r.problems.map(formatProblem) };
}

describe('parsing one entry', () => {
  it('accepts a valid case and splits its body into sections', () => {
    const { entry, msgs } = only(P, VALID_VOORBEELD);
    expect(msgs).toEqual([]);
    expect(entry?.id).toBe('fietskar');
    expect(entry?.type).toBe('voorbeeld');
    expect(Object.keys(entry?.sections ?? {})).toEqual(['Situatie', 'Knelpunt', 'Maatwerk', 'Uitkomst']);
  });

  it('rejects code front matter without evaluating it', () => {
    const g = globalThis as { pwned?: boolean };
    delete g.pwned;
    const evil = VALID_VOORBEELD.replace(
      /^---\n/,
      '---js\n{ titel: (globalThis.pwned = true, "x") }\n---\n---\n',
    );
    const { entry, msgs } = only(P, evil);
    expect(entry).toBeNull();
    expect(msgs[0]).toMatch(/^voorbeelden\/fietskar\.md:1: front matter must open with a plain "---" line/);
    expect(g.pwned).toBeUndefined();
  });

  it('reports bad YAML with its line', () => {
    const { msgs } = only(P, withLine(VALID_VOORBEELD, 'gemeente:', 'gemeente: "Lelystad'));
    expect(msgs.length).toBeGreaterThan(0);
    expect(msgs[0]).toMatch(/^voorbeelden\/fietskar\.md:\d+: YAML: /);
  });

  it('reports an unknown field at the line of its key', () => {
    const { msgs } = only(P, withLine(VALID_VOORBEELD, 'gemeente:', 'gemeente: "Lelystad"\nkleur: blauw'));
    expect(msgs).toEqual(['voorbeelden/fietskar.md:5: unknown field "kleur"']);
  });

  it('reports a wrong type at the line of the field', () => {
    const { msgs } = only(P, withLine(VALID_VOORBEELD, 'status:', 'status: 42'));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/^voorbeelden\/fietskar\.md:8: field "status": /);
  });

  it('reports a missing required field', () => {
    const { msgs } = only(P, withLine(VALID_VOORBEELD, 'curator:', null));
    expect(msgs).toEqual(['voorbeelden/fietskar.md:1: missing required field "curator"']);
  });

  it('reports a wrong nested value at the line of the item', () => {
    const { msgs } = only(P, withLine(VALID_VOORBEELD, '  - bron:', '  - bron: wikipedia'));
    expect(msgs[0]).toMatch(/^voorbeelden\/fietskar\.md:15: field "bronnen\.0\.bron": /);
  });

  it('reports a voorbeeldvraag over 120 characters at the line of that item', () => {
    const long = `hoe ${'lang '.repeat(30)}`.trim();
    const text = withLine(
      VALID_VOORBEELD,
      'trefwoorden:',
      `trefwoorden: [x]\nvoorbeeldvragen:\n  - "korte vraag"\n  - "${long}"`,
    );
    const line = text.split('\n').findIndex((l) => l.includes(long)) + 1;
    const { entry, msgs } = only(P, text);
    expect(entry).toBeNull();
    expect(msgs).toEqual([
      expect.stringMatching(new RegExp(`^voorbeelden/fietskar\\.md:${line}: field "voorbeeldvragen\\.1": `)),
    ]);
    expect(only(P, text.replace(long, 'hoe regel ik vervoer')).msgs).toEqual([]);
  });

  it('rejects a duplicate key, a byte-order mark, CRLF line endings and YAML aliases', () => {
    expect(only(P, withLine(VALID_VOORBEELD, 'gemeente:', 'gemeente: "A"\ngemeente: "B"')).msgs[0]).toMatch(
      /:5: YAML: duplicate key/,
    );
    expect(only(P, `\uFEFF${VALID_VOORBEELD}`).msgs).toEqual([
      'voorbeelden/fietskar.md:1: file starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    ]);
    expect(only(P, VALID_VOORBEELD.replace(/\n/g, '\r\n')).msgs).toEqual([
      'voorbeelden/fietskar.md:1: file uses CRLF or CR line endings; use LF only',
    ]);
    const alias = withLine(VALID_VOORBEELD, 'trefwoorden:', 'trefwoorden: &a [x]\nzoektermen: *a');
    expect(only(P, alias).msgs[0]).toMatch(/anchors? (and aliases )?are not allowed/);
  });

  it('rejects unknown, duplicate, missing and empty body sections with their lines', () => {
    const t = VALID_VOORBEELD.replace('## Uitkomst\n\nTekst.\n', '## Uitkomst\n\n## Kleur\n\nblauw\n');
    const { msgs } = only(P, t);
    expect(msgs).toContain('voorbeelden/fietskar.md:33: section "## Uitkomst" is empty');
    expect(msgs).toContain(
      'voorbeelden/fietskar.md:35: unknown section "## Kleur"; allowed: Situatie, Knelpunt, Maatwerk, Uitkomst, Lessen, Let op',
    );
  });

  it('requires the table BWB id and official link for a legal snippet', () => {
    expect(only('wetgeving/kdn.md', VALID_WET).msgs).toEqual([]);
    expect(only('wetgeving/kdn.md', withLine(VALID_WET, 'bwb:', 'bwb: BWBR0035362')).msgs[0]).toMatch(
      /:6: field "bwb": BWBR0035362 is not the BWB id of Participatiewet \(BWBR0015703\)/,
    );
    expect(
      only('wetgeving/kdn.md', withLine(VALID_WET, 'url:', 'url: "https://example.org/x"')).msgs[0],
    ).toMatch(/:7: field "url": must link to wetten.overheid.nl/);
  });

  it('accepts a recorded verification of a legal snippet and rejects a malformed one', () => {
    const verified = (v: string) =>
      withLine(VALID_WET, 'gecontroleerd_op:', `gecontroleerd_op: 2026-11-01\n${v}`);
    const ok =
      'geverifieerd:\n  bron: "https://wetten.overheid.nl/BWBR0015703"\n  datum: 2026-11-01\n  artikelen: ["art. 22a"]';
    expect(only('wetgeving/kdn.md', verified(ok)).msgs).toEqual([]);
    const noArticles = ok.replace('["art. 22a"]', '[]');
    expect(only('wetgeving/kdn.md', verified(noArticles)).msgs.join('\n')).toMatch(
      /geverifieerd\.artikelen.*name at least one verified article/,
    );
    const badDate = ok.replace('2026-11-01', '2026-02-30');
    expect(only('wetgeving/kdn.md', verified(badDate)).msgs.join('\n')).toMatch(
      /geverifieerd\.datum.*not a real date/,
    );
    const extra = `${ok}\n  door: "iemand"`;
    expect(only('wetgeving/kdn.md', verified(extra)).msgs.join('\n')).toMatch(/geverifieerd/);
  });

  it('accepts mogelijk-vermeden as a kind of amount and rejects an unknown kind', () => {
    const ref = (soort: string) =>
      withLine(
        VALID_VOORBEELD,
        'status:',
        `status: gerealiseerd\nkosten:\n  - omschrijving: "Uithuisplaatsing"\n    bedrag: 15000\n    periode: per-half-jaar\n    soort: ${soort}`,
      );
    expect(only(P, ref('vermeden')).msgs).toEqual([]);
    expect(only(P, ref('mogelijk-vermeden')).msgs).toEqual([]);
    expect(only(P, ref('misschien')).msgs.join('\n')).toMatch(/soort/);
  });

  it('rejects a file name that is not a kebab-case id or lies in an unknown folder', () => {
    expect(only('voorbeelden/Fiets_Kar.md', VALID_VOORBEELD).msgs[0]).toMatch(/must be ASCII kebab-case/);
    expect(only('overig/fietskar.md', VALID_VOORBEELD).msgs[0]).toMatch(/unknown folder "overig"/);
  });
});

describe('checking a whole knowledge base', () => {
  it('reports every broken file and still validates the others', () => {
    const files = [
      { path: 'voorbeelden/goed.md', text: VALID_VOORBEELD },
      { path: 'voorbeelden/kapot.md', text: withLine(VALID_VOORBEELD, 'status:', 'status: misschien') },
      {
        path: 'wetgeving/wet-goed.md',
        text: VALID_WET.replace(
          'laatst_gecontroleerd: 2026-11-01',
          'laatst_gecontroleerd: 2026-11-01\ngerelateerd: [bestaat-niet]',
        ),
      },
    ];
    const r = checkContent(files, { today });
    expect(r.entries.map((e) => e.id)).toEqual(['goed']);
    expect(r.problems.filter((p) => p.file === 'voorbeelden/goed.md')).toEqual([]);
    const msgs = r.problems.map(formatProblem);
    expect(msgs.some((m) => m.startsWith('voorbeelden/kapot.md:8: field "status"'))).toBe(true);
    expect(msgs).toContain('wetgeving/wet-goed.md:15: related id "bestaat-niet" does not exist');
  });

  it('rejects a duplicate id across folders', () => {
    const r = checkContent(
      [
        { path: 'voorbeelden/zelfde.md', text: VALID_VOORBEELD },
        { path: 'wetgeving/zelfde.md', text: VALID_WET },
      ],
      { today },
    );
    expect(r.problems.map(formatProblem)).toContain(
      'wetgeving/zelfde.md:1: duplicate id "zelfde": also used by voorbeelden/zelfde.md',
    );
  });

  it('warns about entries last checked more than a year ago', () => {
    const old = withLine(VALID_VOORBEELD, 'laatst_gecontroleerd:', 'laatst_gecontroleerd: 2024-01-01');
    const r = checkContent([{ path: P, text: old }], { today });
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 18 })]);
    expect(r.entries).toHaveLength(1);
  });
});
