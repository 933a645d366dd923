/**
 * Markdown → a small tree of safe nodes. The side panel renders this tree as Preact elements, so
 * knowledge-base text never reaches innerHTML: raw HTML becomes plain text, images become their alt
 * text, and links survive only with an https: or mailto: target.
 */
import { Lexer, type Token, type Tokens } from 'marked';

export type MdInline =
  | { t: 'text'; text: string }
  | { t: 'strong' | 'em' | 'del'; children: MdInline[] }
  | { t: 'code'; text: string }
  | { t: 'br' }
  | { t: 'link'; href: string; children: MdInline[] };

export type MdBlock =
  | { t: 'p'; children: MdInline[] }
  | { t: 'h'; level: 3 | 4 | 5 | 6; children: MdInline[] }
  | { t: 'list'; ordered: boolean; items: MdBlock[][] }
  | { t: 'quote'; children: MdBlock[] }
  | { t: 'pre'; text: string }
  | { t: 'hr' }
  | { t: 'table'; header: MdInline[][]; rows: MdInline[][][] };

const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/** The href if it is an absolute https: or mailto: URL, else null. */
export function safeHref(href: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return safeMailto(url);
  return url.href;
}

/**
 * A mailto: link keeps its addresses and at most a subject. A body, an attachment (`attach=`, which
 * some mail clients honour with a local file path), extra recipients (`cc`, `bcc`, `to`) and any other
 * header are dropped: a link in the knowledge base must not prefill what a professional sends.
 */
function safeMailto(url: URL): string | null {
  const to = url.pathname;
  if (!to) return null;
  let subject: string | undefined;
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === 'subject' && subject === undefined) subject = value;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const clean = subject?.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return clean ? `mailto:${to}?subject=${encodeURIComponent(clean)}` : `mailto:${to}`;
}

export function parseMarkdown(markdown: string): MdBlock[] {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  return blocks(tokens);
}

function blocks(tokens: Token[]): MdBlock[] {
  const out: MdBlock[] = [];
  for (const tok of tokens) {
    switch (tok.type) {
      case 'paragraph':
        out.push({ t: 'p', children: inline((tok as Tokens.Paragraph).tokens) });
        break;
      case 'heading': {
        const h = tok as Tokens.Heading;
        out.push({
          t: 'h',
          level: Math.min(6, Math.max(3, h.depth + 1)) as 3 | 4 | 5 | 6,
          children: inline(h.tokens),
        });
        break;
      }
      case 'list': {
        const l = tok as Tokens.List;
        out.push({ t: 'list', ordered: l.ordered, items: l.items.map((it) => blocks(it.tokens)) });
        break;
      }
      case 'blockquote':
        out.push({ t: 'quote', children: blocks((tok as Tokens.Blockquote).tokens) });
        break;
      case 'code':
        out.push({ t: 'pre', text: (tok as Tokens.Code).text });
        break;
      case 'hr':
        out.push({ t: 'hr' });
        break;
      case 'table': {
        const tb = tok as Tokens.Table;
        out.push({
          t: 'table',
          header: tb.header.map((c) => inline(c.tokens)),
          rows: tb.rows.map((r) => r.map((c) => inline(c.tokens))),
        });
        break;
      }
      case 'text': {
        const tt = tok as Tokens.Text;
        out.push({ t: 'p', children: tt.tokens ? inline(tt.tokens) : [{ t: 'text', text: tt.text }] });
        break;
      }
      case 'space':
      case 'def':
        break;
      default:
        // html and anything unknown: shown as its literal source text, never interpreted.
        if ('raw' in tok && typeof tok.raw === 'string' && tok.raw.trim())
          out.push({ t: 'p', children: [{ t: 'text', text: tok.raw.trim() }] });
    }
  }
  return out;
}

function inline(tokens: Token[] | undefined): MdInline[] {
  const out: MdInline[] = [];
  for (const tok of tokens ?? []) {
    switch (tok.type) {
      case 'text': {
        const t = tok as Tokens.Text;
        if (t.tokens?.length) out.push(...inline(t.tokens));
        else out.push({ t: 'text', text: decodeEntities(t.text) });
        break;
      }
      case 'escape':
        out.push({ t: 'text', text: (tok as Tokens.Escape).text });
        break;
      case 'strong':
      case 'em':
      case 'del':
        out.push({ t: tok.type, children: inline((tok as Tokens.Strong).tokens) });
        break;
      case 'codespan':
        out.push({ t: 'code', text: decodeEntities((tok as Tokens.Codespan).text) });
        break;
      case 'br':
        out.push({ t: 'br' });
        break;
      case 'link': {
        const l = tok as Tokens.Link;
        const href = safeHref(l.href);
        const children = inline(l.tokens);
        out.push(href ? { t: 'link', href, children } : { t: 'text', text: l.text });
        break;
      }
      case 'image': {
        const img = tok as Tokens.Image;
        if (img.text) out.push({ t: 'text', text: img.text });
        break;
      }
      default:
        // inline html and unknown tokens: literal text.
        if ('raw' in tok && typeof tok.raw === 'string') out.push({ t: 'text', text: tok.raw });
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
/** marked escapes some characters in text tokens; we render text as text, so undo that. */
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e] ?? _);
}
