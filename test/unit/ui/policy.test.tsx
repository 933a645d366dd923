// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../extension/features/app/App';
import { readPolicy } from '../../../extension/features/policy/policy';
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
