import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref } from '../../../kb/content/markdown';

const json = (md: string) => JSON.stringify(parseMarkdown(md));

describe('the safe markdown tree', () => {
  it('keeps https and mailto links and drops every other scheme', () => {
    expect(safeHref('https://wetten.overheid.nl/BWBR0035362')).toBe('https://wetten.overheid.nl/BWBR0035362');
    expect(safeHref('mailto:team@example.org')).toBe('mailto:team@example.org');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'http://example.org',
      '/relative',
      '//evil.example',
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  it('turns raw HTML into text and never into elements', () => {
    const tree = json('Hallo <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(tree).not.toContain('"t":"html"');
    expect(tree).toContain('<script>');
    expect(tree).toContain('"t":"text"');
  });

  it('renders a javascript: link as its text only', () => {
    expect(json('[klik](javascript:alert(1))')).toBe('[{"t":"p","children":[{"t":"text","text":"klik"}]}]');
  });

  it('renders images as their alt text, never loading them', () => {
    expect(json('![een foto](https://example.org/x.png)')).not.toContain('example.org');
  });

  it('keeps lists, emphasis and headings (shifted below the entry title)', () => {
    const tree = parseMarkdown('# Kop\n\n- **vet** en *schuin*\n- twee');
    expect(tree[0]).toMatchObject({ t: 'h', level: 3 });
    expect(tree[1]).toMatchObject({ t: 'list', ordered: false });
  });
});
