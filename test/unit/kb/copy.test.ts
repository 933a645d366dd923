import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinSplitWords, sharedRuns, shingles, words } from '../../../kb/content/copy-check';
import { readKnowledgeBaseFiles } from '../../../scripts/content-files';

const SOURCES = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'sources');
const present = existsSync(SOURCES);
if (!present) console.warn(`copy check skipped: ${SOURCES} does not exist on this machine (it does in CI)`);

describe('the shared-run detector', () => {
  it('finds a run of ten words shared regardless of case and punctuation', () => {
    const set = shingles(
      ['De gemeente en de zorgverzekeraar stopten elk jaar geld in een gezamenlijke pot.'],
      10,
    );
    expect(
      sharedRuns('Zij zei: de Gemeente, en de zorgverzekeraar stopten elk jaar geld in een pot', set, 10),
    ).toHaveLength(1);
    expect(
      sharedRuns('De gemeente stopte samen met de verzekeraar elk jaar geld in één pot.', set, 10),
    ).toEqual([]);
  });
});

describe('the shared-run detector on text extracted from a PDF', () => {
  // The Lelystad report breaks "woningcorporatie" over a line; before the join this run went unseen.
  const pdfLines = [
    'partijen om tafel gaan',
    'zitten. De Wmo-consulent van de gemeente, Werk & Inkomen, de woningcorpo-',
    'ratie en GZZ waren betrokken.',
  ].join('\n');
  const copied =
    'Zij haalde de Wmo-consulent van de gemeente, Werk & Inkomen, de woningcorporatie en anderen erbij.';

  it('joins a word hyphenated across a line break before comparing', () => {
    expect(sharedRuns(copied, shingles([pdfLines], 10), 10)).toEqual([
      'de wmo consulent van de gemeente werk inkomen de woningcorporatie en',
    ]);
  });
  it('joins words split by soft hyphens, in the source and in the content', () => {
    const source =
      'De woning\u00ADcorporatie bood na veel gesprekken versneld een ruimere woning aan het gezin.';
    const set = shingles([source], 10);
    expect(
      sharedRuns('De woningcorporatie bood na veel gesprekken versneld een ruimere woning aan.', set, 10),
    ).toHaveLength(1);
    expect(
      sharedRuns(
        'De woning\u00ADcorporatie bood na veel gesprekken versneld een ruimere woning aan.',
        set,
        10,
      ),
    ).toHaveLength(1);
  });
  it('still finds a real compound broken at its own hyphen, written with the hyphen', () => {
    const source =
      'Daarna zijn de Wmo-\nconsulent en de wijkcoach samen met het gezin gaan zitten om te praten.';
    expect(
      sharedRuns(
        'de Wmo-consulent en de wijkcoach samen met het gezin gaan zitten',
        shingles([source], 10),
        10,
      ),
    ).toHaveLength(1);
  });
  it('joins only a hyphen at a line end followed by a lowercase letter', () => {
    expect(joinSplitWords('woningcorpo-\nratie')).toBe('woningcorporatie');
    expect(joinSplitWords('woningcorpo-  \r\n  ratie')).toBe('woningcorporatie');
    expect(joinSplitWords('Wmo-\nConsulent')).toBe('Wmo-\nConsulent');
    expect(joinSplitWords('tot 2021 -\nen verder')).toBe('tot 2021 -\nen verder');
    expect(joinSplitWords('zorg- en welzijn')).toBe('zorg- en welzijn');
    expect(words('woning\u00ADcorporatie')).toEqual(['woningcorporatie']);
  });
});

describe.skipIf(!present)('the knowledge base against ../shared/sources', () => {
  it('shares no run of ten or more words with any source, in the entries or the data files beside them', () => {
    const texts = readdirSync(SOURCES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SOURCES, f), 'utf8'));
    const set = shingles(texts, 10);
    const { entries, ...side } = readKnowledgeBaseFiles();
    const files = [...entries, ...Object.values(side).filter((f) => f !== undefined)];
    expect(files.map((f) => f.path)).toContain('zoekvragen.yaml');
    const copied = files.flatMap((f) => sharedRuns(f.text, set, 10).map((r) => `${f.path}: ${r}`));
    expect(copied).toEqual([]);
  });
});
