// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../extension/features/app/App';
import {
  echo,
  hostPattern,
  normaliseOrigin,
  normalisePackUrl,
  readPolicy,
} from '../../../extension/features/policy/policy';
import { PanelDb } from '../../../extension/features/storage/db';
import { checkContent } from '../../../kb/content/check';
import { buildIndex } from '../../../kb/search/build-index';
import { VALID_VOORBEELD } from '../../helpers/entries';
import { fakePlatform } from '../../helpers/fake-platform';

afterEach(cleanup);

describe("the organisation's settings", () => {
  it('takes valid values', () => {
    const r = readPolicy({
      gemeente: 'Gemeente Lelystad',
      invoegOrigins: ['https://casus.lelystad.nl/start', 'https://casus.lelystad.nl'],
      conceptDagen: 7,
      escalatieContacten: [{ naam: 'Kwaliteitsteam', rol: 'casusoverleg', contact: 'kwaliteit@lelystad.nl' }],
    });
    expect(r.notices).toEqual([]);
    expect(r.policy).toEqual({
      gemeente: 'Gemeente Lelystad',
      invoegOrigins: ['https://casus.lelystad.nl'],
      conceptDagen: 7,
      escalatieContacten: [{ naam: 'Kwaliteitsteam', rol: 'casusoverleg', contact: 'kwaliteit@lelystad.nl' }],
    });
  });

  it('ignores each invalid value with a notice and keeps the valid ones', () => {
    const r = readPolicy({
      gemeente: 'Gemeente Almelo',
      invoegOrigins: ['http://casus.almelo.nl', 'javascript:alert(1)', 'https://casus.almelo.nl'],
      conceptDagen: 365,
      escalatieContacten: 'iedereen',
      kleur: 'blauw',
    });
    expect(r.policy.gemeente).toBe('Gemeente Almelo');
    expect(r.policy.invoegOrigins).toEqual(['https://casus.almelo.nl']);
    expect(r.policy.conceptDagen).toBeUndefined();
    expect(r.policy.escalatieContacten).toEqual([]);
    expect(r.notices).toHaveLength(5);
    expect(r.notices.join(' ')).toMatch(/bewaartermijn concepten/);
    expect(readPolicy('onzin').notices).toHaveLength(1);
    expect(readPolicy(undefined)).toEqual({
      policy: { invoegOrigins: [], escalatieContacten: [] },
      notices: [],
    });
  });

  it('applies without a restart and shows notices in the panel', async () => {
    const { entries } = checkContent([{ path: 'voorbeelden/fietskar-case.md', text: VALID_VOORBEELD }], {
      today: '2026-11-23',
    });
    const { platform, setPolicy } = fakePlatform(buildIndex(entries, [], {}), ['nl-NL'], {
      gemeente: 'Gemeente Zwolle',
    });
    render(<App platform={platform} db={new PanelDb('policy-1')} />);
    expect(await screen.findByText(/Gemeente Zwolle/)).toBeTruthy();
    setPolicy({ gemeente: 'Gemeente Zaanstad', conceptDagen: 'veel' });
    expect(await screen.findByText(/Gemeente Zaanstad/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    expect(await screen.findByText(/bewaartermijn concepten van je organisatie is ongeldig/)).toBeTruthy();
  });
});

describe('origins and pack URLs name one concrete host (issue 15 item 6)', () => {
  it('refuses wildcard origins instead of turning them into broad host grants', () => {
    for (const bad of [
      'https://*',
      'https://*.nl',
      'https://%2A',
      'https://%2A.nl',
      'https://*/*',
      'https://casus.*.nl',
      'https://nl',
      'https://user:pw@casus.nl',
      'http://casus.lelystad.nl',
      'ftp://casus.lelystad.nl',
      'https://casus..nl',
      `https://${'a'.repeat(320)}.nl`,
    ])
      expect(normaliseOrigin(bad), bad).toBeNull();
    const r = readPolicy({
      invoegOrigins: ['https://*', 'https://*.nl', 'https://%2A', 'https://casus.almelo.nl'],
    });
    expect(r.policy.invoegOrigins).toEqual(['https://casus.almelo.nl']);
    expect(r.notices).toHaveLength(3);
  });

  it('rebuilds origins and permission patterns from the parsed host', () => {
    expect(normaliseOrigin('https://Casus.Lelystad.NL/start?x=1')).toBe('https://casus.lelystad.nl');
    expect(normaliseOrigin('https://casus.lelystad.nl:8443/')).toBe('https://casus.lelystad.nl:8443');
    expect(normaliseOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(hostPattern('https://packs.lelystad.nl/kennis/pakket.json')).toBe('https://packs.lelystad.nl/*');
    expect(hostPattern('https://*.nl')).toBeNull();
  });

  it('takes pack URLs only as https on a concrete host (localhost only in the test build)', () => {
    expect(normalisePackUrl('https://packs.lelystad.nl/kennis/pakket.json#x')).toBe(
      'https://packs.lelystad.nl/kennis/pakket.json',
    );
    expect(normalisePackUrl('http://packs.lelystad.nl/pakket.json')).toBeNull();
    expect(normalisePackUrl('https://*.lelystad.nl/pakket.json')).toBeNull();
    expect(normalisePackUrl('http://localhost:8080/p.json')).toBeNull();
    expect(normalisePackUrl('http://localhost:8080/p.json', true)).toBe('http://localhost:8080/p.json');
  });
});

describe('the knowledge-pack settings of the policy', () => {
  const KEY = 'Kr83v8JypKUpsVfkKQPt4uBmF+oPGiEnZSATO+4vsNg=';

  it('reads trusted keys with their labels, "require signatures" and pack URLs', () => {
    const r = readPolicy({
      pakketSleutels: [
        { naam: 'Gemeente Lelystad kwaliteitsteam', sleutel: KEY },
        { naam: 'Kapot', sleutel: 'geen-sleutel' },
      ],
      pakketHandtekeningVerplicht: true,
      pakketUrls: ['https://packs.lelystad.nl/pakket.json', 'https://*/pakket.json'],
    });
    expect(r.policy.trustedKeys).toEqual([{ label: 'Gemeente Lelystad kwaliteitsteam', key: KEY }]);
    expect(r.policy.requireSignatures).toBe(true);
    expect(r.policy.packUrls).toEqual(['https://packs.lelystad.nl/pakket.json']);
    expect(r.notices).toEqual([
      'Pakketsleutel "Kapot" is geen geldige Ed25519-sleutel en wordt genegeerd.',
      'Pakketadres "https://*/pakket.json" is geen https-adres met een vaste hostnaam en wordt genegeerd.',
    ]);
  });

  it('leaves the pack settings out when the policy does not name them', () => {
    const r = readPolicy({ gemeente: 'Gemeente Zwolle' });
    expect(r.policy.packUrls).toBeUndefined();
    expect(r.policy.trustedKeys).toBeUndefined();
  });
});

describe('policy strings are capped before notices repeat them (issue 15 item 15)', () => {
  const KEY = 'Kr83v8JypKUpsVfkKQPt4uBmF+oPGiEnZSATO+4vsNg=';

  it('repeats at most 60 characters of an unknown key or a bad address, without control characters', () => {
    const long = `https://${'x'.repeat(5000)}`;
    const r = readPolicy({ [`k${'y'.repeat(5000)}`]: 1, invoegOrigins: [long] });
    for (const n of r.notices) expect(n.length).toBeLessThan(200);
    expect(echo('a\u202eb\u0007c')).toBe('abc');
    expect(echo('z'.repeat(100))).toBe(`${'z'.repeat(60)}…`);
  });

  it('refuses an over-long value instead of echoing it', () => {
    const r = readPolicy({
      gemeente: 'G'.repeat(101),
      pakketSleutels: [{ naam: 'n'.repeat(101), sleutel: KEY }],
    });
    expect(r.policy.gemeente).toBeUndefined();
    expect(r.policy.trustedKeys).toBeUndefined();
    expect(r.notices).toHaveLength(2);
    expect(r.notices.join(' ')).not.toContain('GGGG');
  });
});

describe('reading the policy while it changes', () => {
  it('applies only the latest read: a slower earlier read never overwrites a newer policy', async () => {
    const { entries } = checkContent([{ path: 'voorbeelden/fietskar-case.md', text: VALID_VOORBEELD }], {
      today: '2026-11-23',
    });
    const fake = fakePlatform(buildIndex(entries, [], {}), ['nl-NL'], { gemeente: 'Gemeente Oud' });
    const slow = fake.platform.managedGet;
    let calls = 0;
    // The first read (at start) answers late, with what was there before the change.
    fake.platform.managedGet = async () => {
      calls++;
      if (calls === 1) {
        await new Promise((r) => setTimeout(r, 200));
        return { gemeente: 'Gemeente Oud' };
      }
      return slow();
    };
    render(<App platform={fake.platform} db={new PanelDb('policy-race')} />);
    fake.setPolicy({ gemeente: 'Gemeente Nieuw' });
    expect(await screen.findByText(/Gemeente Nieuw/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByText(/Gemeente Oud/)).toBeNull();
    expect(screen.getByText(/Gemeente Nieuw/)).toBeTruthy();
  });
});
