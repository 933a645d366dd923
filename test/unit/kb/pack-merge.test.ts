import { describe, expect, it } from 'vitest';
import { runJob } from '../../../extension/features/packs/pack-jobs';
import { buildPack, packChecksum, validatePack } from '../../../kb/organisation/pack';
import {
  bundledFirst,
  compareVersions,
  MAX_TOTAL_PACK_ENTRIES,
  mergePackEntries,
  namespaceOf,
  orderPackHits,
  packNamespace,
  packSize,
  preparePackEntries,
  totalsProblem,
} from '../../../kb/organisation/pack-merge';
import { hostsInText, linkProblem, sanitizePackEntry, stripBidi } from '../../../kb/organisation/pack-safety';
import { buildIndex } from '../../../kb/search/build-index';
import type { StoredEntry } from '../../../kb/search/index-format';
import { loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import { KnowledgeIndex } from '../../../kb/search/search';
import { readKnowledgeBaseFiles } from '../../../scripts/content-files';
import { VALID_VOORBEELD, withLine } from '../../helpers/entries';

const TODAY = '2026-11-23';
const NONE = new Set<string>();

function entry(id: string, edit: (text: string) => string = (t) => t): StoredEntry {
  const { entries, problems } = loadKnowledgeBase(
    { entries: [{ path: `voorbeelden/${id}.md`, text: edit(VALID_VOORBEELD) }] },
    { today: TODAY },
  );
  const e = entries[0];
  if (!e) throw new Error(problems.map((p) => p.message).join('\n'));
  const { file: _f, ...rest } = e;
  return rest as StoredEntry;
}

/** A pack (as parsed JSON) with one entry whose "Maatwerk" section is `maatwerk`. */
function packWith(maatwerk: string, name = 'Gemeente Zwolle') {
  const e = entry('zwolle-fietskar');
  const pack = JSON.parse(
    JSON.stringify(
      buildPack(name, '1', { entries: [{ ...e, sections: { ...e.sections, Maatwerk: maatwerk } }] }),
    ),
  );
  return pack;
}

function errorsOf(pack: object): string[] {
  const r = validatePack({ ...pack, checksum: packChecksum(pack) }, NONE);
  return r.ok ? [] : r.errors;
}

describe('pack ids are namespaced (issue 15 item 4)', () => {
  it('derives the namespace from the pack name and never produces a bundled-looking id', () => {
    expect(packNamespace('Gemeente Zwolle')).toBe('gemeente-zwolle');
    expect(packNamespace('  Súdwest-Fryslân / Wijkteams  ')).toBe('sudwest-fryslan-wijkteams');
    const [e] = preparePackEntries({ name: 'Gemeente Zwolle', entries: [entry('fietskar')] });
    expect(e?.id).toBe('gemeente-zwolle--fietskar');
    // Bundled ids are kebab-case without "--": no bundled release can ever ship this id.
    expect(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e?.id ?? '')).toBe(false);
    expect(namespaceOf('gemeente-zwolle--fietskar')).toBe('gemeente-zwolle');
    expect(namespaceOf('lelystad-fietskar')).toBeNull();
  });

  it('lets two organisations ship the same entry id side by side', () => {
    const a = preparePackEntries({ name: 'Gemeente Zwolle', entries: [entry('fietskar')] });
    const b = preparePackEntries({ name: 'Gemeente Almere', entries: [entry('fietskar')] });
    const merged = mergePackEntries(
      [],
      [
        { name: 'Gemeente Zwolle', entries: a },
        { name: 'Gemeente Almere', entries: b },
      ],
    );
    expect(merged.entries.map((e) => e.id)).toEqual([
      'gemeente-zwolle--fietskar',
      'gemeente-almere--fietskar',
    ]);
    expect(merged.shadowed).toEqual([]);
  });

  it("rewrites links between a pack's own entries and keeps links to bundled entries", () => {
    const own = entry('zwolle-a');
    const b = entry('zwolle-b');
    const linking = {
      ...b,
      meta: { ...b.meta, gerelateerd: ['zwolle-a', 'lelystad-fietskar-in-plaats-van-bakfiets'] },
    } as StoredEntry;
    const out = preparePackEntries({ name: 'Zwolle', entries: [own, linking] });
    expect(out[1]?.meta.gerelateerd).toEqual([
      'zwolle--zwolle-a',
      'lelystad-fietskar-in-plaats-van-bakfiets',
    ]);
  });

  it('merges a pack stored before namespacing whose id a later release ships: bundled wins, the pack entry is shadowed, nothing throws', () => {
    const bundled = [entry('lelystad-fietskar'), entry('andere-casus')];
    // As stored by the previous release: plain ids, one of which the new release now ships too.
    const legacy = { name: 'Oude Pack', entries: [entry('lelystad-fietskar'), entry('eigen-casus')] };
    const merged = mergePackEntries(bundled, [legacy]);
    expect(merged.shadowed).toEqual([{ pack: 'Oude Pack', id: 'lelystad-fietskar' }]);
    expect(merged.entries.map((e) => e.id)).toEqual(['lelystad-fietskar', 'andere-casus', 'eigen-casus']);
    expect(merged.origin.get('eigen-casus')).toBe('Oude Pack');
    expect(merged.origin.has('lelystad-fietskar')).toBe(false);
    // Without the merge this is what made the panel unusable: MiniSearch refuses the duplicate id.
    expect(() => buildIndex([...bundled, ...legacy.entries], [], {})).toThrow(/duplicate ID/);
    expect(() => buildIndex(merged.entries, [], {})).not.toThrow();
  });
});

describe('totals over all packs are capped (issue 15 item 12)', () => {
  it('refuses a pack that would take the total over the cap, and leaves over-cap stored packs out of the merge', () => {
    const one = entry('x');
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...one, id: `p--x-${i}` }) as StoredEntry);
    const size = (n: number) => ({ entryCount: n, bytes: n * 1000 });
    expect(totalsProblem([size(MAX_TOTAL_PACK_ENTRIES - 1)], size(1))).toBeNull();
    expect(totalsProblem([size(MAX_TOTAL_PACK_ENTRIES - 1)], size(2))).toMatch(/at most 10000 are accepted/);
    expect(
      totalsProblem(
        Array.from({ length: 10 }, () => size(1)),
        size(1),
      ),
    ).toMatch(/at most 10 packs/);
    expect(
      totalsProblem([{ entryCount: 1, bytes: 30 * 1048576 }], { entryCount: 1, bytes: 3 * 1048576 }),
    ).toMatch(/at most 32 MB is accepted/);
    expect(packSize([one])).toEqual({ entryCount: 1, bytes: JSON.stringify([one]).length });
    const merged = mergePackEntries(
      [],
      [
        { name: 'A', entries: many(MAX_TOTAL_PACK_ENTRIES) },
        { name: 'B', entries: many(1).map((e) => ({ ...e, id: 'b--y' }) as StoredEntry) },
      ],
    );
    expect(merged.overCap).toEqual(['B']);
    expect(merged.entries).toHaveLength(MAX_TOTAL_PACK_ENTRIES);
  });
});

describe('versions are ordered as people number them', () => {
  it('compares numbers numerically and the rest as text', () => {
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('2026.11', '2026.11.1')).toBe(-1);
    expect(compareVersions('2026-11-23', '2026-11-23')).toBe(0);
    expect(compareVersions('1.0.0-b', '1.0.0-a')).toBe(1);
  });
});

describe('a pack cannot imitate official sources or hide where a link goes (issue 15 item 5)', () => {
  it('refuses link text that shows another host, userinfo tricks and punycode or non-ASCII hosts', () => {
    const refused = [
      '[https://wetten.overheid.nl/BWBR0035362](https://evil.example/wmo)',
      '[wetten.overheid.nl](https://evil.example/)',
      'Zie <https://wetten.overheid.nl@evil.example/BWBR0035362>.',
      '[de wet](https://wetten.overheid.nl@evil.example/)',
      '[de wet](https://xn--wtten-3ve.overheid.nl/)',
      '[de wet](https://wеtten.overheid.nl/)', // Cyrillic е
      '[www.rijksoverheid.nl](mailto:actie@evil.example)',
    ];
    for (const md of refused) {
      const errors = errorsOf(packWith(md));
      expect(errors, md).toHaveLength(1);
      expect(errors[0]).toMatch(/^entry "zwolle-fietskar", section "Maatwerk": link/);
    }
    expect(linkProblem('https://www.zwolle.nl/regeling', 'zwolle.nl')).toBeNull();
    expect(hostsInText('art. 2.3.5 Wmo 2015, versie 1.2.0')).toEqual([]);
  });

  it('accepts honest links and shows the real host after each one', () => {
    const md = 'Lees [de regeling](https://www.zwolle.nl/regeling) en <https://www.zwolle.nl/x>.';
    const pack = packWith(md);
    expect(errorsOf(pack)).toEqual([]);
    const [e] = preparePackEntries(pack);
    expect(e?.sections.Maatwerk).toBe(
      'Lees [de regeling](https://www.zwolle.nl/regeling) (www.zwolle.nl) en <https://www.zwolle.nl/x>.',
    );
  });

  it('strips bidi controls from titles, text and the pack name', () => {
    const pack = packWith('Tekst \u202eesrever\u202c hier.', 'Gemeente \u202eZwolle');
    pack.entries[0].meta.titel = 'Fietskar \u2066via\u2069 buurtfonds';
    const r = validatePack({ ...pack, checksum: packChecksum(pack) }, NONE);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.pack.name).toBe('Gemeente Zwolle');
    const [e] = preparePackEntries(r.pack);
    expect(e?.meta.titel).toBe('Fietskar via buurtfonds');
    expect(e?.sections.Maatwerk).toBe('Tekst esrever hier.');
    expect(stripBidi('a\u200fb\u061cc')).toBe('abc');
  });

  it('reserves official labels and the official-law-text source for the bundled knowledge base', () => {
    expect(errorsOf(packWith('Tekst.', 'Gemeente Zwolle (officieel)'))).toEqual([
      'field "name" may not use "officieel", which is reserved for official sources',
    ]);
    expect(errorsOf(packWith('Tekst.', 'Rijksoverheid'))).toEqual([
      'field "name" may not use "rijksoverheid", which is reserved for official sources',
    ]);
    const titled = packWith('Tekst.');
    titled.entries[0].meta.titel = 'Officiële uitleg van de Wmo';
    expect(errorsOf(titled)).toEqual([
      'entry "zwolle-fietskar": the title may not use "officiele", which is reserved for official sources',
    ]);
    const citing = packWith('Tekst.');
    citing.entries[0].meta.bronnen = [{ bron: 'wettekst', sectie: 'Wmo 2015 art. 2.3.5' }];
    expect(errorsOf(citing)[0]).toMatch(/source "wettekst" \(the official law text\) is reserved/);
  });

  it('bounds keywords: no repeats of the title, at most eight of each kind', () => {
    const e = entry('pgb', (t) =>
      withLine(
        withLine(t, 'titel:', 'titel: "PGB voor vervoer"'),
        'trefwoorden:',
        `trefwoorden: [pgb, PGB, vervoer, ${Array.from({ length: 20 }, (_, i) => `woord${i}`).join(', ')}]`,
      ),
    );
    const s = sanitizePackEntry(e);
    expect(s.meta.trefwoorden).toEqual([
      'woord0',
      'woord1',
      'woord2',
      'woord3',
      'woord4',
      'woord5',
      'woord6',
      'woord7',
    ]);
  });

  it('bounds voorbeeldvragen as keywords: at most eight, none made only of words already seen', () => {
    const vragen = [
      'pgb voor vervoer',
      ...Array.from({ length: 20 }, (_, i) => `hoe regel ik vraag${i} voor een gezin`),
    ];
    const e = entry('pgb', (t) =>
      withLine(
        withLine(t, 'titel:', 'titel: "PGB voor vervoer"'),
        'trefwoorden:',
        `trefwoorden: [pgb]\nvoorbeeldvragen: [${vragen.map((v) => JSON.stringify(v)).join(', ')}]`,
      ),
    );
    expect(e.meta.voorbeeldvragen).toHaveLength(21);
    const s = sanitizePackEntry(e);
    expect(s.meta.voorbeeldvragen).toEqual(vragen.slice(1, 9));
  });
});

describe('bundled entries keep their place beside packs (issue 15 item 5)', () => {
  it('orders pack hits after bundled ones at equal score and holds them to half a page', () => {
    const hits = [
      { id: 'p--a', score: 10 },
      { id: 'bundled-a', score: 10 },
      { id: 'p--b', score: 9 },
      { id: 'p--c', score: 9 },
      { id: 'p--d', score: 9 },
      { id: 'bundled-b', score: 1 },
    ];
    const isPack = (id: string) => id.includes('--');
    expect(orderPackHits(hits, isPack, 4).map((h) => h.id)).toEqual([
      'bundled-a',
      'p--a',
      'p--b',
      'bundled-b',
      'p--c',
      'p--d',
    ]);
    // With no bundled hits left, pack hits fill the page.
    expect(
      orderPackHits(
        hits.filter((h) => isPack(h.id)),
        isPack,
        4,
      ),
    ).toHaveLength(4);
  });

  it("keeps the bundled entries' zoekvragen in the index the Worker merges with a pack", async () => {
    const kb = loadKnowledgeBase(readKnowledgeBaseFiles(), { today: TODAY });
    const bundled = kb.entries.map(({ file: _f, ...e }) => e as StoredEntry);
    const base = buildIndex(bundled, kb.synonyms, kb.renames, kb.knelpunten, kb.related, kb.zoekvragen);
    const baseIndex = KnowledgeIndex.load(base.quick, base.full);
    const pack = buildPack('Gemeente Zwolle', '1', { entries: [entry('zwolle-scootmobielpool')] });
    const m = await runJob({
      kind: 'merge',
      bundled: [...baseIndex.fullEntries()],
      packs: [{ name: 'Gemeente Zwolle', entries: preparePackEntries(pack) }],
      synonyms: base.quick.synonyms,
      renames: base.quick.renames,
      knelpunten: base.quick.knelpunten,
      related: base.quick.related ?? [],
      zoekvragen: baseIndex.fullZoekvragen(),
    });
    expect(Object.keys(kb.zoekvragen).length).toBe(100);
    expect(m.asset.full.zoekvragen).toEqual(base.full.zoekvragen);
    const merged = KnowledgeIndex.load(m.asset.quick, m.asset.full);
    const q = 'oma wil op de kleinkinderen passen maar heeft geen geld voor vervoer';
    expect(merged.search(q, { limit: 5 }).map((h) => h.id)).toEqual(
      baseIndex.search(q, { limit: 5 }).map((h) => h.id),
    );
  });

  it('puts a pack entry holding every query word above a bundled entry holding one, once the full tier is there', () => {
    // Each index scales its scores to its own best hit (exact forms): the two lists meet through an
    // entry both return. Without that, the bundled index's best hit scored 1 however weak it was.
    const kb = loadKnowledgeBase(readKnowledgeBaseFiles(), { today: TODAY });
    const bundled = kb.entries.map(({ file: _f, ...e }) => e as StoredEntry);
    const base = buildIndex(bundled, kb.synonyms, kb.renames, kb.knelpunten, kb.related, kb.zoekvragen);
    const pool = entry('zwolle-scootmobielpool', (t) =>
      withLine(
        withLine(t, 'titel:', 'titel: "Scootmobielpool voor bewoners in Zwolle"'),
        'trefwoorden:',
        'trefwoorden: [scootmobielpool, zwolle, scootmobiel]',
      ),
    );
    const pack = buildPack('Gemeente Zwolle', '1', { entries: [pool] });
    const merged = mergePackEntries(bundled, [
      { name: 'Gemeente Zwolle', entries: preparePackEntries(pack) },
    ]);
    const asset = buildIndex(
      merged.entries,
      kb.synonyms,
      kb.renames,
      kb.knelpunten,
      kb.related,
      kb.zoekvragen,
    );
    const index = bundledFirst(
      KnowledgeIndex.load(asset.quick, asset.full),
      KnowledgeIndex.load(base.quick, base.full),
      (id) => merged.origin.has(id),
    );
    for (const quickOnly of [true, false]) {
      const hits = index.query('scootmobielpool zwolle', { limit: 10, quickOnly }).hits;
      expect(hits[0]?.id, quickOnly ? 'quick tier' : 'full tier').toBe(
        'gemeente-zwolle--zwolle-scootmobielpool',
      );
      expect(index.search('scootmobielpool zwolle', { limit: 10, quickOnly })[0]?.id).toBe(
        'gemeente-zwolle--zwolle-scootmobielpool',
      );
    }
  });

  it('keeps at least half of the top 10 for "pgb" bundled when 40 keyword-stuffed pack entries are added', () => {
    const kb = loadKnowledgeBase(readKnowledgeBaseFiles(), { today: TODAY });
    const bundled = kb.entries.map(({ file: _f, ...e }) => e as StoredEntry);
    // On the entries alone, without the zoekvragen (with them, the bundled hits already hold 5 places
    // in the plain merged list): the harder case for the guard.
    const base = buildIndex(bundled, kb.synonyms, kb.renames, kb.knelpunten, kb.related);
    const bundledHits = KnowledgeIndex.load(base.quick, base.full).search('pgb', { limit: 10 });
    // How many bundled entries match "pgb" depends on the content; at least a page's half here.
    expect(bundledHits.length).toBeGreaterThanOrEqual(5);
    const stuffed = Array.from({ length: 40 }, (_, i) =>
      entry(`pgb-${i}`, (t) =>
        withLine(
          withLine(
            withLine(t, 'titel:', `titel: "PGB pgb persoonsgebonden budget pgb ${i}"`),
            'samenvatting:',
            'samenvatting: "pgb pgb pgb persoonsgebonden budget pgb pgb"',
          ),
          'trefwoorden:',
          'trefwoorden: [pgb, pgb, pgb, persoonsgebonden budget, pgb budget, pgb aanvraag, pgb wmo, pgb jeugd, pgb zorg]',
        ),
      ),
    );
    const pack = buildPack('Spam', '1', { entries: stuffed });
    const merged = mergePackEntries(bundled, [{ name: 'Spam', entries: preparePackEntries(pack) }]);
    const asset = buildIndex(merged.entries, kb.synonyms, kb.renames, kb.knelpunten, kb.related);
    const plain = KnowledgeIndex.load(asset.quick, asset.full);
    const countBundled = (hits: { id: string }[]) => hits.filter((h) => !merged.origin.has(h.id)).length;
    // What the issue measured: the stuffed entries push most bundled hits out of the top 10 (fewer than
    // half stay; with reference costs weighted 0.6 instead of 0.4, 3 of them do).
    expect(countBundled(plain.search('pgb', { limit: 10 }))).toBeLessThan(5);
    const index = bundledFirst(plain, KnowledgeIndex.load(base.quick, base.full), (id) =>
      merged.origin.has(id),
    );
    const top = index.search('pgb', { limit: 10 });
    expect(countBundled(top)).toBe(5);
    expect(top[0]?.id).toBe(bundledHits[0]?.id);
    const shown = index.query('pgb', { limit: 10 });
    expect(countBundled(shown.hits)).toBe(5);
    // The wrapper is still the index for everything else.
    expect(index).toBeInstanceOf(KnowledgeIndex);
    expect(index.hasFull).toBe(true);
    expect(index.get(bundledHits[0]?.id ?? '')?.id).toBe(bundledHits[0]?.id);
  });
});
