// @vitest-environment happy-dom
/**
 * The search view while the list re-ranks (issue 12): the highlighted entry keeps its highlight by id
 * when the full tier arrives, Enter opens that entry, and each hit says which query words it lacks.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type SearchState, SearchView } from '../../../extension/features/search/SearchView';
import { checkContent } from '../../../kb/content/check';
import { buildIndex } from '../../../kb/search/build-index';
import { KnowledgeIndex } from '../../../kb/search/search';
import { VALID_VOORBEELD, withLine } from '../../helpers/entries';

function entry(id: string, titel: string, samenvatting: string, tekst: string) {
  let t = withLine(VALID_VOORBEELD, 'titel:', `titel: "${titel}"`);
  t = withLine(t, 'samenvatting:', `samenvatting: "${samenvatting}"`);
  return {
    path: `voorbeelden/${id}.md`,
    text: t.replace('## Maatwerk\n\nTekst.', `## Maatwerk\n\n${tekst}`),
  };
}

// "quick-first" wins on title and summary; "full-first" wins once the full text counts.
const { entries } = checkContent(
  [
    entry('quick-first', 'Kinderen naar school', 'Een fietskar.', 'Tekst.'),
    entry(
      'full-first',
      'Vervoer van het gezin',
      'Vervoer met een fietskar voor het hele gezin en de kinderen naar de behandeling.',
      'De fietskar, nog een fietskar, de fietskar van het fonds en weer een fietskar en fietskar.',
    ),
  ],
  { today: '2026-11-23' },
);
const asset = buildIndex(entries, [], {});
const index = KnowledgeIndex.load(asset.quick, asset.full);

afterEach(cleanup);

/** The view as the user types `query` into it: shown empty, then the query arrives. */
function view(query: string) {
  const opened: string[] = [];
  const at = (q: string) => (
    <SearchView
      index={index}
      full={true}
      state={{ query: q, filters: {} } satisfies SearchState}
      onState={() => {}}
      onOpen={(id) => opened.push(id)}
    />
  );
  const r = render(at(''));
  r.rerender(at(query));
  return { ...r, opened };
}

const selected = () => document.querySelector('#results [aria-selected=true]')?.getAttribute('data-id');
const tier = () => document.querySelector('#results')?.getAttribute('data-tier');

describe('the search view while results re-rank', () => {
  it('is set up so that the full tier puts another entry first', () => {
    expect(index.search('fietskar', { typing: true, quickOnly: true })[0]?.id).toBe('quick-first');
    expect(index.search('fietskar', { typing: true })[0]?.id).toBe('full-first');
  });

  it('keeps the highlight on the same entry when the full tier re-ranks, and Enter opens it', async () => {
    const { opened } = view('fietskar');
    await waitFor(() => expect(tier()).toBe('quick'));
    expect(selected()).toBe('quick-first');
    await waitFor(() => expect(tier()).toBe('full'), { timeout: 2000 });
    const order = [...document.querySelectorAll('#results [role=option]')].map((e) =>
      e.getAttribute('data-id'),
    );
    expect(order).toEqual(['full-first', 'quick-first']);
    expect(selected()).toBe('quick-first');
    fireEvent.keyDown(document.querySelector('input') as Element, { key: 'Enter' });
    expect(opened).toEqual(['quick-first']);
  });

  it('moves the highlight by arrow keys over the current order and opens what is highlighted', async () => {
    const { opened } = view('fietskar');
    await waitFor(() => expect(tier()).toBe('full'), { timeout: 2000 });
    const input = document.querySelector('input') as Element;
    expect(selected()).toBe('quick-first');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selected()).toBe('full-first');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(opened).toEqual(['full-first']);
  });

  it('shows per hit the query words it lacks', async () => {
    view('fietskar fonds');
    await waitFor(() => expect(tier()).toBe('full'), { timeout: 2000 });
    const lacking = document.querySelector('#results [data-id="quick-first"] .hit-missed');
    expect(lacking?.textContent).toBe('Zonder: fonds');
    expect(document.querySelector('#results [data-id="full-first"] .hit-missed')).toBeNull();
  });

  it('shows the view again with its query as one list, the full one, that does not move under the pointer', async () => {
    const opened: string[] = [];
    render(
      <SearchView
        index={index}
        full={true}
        state={{ query: 'fietskar', filters: {} }}
        onState={() => {}}
        onOpen={(id) => opened.push(id)}
      />,
    );
    // The first list shown is already the full one (before the fix: the quick one, re-ranked 200 ms later).
    await waitFor(() => expect(document.querySelector('#results [role=option]')).not.toBeNull());
    expect(tier()).toBe('full');
    const order = () =>
      [...document.querySelectorAll('#results [role=option]')].map((e) => e.getAttribute('data-id'));
    expect(order()).toEqual(['full-first', 'quick-first']);
    // Past the pause after which a typed query is searched again: nothing re-ranks.
    await new Promise((r) => setTimeout(r, 400));
    expect(tier()).toBe('full');
    expect(order()).toEqual(['full-first', 'quick-first']);
  });
});
