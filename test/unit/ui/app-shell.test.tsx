// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../extension/features/app/App';
import { ErrorBoundary } from '../../../extension/features/app/ErrorBoundary';
import { I18nContext } from '../../../extension/features/i18n/context';
import { translator } from '../../../extension/features/i18n/messages';
import { parseOrigin } from '../../../extension/features/settings/use-origins';
import { type PackRecord, PanelDb } from '../../../extension/features/storage/db';
import { checkContent } from '../../../kb/content/check';
import { buildIndex } from '../../../kb/search/build-index';
import { VALID_VOORBEELD } from '../../helpers/entries';
import { fakePlatform } from '../../helpers/fake-platform';

const { entries } = checkContent([{ path: 'voorbeelden/fietskar-case.md', text: VALID_VOORBEELD }], {
  today: '2026-11-23',
});
const asset = buildIndex(entries, [], {});
let n = 0;
const freshDb = () => new PanelDb(`shell-${++n}`);
const pack = (name: string): PackRecord => ({
  name,
  version: '1.0.0',
  checksum: 'x',
  importedAt: 1,
  entries: [],
});

afterEach(cleanup);

describe('the panel shell', () => {
  it('keeps settings and removing a pack reachable when the knowledge base fails to load', async () => {
    const db = freshDb();
    await db.packs.add(pack('kapot-pakket'));
    const { platform } = fakePlatform({
      ...asset,
      quick: { ...asset.quick, manifest: { ...asset.quick.manifest, schemaVersion: 999 } },
    });
    render(<App platform={platform} db={db} />);
    await screen.findByText(/kon niet worden geladen/);
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    await screen.findByRole('heading', { name: 'Instellingen' });
    const item = await waitFor(() => {
      const li = document.querySelector('[data-pack="kapot-pakket"]');
      expect(li).not.toBeNull();
      return li as HTMLElement;
    });
    fireEvent.click(item.querySelector('button') as HTMLButtonElement);
    await waitFor(() => expect(document.querySelector('[data-pack="kapot-pakket"]')).toBeNull());
    expect(await db.packs.count()).toBe(0);
  });

  it('shows a failed view as a message with the way to settings and the packs to remove', async () => {
    const db = freshDb();
    await db.packs.add(pack('oorzaak'));
    const onSettings = vi.fn();
    const Broken = () => {
      throw new Error('stuk');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nContext.Provider value={translator('nl')}>
        <ErrorBoundary
          db={db}
          packs={{ packs: await db.packs.toArray(), refresh: () => undefined }}
          onSettings={onSettings}
        >
          <Broken />
        </ErrorBoundary>
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('stuk');
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    expect(onSettings).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder' }));
    await waitFor(async () => expect(await db.packs.count()).toBe(0));
  });
});

describe('an address typed for direct insertion', () => {
  it('is reduced to its origin when it is https or local', () => {
    expect(parseOrigin('  https://casus.gemeente.nl/dossier/12?x=1  ')).toBe('https://casus.gemeente.nl');
    expect(parseOrigin('http://localhost:3000/')).toBe('http://localhost:3000');
    expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });
  it('is refused when it is plain http elsewhere, another scheme, or not an address', () => {
    for (const bad of [
      'http://casus.gemeente.nl',
      'javascript:alert(1)',
      'ftp://x.nl',
      'file:///etc/passwd',
      'casus.gemeente.nl',
      '',
      'https://',
      'http://localhost.evil.nl',
    ])
      expect(parseOrigin(bad)).toBeNull();
  });
});
