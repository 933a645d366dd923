import { describe, expect, it } from 'vitest';
import { LAWS, lawByKey, officialUrl } from '../../../kb/content/laws';

describe('the table of laws', () => {
  it('holds the BWB ids verified against the official register', () => {
    const verified = Object.fromEntries(LAWS.filter((l) => l.verified).map((l) => [l.key, l.bwb]));
    expect(verified).toEqual({
      wmo: 'BWBR0035362',
      jeugdwet: 'BWBR0034925',
      participatiewet: 'BWBR0015703',
      wlz: 'BWBR0035917',
      zvw: 'BWBR0018450',
      uavg: 'BWBR0040940',
      'wet-kinderopvang': 'BWBR0017017',
      wpo: 'BWBR0003420',
      wgs: 'BWBR0031331',
    });
  });
  it('has unique keys and well-formed, unique ids', () => {
    expect(new Set(LAWS.map((l) => l.key)).size).toBe(LAWS.length);
    const bwbs = LAWS.map((l) => l.bwb).filter(Boolean);
    expect(new Set(bwbs).size).toBe(bwbs.length);
    for (const b of bwbs) expect(b).toMatch(/^BWBR\d{7}$/);
  });
  it('links a law to its official text', () => {
    expect(officialUrl(lawByKey('jeugdwet') as never)).toBe('https://wetten.overheid.nl/BWBR0034925');
    expect(officialUrl(lawByKey('wgs') as never)).toBe('https://wetten.overheid.nl/BWBR0031331');
    expect(officialUrl(lawByKey('woningwet') as never)).toBeNull();
  });
});
