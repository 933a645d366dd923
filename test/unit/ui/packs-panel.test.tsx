// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Every pack job the panel runs (open, merge), counted; the real implementation runs them. */
const jobs: string[] = [];
vi.mock('../../../extension/features/packs/worker-client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../extension/features/packs/worker-client')>();
  return {
    runPackJob: (job: { kind: string }) => {
      jobs.push(job.kind);
      return real.runPackJob(job as never);
    },
  };
});

import { App } from '../../../extension/features/app/App';
import type { StoredPack } from '../../../extension/features/packs/packs';
import { exportData, importData } from '../../../extension/features/storage/backup';
import { PanelDb } from '../../../extension/features/storage/db';
import { store } from '../../../extension/features/storage/store';
import { checkContent } from '../../../kb/content/check';
import { buildPack, MAX_PACK_BYTES } from '../../../kb/organisation/pack';
import { signPack, toBase64 } from '../../../kb/organisation/signing';
import { buildIndex } from '../../../kb/search/build-index';
import { VALID_VOORBEELD, withLine } from '../../helpers/entries';
import { fakePlatform } from '../../helpers/fake-platform';

const TODAY = '2026-11-23';
const bundled = checkContent([{ path: 'voorbeelden/fietskar-case.md', text: VALID_VOORBEELD }], {
  today: TODAY,
});
const asset = buildIndex(bundled.entries, [], {});
const zwolle = checkContent(
  [
    {
      path: 'voorbeelden/zwolle-scootmobiel.md',
      text: withLine(
        withLine(VALID_VOORBEELD, 'titel:', 'titel: "Scootmobiel via het buurtfonds"'),
        'trefwoorden:',
        'trefwoorden: [scootmobiel, buurtfonds]',
      ),
    },
  ],
  { today: TODAY },
).entries;

const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
  'sign',
  'verify',
])) as CryptoKeyPair;
const PUBLIC = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
const PRIVATE = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
const LABEL = 'Gemeente Lelystad kwaliteitsteam';
const POLICY = { pakketSleutels: [{ naam: LABEL, sleutel: PUBLIC }], pakketHandtekeningVerplicht: true };

const unsigned = JSON.stringify(buildPack('Gemeente Zwolle', '2026.11', { entries: zwolle }));
const signed = JSON.stringify(await signPack(JSON.parse(unsigned), PRIVATE, PUBLIC));

let n = 0;
const freshDb = () => new PanelDb(`packs-panel-${++n}`);
afterEach(cleanup);

async function openSettings(managed?: unknown, db = freshDb()) {
  const fake = fakePlatform(asset, ['nl-NL'], managed);
  render(<App platform={fake.platform} db={db} now={() => Date.parse(`${TODAY}T10:00:00Z`)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Instellingen' }));
  const picker = (await screen.findByLabelText('Importeer een pakket')) as HTMLInputElement;
  await waitFor(() => expect(picker.disabled).toBe(false));
  return { db, picker, ...fake };
}

function choose(picker: HTMLInputElement, file: { name?: string; size: number; text(): Promise<string> }) {
  Object.defineProperty(picker, 'files', { value: [file], configurable: true });
  fireEvent.change(picker);
}
const fileOf = (text: string) => ({ size: new TextEncoder().encode(text).length, text: async () => text });
const toast = () => document.querySelector('.toast')?.textContent ?? '';

describe('knowledge packs in the panel', () => {
  it('shows who signed a pack, in settings, on its entries and as a marker in the result list', async () => {
    const { db, picker } = await openSettings(POLICY);
    choose(picker, fileOf(signed));
    await waitFor(() => expect(toast()).toContain('Pakket Gemeente Zwolle geïmporteerd (1 items)'));
    const item = await waitFor(() => {
      const li = document.querySelector('[data-pack="Gemeente Zwolle"]');
      expect(li).not.toBeNull();
      return li as HTMLElement;
    });
    expect(item.textContent).toContain(`Ondertekend door ${LABEL}`);
    expect(item.getAttribute('data-verified')).toBe('yes');
    const stored = (await db.packs.toArray()) as StoredPack[];
    expect(stored[0]?.signer).toEqual({ label: LABEL, key: PUBLIC });
    expect(stored[0]?.entries.map((e) => e.id)).toEqual(['gemeente-zwolle--zwolle-scootmobiel']);

    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'scootmobiel buurtfonds' } });
    const hit = await waitFor(() => {
      const h = document.querySelector('[data-id="gemeente-zwolle--zwolle-scootmobiel"]');
      expect(h).not.toBeNull();
      return h as HTMLElement;
    });
    expect(hit.querySelector('.badge.pack')?.textContent).toBe('Pakket');
    fireEvent.click(hit);
    expect(
      await screen.findByText(`Uit kennispakket: Gemeente Zwolle, ondertekend door ${LABEL}`),
    ).toBeTruthy();
  });

  it('refuses an unsigned pack where the policy requires signatures, and changes nothing', async () => {
    const { db, picker } = await openSettings(POLICY);
    choose(picker, fileOf(unsigned));
    await waitFor(() =>
      expect(toast()).toContain(
        'Pakket niet geïmporteerd, er is niets veranderd: het pakket is niet ondertekend',
      ),
    );
    expect(await db.packs.count()).toBe(0);
    expect(document.body.textContent).toContain('Je organisatie laat alleen ondertekende pakketten toe.');
  });

  it('refuses a pack whose signature fails (one byte changed in an entry)', async () => {
    const { db, picker } = await openSettings(POLICY);
    const at = signed.indexOf('Scootmobiel via');
    const changed = JSON.parse(`${signed.slice(0, at)}K${signed.slice(at + 1)}`);
    const { packChecksum } = await import('../../../kb/organisation/pack');
    changed.checksum = packChecksum(changed);
    choose(picker, fileOf(JSON.stringify(changed)));
    await waitFor(() => expect(toast()).toContain('het pakket is na het ondertekenen of maken gewijzigd'));
    expect(await db.packs.count()).toBe(0);
  });

  it('without a policy, imports an unsigned pack marked as unverified', async () => {
    const { picker } = await openSettings(undefined);
    choose(picker, fileOf(unsigned));
    const item = await waitFor(() => {
      const li = document.querySelector('[data-pack="Gemeente Zwolle"]');
      expect(li).not.toBeNull();
      return li as HTMLElement;
    });
    expect(item.textContent).toContain('Niet geverifieerd: niet ondertekend');
    expect(item.getAttribute('data-verified')).toBe('no');
  });

  it('checks the file size before reading a pack file (issue 15 item 11)', async () => {
    const { db, picker } = await openSettings(undefined);
    let read = false;
    choose(picker, {
      size: MAX_PACK_BYTES + 1,
      text: async () => {
        read = true;
        return unsigned;
      },
    });
    await waitFor(() => expect(toast()).toContain('het pakket is te groot'));
    expect(read).toBe(false);
    expect(await db.packs.count()).toBe(0);
  });

  it('stays usable with a pack stored before namespacing whose id the bundled knowledge base now ships (issue 15 item 4)', async () => {
    const db = freshDb();
    const clash = { ...bundled.entries[0], file: undefined } as unknown as StoredPack['entries'][number];
    const own = zwolle[0] as unknown as StoredPack['entries'][number];
    await db.packs.add({
      name: 'Oud pakket',
      version: '1',
      checksum: 'x',
      importedAt: 1,
      entries: [clash, own],
    });
    await openSettings(undefined, db);
    const item = await waitFor(() => {
      const li = document.querySelector('[data-pack="Oud pakket"]');
      expect(li).not.toBeNull();
      return li as HTMLElement;
    });
    expect(item.textContent).toContain('1 items verborgen: een meegeleverd item heeft dezelfde naam');
    // Search works and finds the pack's other entry; the bundled entry is the one shown for the shared id.
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'scootmobiel' } });
    await waitFor(() => expect(document.querySelector('[data-id="zwolle-scootmobiel"]')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    const again = await waitFor(() => {
      const li = document.querySelector('[data-pack="Oud pakket"]');
      expect(li).not.toBeNull();
      return li as HTMLElement;
    });
    fireEvent.click(again.querySelector('button') as HTMLButtonElement);
    await waitFor(() => expect(document.querySelector('[data-pack="Oud pakket"]')).toBeNull());
    expect(await db.packs.count()).toBe(0);
  });

  it('replaces a pack by a newer version in one step and refuses an older one', async () => {
    const { db, picker } = await openSettings(POLICY);
    choose(picker, fileOf(signed));
    await waitFor(() => expect(toast()).toContain('geïmporteerd'));
    const newer = await signPack(
      buildPack('Gemeente Zwolle', '2026.12', { entries: zwolle }),
      PRIVATE,
      PUBLIC,
    );
    choose(picker, fileOf(JSON.stringify(newer)));
    await waitFor(async () =>
      expect(((await db.packs.toArray()) as StoredPack[])[0]?.version).toBe('2026.12'),
    );
    expect(await db.packs.count()).toBe(1);
    choose(picker, fileOf(signed));
    await waitFor(() => expect(toast()).toContain('het pakket is ouder dan de geïmporteerde versie'));
    expect(((await db.packs.toArray()) as StoredPack[])[0]?.version).toBe('2026.12');
  });

  it("keeps a favourite on a pack entry (a namespaced id) through the user's backup export and import", async () => {
    const db = freshDb();
    await store.toggleFavourite(db, 'gemeente-zwolle--zwolle-scootmobiel', 1);
    const backup = JSON.stringify(await exportData(db));
    const other = freshDb();
    const r = await importData(other, backup);
    expect(r.ok).toBe(true);
    expect((await other.favourites.toArray()).map((f) => f.id)).toEqual([
      'gemeente-zwolle--zwolle-scootmobiel',
    ]);
  });

  it('lists a damaged pack record with its remove button, and removes it', async () => {
    const db = freshDb();
    await db.packs.add({
      name: 'Beschadigd',
      version: '1',
      checksum: 'x',
      importedAt: 1,
      entries: 'geen lijst',
      source: { kind: 'url', url: 'geen adres' },
    } as unknown as StoredPack);
    await openSettings(undefined, db);
    const item = await waitFor(() => {
      const li = document.querySelector('[data-pack="Beschadigd"]');
      expect(li).not.toBeNull();
      return li as HTMLElement;
    });
    fireEvent.click(item.querySelector('button') as HTMLButtonElement);
    await waitFor(() => expect(document.querySelector('[data-pack="Beschadigd"]')).toBeNull());
    expect(await db.packs.count()).toBe(0);
  });

  it('builds the merged index once per set of packs, off the render path, and reuses it across views and remounts (issue 15 item 12)', async () => {
    const db = freshDb();
    const { picker, platform } = await openSettings(undefined, db);
    const before = jobs.length;
    // A version no other test imports: the merged index is cached per set of packs for the whole module,
    // and another test's merge of the same pack, finished in time, would make this one's a cache hit.
    choose(picker, fileOf(JSON.stringify(buildPack('Gemeente Zwolle', '2026.10', { entries: zwolle }))));
    await waitFor(() => expect(document.querySelector('[data-pack="Gemeente Zwolle"]')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'scootmobiel' } });
    await waitFor(() =>
      expect(document.querySelector('[data-id="gemeente-zwolle--zwolle-scootmobiel"]')).not.toBeNull(),
    );
    for (const tab of ['Favorieten', 'Recent', 'Instellingen', 'Zoeken', 'Instellingen'])
      fireEvent.click(screen.getByRole('button', { name: tab }));
    cleanup();
    render(<App platform={platform} db={db} />);
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'scootmobiel' } });
    await waitFor(() =>
      expect(document.querySelector('[data-id="gemeente-zwolle--zwolle-scootmobiel"]')).not.toBeNull(),
    );
    expect(jobs.slice(before)).toEqual(['open', 'merge']);
  });
});
