import { describe, expect, it } from 'vitest';
import {
  describeFindings,
  type Finding,
  findPersonalData,
  isValidBsn,
  maskPersonalData,
  type PersonalDataKind,
} from '../../../kb/privacy/privacy-guard';

/** The texts of the findings of one kind. */
function found(text: string, kind: PersonalDataKind): string[] {
  return findPersonalData(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
}

describe('isValidBsn (11-proef)', () => {
  it('accepts numbers whose weighted sum is a non-zero multiple of 11', () => {
    // 1*9 + 1*8 + 1*7 + 2*6 + 2*5 + 2*4 + 3*3 + 3*2 - 3 = 66
    expect(isValidBsn('111222333')).toBe(true);
    // 1*9 + 2*8 + 3*7 + 4*6 + 5*5 + 6*4 + 7*3 + 8*2 - 2 = 154
    expect(isValidBsn('123456782')).toBe(true);
    // 9 * (9+8+7+6+5+4+3+2) - 0 = 396
    expect(isValidBsn('999999990')).toBe(true);
    expect(isValidBsn('123.456.782')).toBe(true);
    expect(isValidBsn('123 456 782')).toBe(true);
  });

  it('rejects the rest', () => {
    expect(isValidBsn('123456789')).toBe(false); // 147, 147 % 11 = 4
    expect(isValidBsn('111222334')).toBe(false); // 65
    expect(isValidBsn('000000000')).toBe(false); // sum 0
    expect(isValidBsn('100000009')).toBe(false); // 9 - 9 = 0
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('')).toBe(false);
  });
});

describe('findPersonalData: BSN', () => {
  it('finds valid BSNs, plain or grouped by dots or spaces', () => {
    expect(found('BSN 111222333 van moeder', 'bsn')).toEqual(['111222333']);
    expect(found('bsn: 123.456.782.', 'bsn')).toEqual(['123.456.782']);
    expect(found('burgerservicenummer 123 456 782 bekend', 'bsn')).toEqual(['123 456 782']);
    expect(found('(999999990)', 'bsn')).toEqual(['999999990']);
  });

  it('ignores nine digits that fail the 11-proef, amounts and longer numbers', () => {
    expect(found('klantnummer 123456789', 'bsn')).toEqual([]);
    expect(findPersonalData('BSN 111222334')).toEqual([]);
    expect(findPersonalData('een begroting van € 111.222.333')).toEqual([]);
    expect(findPersonalData('totaal 111.222.333 euro')).toEqual([]);
    expect(findPersonalData('1.111.222.333 inwoners')).toEqual([]);
    expect(findPersonalData('reeks 1111222333')).toEqual([]);
    expect(findPersonalData('id X111222333')).toEqual([]);
    expect(findPersonalData('123-456-783')).toEqual([]);
  });
});

describe('findPersonalData: dates', () => {
  it('finds numeric and written dates', () => {
    const text =
      'geboren 03-03-1990, 3/3/1990, 3-3-1990, 03.03.1990, 1990-03-03, 3 maart 1990, 3 mrt. 1990, 29-02-2000, 1 September 2024';
    expect(found(text, 'datum')).toEqual([
      '03-03-1990',
      '3/3/1990',
      '3-3-1990',
      '03.03.1990',
      '1990-03-03',
      '3 maart 1990',
      '3 mrt. 1990',
      '29-02-2000',
      '1 September 2024',
    ]);
  });

  it('rejects dates that are not on the calendar and things that are not dates', () => {
    expect(findPersonalData('31-02-1990')).toEqual([]);
    expect(findPersonalData('29-02-1900')).toEqual([]); // 1900 was no leap year
    expect(findPersonalData('13-13-2020')).toEqual([]);
    expect(findPersonalData('1990-02-30')).toEqual([]);
    expect(findPersonalData('32 maart 1990')).toEqual([]);
    expect(findPersonalData('de periode 2019-2021')).toEqual([]);
    expect(findPersonalData('zie art. 2.3.5 en art. 12.1.2020a')).toEqual([]);
    expect(findPersonalData('03-03-1990-2')).toEqual([]);
    expect(findPersonalData('maart 2020')).toEqual([]);
    expect(findPersonalData('3-3-1')).toEqual([]);
  });
});

describe('findPersonalData: phone numbers', () => {
  it('finds mobile, landline and international notations', () => {
    const numbers = [
      '06-12345678',
      '0612345678',
      '06 1234 5678',
      '06 12 34 56 78',
      '+31 6 12345678',
      '+31612345678',
      '+31 (0)6 12345678',
      '0031 6 12345678',
      '020-1234567',
      '010 123 4567',
      '+31 20 123 4567',
      '(020) 123 4567',
      '0111-123456',
    ];
    for (const n of numbers) expect(found(`bel ${n} na 17 uur`, 'telefoon'), n).toEqual([n]);
  });

  it('ignores other digit runs', () => {
    expect(findPersonalData('nummer 612345678')).toEqual([]);
    expect(findPersonalData('06123456789')).toEqual([]);
    expect(findPersonalData('0012345678')).toEqual([]);
    expect(findPersonalData('1234567890')).toEqual([]);
    expect(findPersonalData('01 02 03 04 05')).toEqual([]);
    expect(found('IBAN NL91ABNA0417164300', 'telefoon')).toEqual([]);
    expect(findPersonalData('BWBR0035362')).toEqual([]);
    expect(findPersonalData('0,5 fte en 06-2024')).toEqual([]);
  });
});

describe('findPersonalData: e-mail addresses', () => {
  it('finds addresses, without the full stop after them', () => {
    expect(found('mail jan.jansen@example.nl.', 'email')).toEqual(['jan.jansen@example.nl']);
    expect(found('<j_de-vries+zorg@gemeente.lelystad.nl>', 'email')).toEqual([
      'j_de-vries+zorg@gemeente.lelystad.nl',
    ]);
  });

  it('prefers the whole address over a phone number inside it', () => {
    expect(findPersonalData('0612345678@example.com').map((f) => f.kind)).toEqual(['email']);
  });

  it('ignores things that are no address', () => {
    expect(findPersonalData('@gemeente op sociale media')).toEqual([]);
    expect(findPersonalData('jan@localhost')).toEqual([]);
    expect(findPersonalData('a @ b.nl')).toEqual([]);
  });
});

describe('findPersonalData: postcodes and addresses', () => {
  it('finds a postcode with a house number in the usual notations', () => {
    expect(found('woont op 1234 AB 12 sinds mei', 'postcode')).toEqual(['1234 AB 12']);
    expect(found('1234AB 12a', 'postcode')).toEqual(['1234AB 12a']);
    expect(found('1234 ab, 12', 'postcode')).toEqual(['1234 ab, 12']);
    expect(found('postcode 1234ab 7-2', 'postcode')).toEqual(['1234ab 7-2']);
  });

  it('joins a street and number with the postcode after or before it', () => {
    expect(found('Dorpsstraat 12, 1234 AB Lelystad', 'postcode')).toEqual(['Dorpsstraat 12, 1234 AB']);
    expect(found('Van Goghstraat 3a\n8011 AB Zwolle', 'postcode')).toEqual(['Van Goghstraat 3a\n8011 AB']);
    expect(found('1234 AB, Burgemeester de Withstraat 120', 'postcode')).toEqual([
      '1234 AB, Burgemeester de Withstraat 120',
    ]);
    expect(found('In de Kerkstraat 4 wonen ze', 'postcode')).toEqual(['Kerkstraat 4']);
  });

  it('reports a bare postcode', () => {
    expect(findPersonalData('postcode 1234 AB.')).toEqual([
      { kind: 'postcode', start: 9, end: 16, text: '1234 AB' },
    ]);
    expect(found('gebied 8011AB', 'postcode')).toEqual(['8011AB']);
  });

  it('ignores years, counts, units and letters no postcode uses', () => {
    expect(findPersonalData('In 2019 de 12 gezinnen')).toEqual([]);
    expect(findPersonalData('in 2019 en 2020')).toEqual([]);
    expect(findPersonalData('1500 km rijden')).toEqual([]);
    expect(findPersonalData('1234 ab')).toEqual([]); // lower case without a house number: too often a word
    expect(findPersonalData('0123 AB 12')).toEqual([]); // postcodes never start with 0
    expect(findPersonalData('1234 SS 12')).toEqual([]);
    expect(findPersonalData('1234 ABC 12')).toEqual([]);
    expect(findPersonalData('Amsterdam 12 kinderen')).toEqual([]);
    expect(findPersonalData('de straat 12 keer overgestoken')).toEqual([]);
  });
});

describe('findPersonalData: no false alarms in ordinary professional text', () => {
  it('flags nothing in amounts, years, articles, ids and numbers', () => {
    const text =
      'Het gezin kostte € 13.000 per half jaar; verblijf 22.000 tot 56.000 euro. In 2019-2021 liep het ' +
      'traject (art. 2.3.5 Wmo 2015, BWBR0035362). 12 kinderen, 3 gezinnen, 1,5 fte, 24 casussen, ' +
      'versie 1.2.3, artikel 8a, 100 procent, 2024-001234, 10.000.000 inwoners.';
    expect(findPersonalData(text)).toEqual([]);
    expect(maskPersonalData(text)).toBe(text);
    expect(describeFindings(findPersonalData(text))).toBe('');
  });
});

describe('findPersonalData: ordering', () => {
  it('returns findings sorted by start, non-overlapping, with exact offsets', () => {
    const text = 'Mevr. (BSN 111222333, geb. 3 maart 1990) bel 06-12345678 of mail a.b@c.nl; 1234 AB 5.';
    const findings = findPersonalData(text);
    expect(findings.map((f) => f.kind)).toEqual(['bsn', 'datum', 'telefoon', 'email', 'postcode']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
    }
  });
});

describe('maskPersonalData', () => {
  it('replaces every finding with a Dutch placeholder', () => {
    const text =
      'BSN 111222333, geboren 03-03-1990, tel 06-12345678, mail jan@example.nl, woont 1234 AB 12 (postcode 1234 AB), Dorpsstraat 12.';
    expect(maskPersonalData(text)).toBe(
      'BSN [BSN], geboren [datum], tel [telefoonnummer], mail [e-mail], woont [postcode en huisnummer] (postcode [postcode]), [adres].',
    );
  });

  it('masks only the findings given, and skips ones that no longer match the text', () => {
    const text = 'BSN 111222333, tel 0612345678';
    const findings = findPersonalData(text);
    const phoneOnly = findings.filter((f) => f.kind === 'telefoon');
    expect(maskPersonalData(text, phoneOnly)).toBe('BSN 111222333, tel [telefoonnummer]');
    const stale: Finding = { kind: 'bsn', start: 4, end: 13, text: '999999990' };
    expect(maskPersonalData(text, [stale])).toBe(text);
    expect(maskPersonalData(text, [])).toBe(text);
  });
});

describe('describeFindings', () => {
  it('counts the kinds in a short Dutch warning', () => {
    expect(describeFindings(findPersonalData('BSN 111222333, tel 0612345678'))).toBe(
      'Deze tekst lijkt persoonsgegevens te bevatten: 1 BSN, 1 telefoonnummer.',
    );
    expect(
      describeFindings(
        findPersonalData('a@b.nl, c@d.nl, 1-1-2000, 2-2-2000, 123456782, 999999990, 1234 AB 1, 010-1234567'),
      ),
    ).toBe(
      "Deze tekst lijkt persoonsgegevens te bevatten: 2 BSN's, 1 telefoonnummer, 2 e-mailadressen, 2 datums, 1 adres of postcode.",
    );
  });

  it('is empty when nothing was found', () => {
    expect(describeFindings([])).toBe('');
  });
});
