import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedRuns, shingles } from '../../../kb/content/copy-check';
import { readContentFiles } from '../../../scripts/content-files';

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

describe.skipIf(!present)('the knowledge base against ../shared/sources', () => {
  it('shares no run of ten or more words with any source', () => {
    const texts = readdirSync(SOURCES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(SOURCES, f), 'utf8'));
    const set = shingles(texts, 10);
    const copied = readContentFiles().flatMap((f) =>
      sharedRuns(f.text, set, 10).map((r) => `${f.path}: ${r}`),
    );
    expect(copied).toEqual([]);
  });
});
