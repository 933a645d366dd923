// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../extension/features/app/App';
import {
  INSERT_TEXT,
  PENDING_QUERY,
  RECENT_SEARCHES,
} from '../../../extension/features/background/session-keys';
import { PanelDb } from '../../../extension/features/storage/db';
import { checkContent } from '../../../kb/content/check';
import { buildIndex } from '../../../kb/search/build-index';
import { VALID_VOORBEELD, VALID_WET } from '../../helpers/entries';
import { fakePlatform } from '../../helpers/fake-platform';

const hostile = VALID_VOORBEELD.replace(
  '## Maatwerk\n\nTekst.',
  '## Maatwerk\n\nEen fietskar <script>window.__xss = 1</script> <img src=x onerror="window.__xss=2"> [klik](javascript:window.__xss=3) en [wet](https://wetten.overheid.nl/BWBR0035362).',
);
const { entries } = checkContent(
  [
    { path: 'voorbeelden/fietskar-case.md', text: hostile },
    { path: 'wetgeving/kostendelersnorm-regel.md', text: VALID_WET },
  ],
  { today: '2026-11-23' },
);
const asset = buildIndex(entries, [['bakfiets', 'transportfiets']], { 'oude-fietskar': 'fietskar-case' });
let n = 0;
const freshDb = () => new PanelDb(`test-${++n}`);

afterEach(cleanup);

describe('the side panel', () => {
  it('searches as you type and shows highlighted results', async () => {
    const { platform } = fakePlatform(asset);
    render(<App platform={platform} db={freshDb()} />);
    const box = await screen.findByRole('combobox');
    fireEvent.input(box, { target: { value: 'fietska' } });
    await waitFor(() => expect(document.querySelector('#results [data-id="fietskar-case"]')).not.toBeNull());
    expect(document.querySelector('#results mark')?.textContent?.toLowerCase()).toContain('fietska');
  });

  it('renders entry markdown without executing or creating raw HTML', async () => {
    const { platform } = fakePlatform(asset);
    render(<App platform={platform} db={freshDb()} />);
    const box = await screen.findByRole('combobox');
    fireEvent.input(box, { target: { value: 'fietskar' } });
    await waitFor(() => expect(document.querySelector('#results [data-id="fietskar-case"]')).not.toBeNull());
    fireEvent.keyDown(box, { key: 'Enter' });
    await screen.findByRole('heading', { name: 'Maatwerk' });
    const article = document.querySelector('article.entry') as HTMLElement;
    expect(article.querySelector('script, img, [onerror]')).toBeNull();
    expect(article.textContent).toContain('<script>');
    const hrefs = [...article.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://wetten.overheid.nl/BWBR0035362');
    expect(hrefs.every((h) => h?.startsWith('https://'))).toBe(true);
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
  });

  it('takes a query handed over by the context menu', async () => {
    const { platform } = fakePlatform(asset);
    render(<App platform={platform} db={freshDb()} />);
    await screen.findByRole('combobox');
    await platform.sessionSet(PENDING_QUERY, { query: 'kostendelersnorm', at: 1 });
    await waitFor(() =>
      expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('kostendelersnorm'),
    );
  });

  it('keeps a favourite across a restart of the panel, also under a renamed id', async () => {
    const db = freshDb();
    const { platform } = fakePlatform(asset);
    const first = render(<App platform={platform} db={db} />);
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'fietskar' } });
    await waitFor(() => expect(document.querySelector('#results [data-id="fietskar-case"]')).not.toBeNull());
    fireEvent.click(document.querySelector('#results [data-id="fietskar-case"]') as Element);
    fireEvent.click(await screen.findByRole('button', { name: /Bewaar als favoriet/ }));
    await screen.findByRole('button', { name: /Verwijder uit favorieten/ });
    first.unmount();
    await db.favourites.put({ id: 'oude-fietskar', addedAt: 1 });
    render(<App platform={platform} db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Favorieten' }));
    const links = await screen.findAllByRole('button', { name: 'Fietskar in plaats van een bakfiets' });
    expect(links.length).toBeGreaterThanOrEqual(1);
  });

  it('prepares a citation for insertion and says only what is true about the clipboard', async () => {
    const { platform, session, copied } = fakePlatform(asset);
    render(<App platform={platform} db={freshDb()} />);
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'kostendelersnorm' } });
    await waitFor(() =>
      expect(document.querySelector('#results [data-id="kostendelersnorm-regel"]')).not.toBeNull(),
    );
    fireEvent.click(document.querySelector('#results [data-id="kostendelersnorm-regel"]') as Element);
    fireEvent.click(await screen.findByRole('button', { name: 'Klaarzetten om in te voegen' }));
    await waitFor(() =>
      expect(session.get(INSERT_TEXT)).toMatch(
        /^Zie Participatiewet, art\. 22a: Kostendelersnorm \(https:\/\/wetten\.overheid\.nl\/BWBR0015703\)$/,
      ),
    );
    // The message mentions the clipboard only when the text really went there.
    await waitFor(() => expect(document.querySelector('.toast')?.textContent).not.toBe(''));
    const said = document.querySelector('.toast')?.textContent ?? '';
    expect(/klembord/i.test(said)).toBe(copied.includes(session.get(INSERT_TEXT) as string));
  });

  it('forgets the recent searches on "Wis al mijn gegevens", in session storage and on the start screen', async () => {
    const { platform, session } = fakePlatform(asset);
    const db = freshDb();
    render(<App platform={platform} db={db} />);
    const box = await screen.findByRole('combobox');
    fireEvent.input(box, { target: { value: 'fietskar' } });
    await waitFor(() => expect(document.querySelector('#results [data-id="fietskar-case"]')).not.toBeNull());
    fireEvent.keyDown(box, { key: 'Enter' });
    await screen.findByRole('heading', { name: 'Maatwerk' });
    await waitFor(() => expect(session.get(RECENT_SEARCHES)).toEqual(['fietskar']));
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: '' } });
    await waitFor(() => expect(document.querySelector('#start-recent')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    const confirm = globalThis.confirm;
    globalThis.confirm = () => true;
    try {
      fireEvent.click(await screen.findByRole('button', { name: 'Wis al mijn gegevens' }));
      await waitFor(() => expect(session.has(RECENT_SEARCHES)).toBe(false));
    } finally {
      globalThis.confirm = confirm;
    }
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    const again = await screen.findByRole('combobox');
    fireEvent.input(again, { target: { value: '' } });
    await waitFor(() => expect(document.querySelector('#start-recent')).toBeNull());
  });

  it('says plainly when the index is of another version', async () => {
    const { platform } = fakePlatform({
      ...asset,
      quick: { ...asset.quick, manifest: { ...asset.quick.manifest, schemaVersion: 999 } },
    });
    render(<App platform={platform} db={freshDb()} />);
    expect(await screen.findByText(/kon niet worden geladen: Index-versie 999/)).toBeTruthy();
  });

  it('speaks English for an English browser', async () => {
    const { platform } = fakePlatform(asset, ['en-US']);
    render(<App platform={platform} db={freshDb()} />);
    expect(await screen.findByRole('button', { name: 'Favourites' })).toBeTruthy();
  });
});
