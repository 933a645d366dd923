import { describe, expect, it } from 'vitest';
import { errorsOf, formatProblem } from '../../../kb/content/problems';
import {
  buildPack,
  MAX_PACK_BYTES,
  MAX_PACK_ENTRIES,
  type Pack,
  packChecksum,
  parsePackText,
  validatePack,
} from '../../../kb/organisation/pack';
import { preparePackEntries } from '../../../kb/organisation/pack-merge';
import type { StoredEntry } from '../../../kb/search/index-format';
import { loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import { readKnowledgeBaseFiles } from '../../../scripts/content-files';
import { VALID_VOORBEELD, VALID_WET, withLine } from '../../helpers/entries';

const TODAY = '2026-11-23';
const NONE = new Set<string>();

const kb = loadKnowledgeBase(
  {
    entries: [
      { path: 'voorbeelden/testgemeente-fietskar.md', text: VALID_VOORBEELD },
      {
        path: 'wetgeving/testgemeente-kostendelersnorm.md',
        // A pack may not cite the official law text itself (reserved for bundled entries, pack-safety.ts).
        text: withLine(
          withLine(
            withLine(VALID_WET, 'titel:', 'titel: "Kostendelersnorm in Testgemeente"'),
            'samenvatting:',
            'samenvatting: "Hoe Testgemeente de norm toepast."',
          ),
          '  - bron: wettekst',
          '  - bron: lelystad-actieonderzoek-maatwerk',
        ),
      },
    ],
  },
  { today: TODAY },
);

/** A fresh, valid pack as parsed JSON (a plain object anyone may mutate). */
function packJson(): Record<string, unknown> & { entries: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(buildPack('Testgemeente', '1.0.0', kb, { createdFor: 'Testgemeente' })));
}

/** Recomputes the checksum after a deliberate change, so only the change itself is judged. */
function reseal<T extends object>(pack: T): T {
  return { ...pack, checksum: packChecksum(pack) };
}

function errorsFor(input: unknown, existing: ReadonlySet<string> = NONE): string[] {
  let r: ReturnType<typeof validatePack> | undefined;
  expect(() => {
    r = validatePack(input, existing);
  }).not.toThrow();
  if (!r || r.ok) throw new Error('expected the pack to be rejected');
  expect(r.errors.length).toBeGreaterThan(0);
  return r.errors;
}

describe('a valid pack', () => {
  it('is built from loaded entries, sorted by id, without file paths', () => {
    expect(errorsOf(kb.problems).map(formatProblem)).toEqual([]);
    const pack = buildPack('Testgemeente', '1.0.0', kb);
    expect(pack.format).toBe('maatwerkwijzer-pack');
    expect(pack.packVersion).toBe(2);
    expect(pack.checksum).toMatch(/^[0-9a-f]{16}$/);
    expect(pack.entries.map((e) => e.id)).toEqual(['testgemeente-fietskar', 'testgemeente-kostendelersnorm']);
    expect(pack.entries.every((e) => !('file' in e))).toBe(true);
    expect('createdFor' in pack).toBe(false);
  });

  it('round-trips through JSON text and through a parsed object', () => {
    const pack = buildPack('Testgemeente', '1.0.0', kb, { createdFor: 'Wijkteam Noord' });
    const text = JSON.stringify(pack);
    const fromText = validatePack(text, NONE);
    expect(fromText).toEqual({ ok: true, pack });
    expect(validatePack(JSON.parse(text), NONE)).toEqual({ ok: true, pack });
  });

  it('has a checksum that does not depend on key order', () => {
    const pack = packJson();
    const reordered = Object.fromEntries(Object.entries(pack).reverse());
    expect(validatePack(reordered, NONE).ok).toBe(true);
  });
});

describe('a corrupted pack is rejected with a clear reason, never by throwing', () => {
  it('rejects a bad checksum', () => {
    const pack = packJson();
    (pack.entries[0]?.meta as { titel: string }).titel = 'Iets anders';
    expect(errorsFor(pack)).toEqual([
      expect.stringMatching(/^checksum mismatch: the pack is damaged or was edited/),
    ]);
  });

  it('rejects truncated JSON', () => {
    const text = JSON.stringify(packJson());
    expect(errorsFor(text.slice(0, Math.floor(text.length / 2)))).toEqual([
      expect.stringMatching(/^pack is not valid JSON \(is the file complete\?\)/),
    ]);
    expect(errorsFor('')).toEqual(['pack file is empty']);
  });

  it('rejects another format or an unsupported version', () => {
    expect(errorsFor(reseal({ ...packJson(), packVersion: 3 }))).toEqual([
      'unsupported pack version 3: this version of Maatwerkwijzer reads packVersion 1 and 2',
    ]);
    // A pack made before signing existed (packVersion 1) is still read.
    expect(validatePack(reseal({ ...packJson(), packVersion: 1 }), NONE).ok).toBe(true);
    expect(errorsFor(reseal({ ...packJson(), format: 'maatwerkwijzer-index' }))[0]).toMatch(
      /^not a knowledge pack: format is "maatwerkwijzer-index"/,
    );
    const { packVersion: _v, ...noVersion } = packJson();
    expect(errorsFor(reseal(noVersion))).toEqual(['field "packVersion" is missing']);
  });

  it('rejects an extra top-level field', () => {
    expect(errorsFor(reseal({ ...packJson(), script: 'alert(1)' }))).toEqual([
      'unknown top-level field "script"',
    ]);
  });

  it('rejects a duplicate id inside the pack', () => {
    const pack = packJson();
    pack.entries.push(structuredClone(pack.entries[0] as Record<string, unknown>));
    expect(errorsFor(reseal(pack))).toEqual([
      'entry "testgemeente-fietskar" appears more than once in the pack',
    ]);
  });

  it('accepts an id the bundled knowledge base also uses: the panel namespaces it by the pack name', () => {
    const bundled = loadKnowledgeBase(readKnowledgeBaseFiles(), { today: TODAY });
    const existing = new Set(bundled.entries.map((e) => e.id));
    const pack = packJson();
    (pack.entries[0] as { id: string }).id = 'lelystad-fietskar-in-plaats-van-bakfiets';
    expect(existing.has('lelystad-fietskar-in-plaats-van-bakfiets')).toBe(true);
    const r = validatePack(reseal(pack), existing);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const ids = preparePackEntries(r.pack).map((e) => e.id);
    expect(ids).toContain('testgemeente--lelystad-fietskar-in-plaats-van-bakfiets');
    expect(ids.some((id) => existing.has(id))).toBe(false);
  });

  it('rejects __proto__, constructor and prototype keys anywhere', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify(packJson()).replace('"titel":', `"${key}":{"x":1},"titel":`);
      expect(errorsFor(text)).toEqual([`pack.entries[0].meta: forbidden key "${key}"`]);
    }
    expect(errorsFor('{"__proto__": {"polluted": true}}')).toEqual(['pack: forbidden key "__proto__"']);
  });

  it('never pollutes Object.prototype', () => {
    const payload =
      '{"__proto__": {"polluted": true}, "entries": [{"constructor": {"prototype": {"polluted": true}}}]}';
    errorsFor(payload);
    errorsFor(JSON.parse(payload));
    expect(parsePackText(payload).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects nesting 30 levels deep', () => {
    let deep: unknown = 'bodem';
    for (let i = 0; i < 30; i++) deep = [deep];
    const pack = packJson();
    (pack.entries[0]?.meta as Record<string, unknown>).trefwoorden = deep;
    const errors = errorsFor(reseal(pack));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/nested more than 20 levels deep$/);
  });

  it('rejects text larger than the limit, counted in UTF-8 bytes', () => {
    const padded = `${JSON.stringify(packJson())}${' '.repeat(MAX_PACK_BYTES)}`;
    expect(errorsFor(padded)).toEqual([
      expect.stringMatching(/^pack is too large: .* at most 16 MB is accepted$/),
    ]);
    // Fewer characters than the limit, but more bytes: é is two bytes in UTF-8.
    const wide = `"${'é'.repeat(MAX_PACK_BYTES / 2 + 1)}"`;
    expect(wide.length).toBeLessThan(MAX_PACK_BYTES);
    expect(parsePackText(wide)).toEqual({ ok: false, errors: [expect.stringMatching(/^pack is too large/)] });
  });

  it('rejects more entries than the limit', () => {
    const pack = packJson();
    pack.entries = Array.from({ length: MAX_PACK_ENTRIES + 1 }, () => ({}));
    expect(errorsFor(reseal(pack))).toEqual([
      `pack has ${MAX_PACK_ENTRIES + 1} entries; at most 5000 are accepted`,
    ]);
  });

  it('validates every entry with the content schemas', () => {
    const pack = packJson();
    const [first, second] = pack.entries as [Record<string, unknown>, Record<string, unknown>];
    (first.meta as Record<string, unknown>).status = 'misschien';
    (first.sections as Record<string, unknown>).Kleur = 'blauw';
    first.id = 'Geen Id';
    (second.meta as Record<string, unknown>).bwb = 'BWBR0035362';
    second.sections = { 'Wat de wet regelt': 42 };
    const errors = errorsFor(reseal(pack));
    expect(errors).toEqual(
      expect.arrayContaining([
        'entries[0]: field "id" must be an ASCII kebab-case id (a-z, 0-9, -)',
        expect.stringMatching(/^entries\[0\]: unknown section "Kleur"/),
        expect.stringMatching(/^entries\[0\]: field "meta\.status": /),
        'entry "testgemeente-kostendelersnorm": section "Wat de wet regelt" must be text',
        'entry "testgemeente-kostendelersnorm": missing required section "Ruimte voor maatwerk"',
        'entry "testgemeente-kostendelersnorm": field "meta.bwb" must be BWBR0015703 for Participatiewet',
      ]),
    );
  });

  it('rejects a link to an entry that exists neither in the pack nor in the knowledge base', () => {
    const pack = packJson();
    (pack.entries[0]?.meta as Record<string, unknown>).gerelateerd = [
      'nergens',
      'testgemeente-kostendelersnorm',
    ];
    expect(errorsFor(reseal(pack))).toEqual([
      'entry "testgemeente-fietskar": related id "nergens" does not exist',
    ]);
    expect(validatePack(reseal(pack), new Set(['nergens'])).ok).toBe(true);
  });

  it('answers anything that is not a pack without throwing', () => {
    const cyclic: Record<string, unknown> = { format: 'maatwerkwijzer-pack' };
    cyclic.self = cyclic;
    const throwing = {
      get format(): string {
        throw new Error('boom');
      },
    };
    for (const input of [null, undefined, 42, 'null', '[]', [], {}, cyclic, throwing, new Date(), () => 1]) {
      errorsFor(input);
    }
  });
});

describe('what a validated pack holds', () => {
  it('is made of validated copies, not the input objects', () => {
    const input = packJson();
    const r = validatePack(input, NONE);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const pack: Pack = r.pack;
    const entry: StoredEntry | undefined = pack.entries[0];
    expect(entry).not.toBe(input.entries[0]);
    expect(entry?.meta).not.toBe(input.entries[0]?.meta);
  });
});
