/**
 * mailto: links in the knowledge base and in packs keep their addresses and at most a subject (issue
 * 15): before, `?body=`, `?attach=`, `cc`/`bcc` survived into the rendered link.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref } from '../../../kb/content/markdown';

describe('safeHref for mailto: links', () => {
  it.each([
    ['mailto:loket@gemeente.nl?body=BSN%20111222333', 'mailto:loket@gemeente.nl'],
    ['mailto:loket@gemeente.nl?attach=C:%5CUsers%5Cdossier.pdf', 'mailto:loket@gemeente.nl'],
    ['mailto:loket@gemeente.nl?cc=buiten@evil.example&bcc=x@evil.example', 'mailto:loket@gemeente.nl'],
    ['mailto:loket@gemeente.nl?subject=Escalatie&body=tekst', 'mailto:loket@gemeente.nl?subject=Escalatie'],
    [
      'mailto:loket@gemeente.nl?BODY=x&Subject=Vraag%20over%20maatwerk',
      'mailto:loket@gemeente.nl?subject=Vraag%20over%20maatwerk',
    ],
    [
      'mailto:loket@gemeente.nl?subject=a%0D%0ABcc:%20x@evil.example',
      'mailto:loket@gemeente.nl?subject=a%20%20Bcc%3A%20x%40evil.example',
    ],
    ['mailto:loket@gemeente.nl', 'mailto:loket@gemeente.nl'],
  ])('%s becomes %s', (href, safe) => {
    expect(safeHref(href)).toBe(safe);
  });

  it('refuses a mailto: without an address (recipients only in headers)', () => {
    expect(safeHref('mailto:?to=x@evil.example&body=y')).toBeNull();
  });

  it('leaves https: links as they were', () => {
    expect(safeHref('https://wetten.overheid.nl/BWBR0035362?x=1#art')).toBe(
      'https://wetten.overheid.nl/BWBR0035362?x=1#art',
    );
  });

  it('applies to links in rendered markdown', () => {
    const md = parseMarkdown('[mail het loket](mailto:loket@gemeente.nl?subject=Vraag&body=BSN)');
    expect(JSON.stringify(md)).toContain('"href":"mailto:loket@gemeente.nl?subject=Vraag"');
    expect(JSON.stringify(md)).not.toContain('body');
  });
});
