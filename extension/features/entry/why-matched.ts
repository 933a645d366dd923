/**
 * A one-line answer to "why is this here?": which parts of the entry hold the user's query words
 * (title, summary, keywords, zoektermen, voorbeeldvragen with the searches written for it in
 * content/zoekvragen.yaml, a section), or that it matched through a related word. It names every field the
 * search looks in, so it never contradicts the result list.
 */
import type { StoredEntry } from '../../../kb/search/index-format';
import { matches, queryWords } from '../markdown/highlight';

export interface WhyMatched {
  /** Fields of the entry holding query words (zoektermen and voorbeeldvragen are searched, not shown). */
  fields: ('title' | 'summary' | 'keywords' | 'searchTerms' | 'examples')[];
  /** Section headings (content, in Dutch) holding query words. */
  sections: string[];
  /** Query words found nowhere literally (matched through a synonym, a stem or a typo). */
  missing: string[];
}

/** `searches`: the entry's zoekvragen (searched with its voorbeeldvragen, never shown; both are "examples"). */
export function whyMatched(
  e: StoredEntry,
  query: string,
  searches: readonly string[] = [],
): WhyMatched | null {
  const words = queryWords(query);
  if (!words.length) return null;
  const found = new Set<string>();
  const has = (text: string) => {
    const hit = words.filter((w) => matches(text, [w]).length > 0);
    for (const w of hit) found.add(w);
    return hit.length > 0;
  };
  const fields: WhyMatched['fields'] = [];
  if (has(e.meta.titel)) fields.push('title');
  if (has(e.meta.samenvatting)) fields.push('summary');
  if (has(e.meta.trefwoorden.join(' '))) fields.push('keywords');
  if (has((e.meta.zoektermen ?? []).join('\n'))) fields.push('searchTerms');
  if (has([...(e.meta.voorbeeldvragen ?? []), ...searches].join('\n'))) fields.push('examples');
  const sections = Object.entries(e.sections)
    .filter(([, body]) => has(body))
    .map(([name]) => name);
  return { fields, sections, missing: words.filter((w) => !found.has(w)) };
}
