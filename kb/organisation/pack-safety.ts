/**
 * What a pack may not do to look like something it is not: imitate official sources or the product,
 * hide where a link goes, reorder text with bidi controls, or stuff keywords to push bundled entries
 * down. `checkPackEntrySafety` refuses (errors, the pack is not imported); `sanitizePackEntry` rewrites
 * what is allowed but must be shown honestly (bidi controls stripped, each link followed by its real
 * host, keywords bounded).
 */
import { Lexer, type Token } from 'marked';
import { fold } from '../search/analysis/fold.ts';
import type { StoredEntry } from '../search/index-format.ts';

/** Bidi embedding, override, isolate and mark characters: they can make text read other than it is. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI, '');
}

/** Words only the bundled knowledge base (and the official sources it cites) may use in titles. */
const RESERVED_TITLE = /offici(?:eel|ele|al)|rijksoverheid|overheid\.nl/;
/** In a pack's own name and "made for", the product's name is reserved too. */
const RESERVED_NAME = /offici(?:eel|ele|al)|rijksoverheid|overheid\.nl|maatwerkwijzer/;

/** The reserved word a label uses (folded, bidi stripped), or null. `name`: a pack name or "made for". */
export function reservedLabel(text: string, kind: 'name' | 'title' = 'name'): string | null {
  const m = (kind === 'name' ? RESERVED_NAME : RESERVED_TITLE).exec(fold(stripBidi(text)).toLowerCase());
  return m ? m[0] : null;
}

/** The source id that stands for the official law text: bundled entries only. */
export const OFFICIAL_SOURCE = 'wettekst';

/** Keywords (trefwoorden), search terms (zoektermen) and voorbeeldvragen a pack entry keeps, each. */
export const MAX_PACK_KEYWORDS = 8;
const MAX_KEYWORD_CHARS = 60;
/**
 * Characters a pack entry's voorbeeldvraag keeps (the schema already allows no more; the bound does not
 * lean on that). A pack entry keeps at most MAX_PACK_KEYWORDS of them, each adding a word not seen before.
 */
const MAX_QUESTION_CHARS = 120;

const HOST_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[\p{L}\p{N}-]+\.)+\p{L}[\p{L}\p{N}-]*)/gu;

/** Hosts a piece of link text seems to name ("https://wetten.overheid.nl/…", "www.example.nl"). */
export function hostsInText(text: string): string[] {
  const out: string[] = [];
  for (const m of stripBidi(text).toLowerCase().matchAll(HOST_LIKE)) {
    const host = m[1] as string;
    // "art. 2.3" or "1.2.0" are no hosts: a host ends in a letter label of two or more letters.
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (tld.length >= 2) out.push(host.replace(/^www\./, ''));
  }
  return out;
}

/** Why a link target is refused in a pack, or null when it is acceptable. */
export function linkProblem(href: string, text: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null; // not an absolute URL: the renderer shows it as text, not as a link
  }
  if (url.protocol !== 'https:' && url.protocol !== 'mailto:') return null; // rendered as text
  if (url.protocol === 'https:') {
    if (url.username || url.password) return `link ${show(href)} hides its real host behind a user name`;
    const rawHost = /^https:\/\/([^/?#]*)/i.exec(href.trim())?.[1] ?? '';
    if (/[^\x21-\x7e]/.test(rawHost) || url.hostname.split('.').some((l) => l.startsWith('xn--')))
      return `link ${show(href)} uses a non-ASCII (punycode) host, which can imitate another`;
  }
  const real = url.protocol === 'https:' ? url.hostname.replace(/^www\./, '') : '';
  for (const host of hostsInText(text))
    if (host !== real)
      return `link text ${show(text)} names ${host} but the link goes to ${real || url.protocol}`;
  return null;
}

function show(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

interface LinkToken {
  raw: string;
  href: string;
  text: string;
}

function linkTokens(markdown: string): LinkToken[] {
  const out: LinkToken[] = [];
  const walk = (tokens: Token[] | undefined) => {
    for (const tok of tokens ?? []) {
      if (tok.type === 'link') out.push({ raw: tok.raw, href: tok.href, text: tok.text });
      const t = tok as { tokens?: Token[]; items?: { tokens?: Token[] }[] };
      walk(t.tokens);
      for (const item of t.items ?? []) walk(item.tokens);
      if (tok.type === 'table') {
        for (const cell of tok.header) walk(cell.tokens);
        for (const row of tok.rows) for (const cell of row) walk(cell.tokens);
      }
    }
  };
  walk(new Lexer({ gfm: true }).lex(markdown));
  return out;
}

/**
 * Refusals for one pack entry (already schema-valid): the official-law-text source, reserved labels in
 * its title, links that hide their host. Pushes messages to `errors`.
 */
export function checkPackEntrySafety(e: StoredEntry, label: string, errors: string[]): void {
  if (e.meta.bronnen.some((b) => b.bron === OFFICIAL_SOURCE))
    errors.push(
      `${label}: source "${OFFICIAL_SOURCE}" (the official law text) is reserved for the bundled knowledge base; cite the source the pack's text comes from`,
    );
  const reserved = reservedLabel(e.meta.titel, 'title');
  if (reserved)
    errors.push(`${label}: the title may not use "${reserved}", which is reserved for official sources`);
  for (const [heading, body] of Object.entries(e.sections))
    for (const link of linkTokens(body)) {
      const problem = linkProblem(link.href, link.text);
      if (problem) errors.push(`${label}, section "${heading}": ${problem}`);
    }
  const url = (e.meta as { url?: string }).url;
  if (url) {
    const problem = linkProblem(url, '');
    if (problem) errors.push(`${label}: field "meta.url": ${problem}`);
  }
}

function stripAll<T>(value: T): T {
  if (typeof value === 'string') return stripBidi(value) as T;
  if (Array.isArray(value)) return value.map(stripAll) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripAll(v)])) as T;
  return value;
}

/** Keeps at most MAX_PACK_KEYWORDS items, each shortened, none repeating words the entry already has. */
function bound(
  items: readonly string[] | undefined,
  seen: Set<string>,
  maxChars = MAX_KEYWORD_CHARS,
): string[] {
  const out: string[] = [];
  for (const item of items ?? []) {
    if (out.length >= MAX_PACK_KEYWORDS) break;
    const words = fold(item)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (words.length === 0 || words.every((w) => seen.has(w))) continue;
    for (const w of words) seen.add(w);
    out.push(item.slice(0, maxChars));
  }
  return out;
}

/**
 * A pack entry as the panel stores and shows it: bidi controls stripped from every string, each https
 * link followed by its real host, keywords, search terms and voorbeeldvragen bounded (no repeats of title words, at most
 * MAX_PACK_KEYWORDS each).
 */
export function sanitizePackEntry(entry: StoredEntry): StoredEntry {
  const e = stripAll(entry);
  const sections: Record<string, string> = {};
  for (const [heading, body] of Object.entries(e.sections)) {
    let text = body;
    for (const link of new Map(linkTokens(body).map((l) => [l.raw, l])).values()) {
      let host: string;
      try {
        const u = new URL(link.href);
        if (u.protocol !== 'https:') continue;
        host = u.hostname;
      } catch {
        continue;
      }
      if (link.text.toLowerCase().includes(host.replace(/^www\./, ''))) continue;
      text = text.split(link.raw).join(`${link.raw} (${host})`);
    }
    sections[heading] = text;
  }
  const seen = new Set(
    fold(e.meta.titel)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const trefwoorden = bound(e.meta.trefwoorden, seen);
  const zoektermen = bound(e.meta.zoektermen, seen);
  const voorbeeldvragen = bound(e.meta.voorbeeldvragen, seen, MAX_QUESTION_CHARS);
  const meta = {
    ...e.meta,
    // The schema needs one keyword; the first one stays even when the title already holds its words.
    trefwoorden: trefwoorden.length ? trefwoorden : e.meta.trefwoorden.slice(0, 1),
    ...(e.meta.zoektermen ? { zoektermen } : {}),
    ...(e.meta.voorbeeldvragen ? { voorbeeldvragen } : {}),
  };
  return { ...e, meta, sections } as StoredEntry;
}
