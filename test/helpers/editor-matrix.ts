/**
 * The editor matrix (demo/editors/, built by scripts/build-editors.ts) as data, for any browser's suite:
 * which fields there are, what they hold at first, what an insertion must make of them; and
 * self-contained functions to pass to a driver's `evaluate` to read a field and its editor's own model.
 */
// biome-ignore-all lint/performance/useDomNodeTextContent: the rendered lines (innerText) are what is compared.

export const SINGLE = 'Zie voorbeeld: Fietskar (Lelystad)';
export const MULTI = 'Onderbouwing maatwerk\nBetrokkenheid: sterk\nLegitimiteit: zwak';
export const MULTI_LINES = MULTI.split('\n');

export type ModelName = 'react' | 'quill' | 'tiptap' | 'lexical' | 'lexicalPlain';

export interface MatrixField {
  name: string;
  /** In the same-origin frame (frame.html) rather than the page itself. */
  frame: boolean;
  selector: string;
  initial: string;
}

/** Multi-line fields whose value is plain text: lines stay line breaks. */
export const TEXT_FIELDS: (MatrixField & { react: boolean })[] = [
  { name: 'textarea', frame: false, selector: '#textarea', initial: 'Afweging:', react: false },
  { name: 'React textarea', frame: false, selector: '#react-textarea', initial: 'Verslag:', react: true },
  {
    name: 'textarea in a same-origin frame',
    frame: true,
    selector: '#frame-textarea',
    initial: 'Notitie:',
    react: false,
  },
];

/** Single-line fields: lines are joined with "; ". */
export const INPUT_FIELDS: (MatrixField & { react: boolean })[] = [
  { name: 'single-line input', frame: false, selector: '#input', initial: 'Hulpvraag:', react: false },
  { name: 'React input', frame: false, selector: '#react-input', initial: 'Doel:', react: true },
];

/** Rich editors with a model of their own: lines become paragraphs. */
export const RICH_EDITORS: (MatrixField & { model: ModelName; undo: boolean })[] = [
  {
    name: 'Quill 2',
    frame: false,
    selector: '#quill .ql-editor',
    model: 'quill',
    initial: 'Besluit:',
    undo: true,
  },
  {
    name: 'TipTap 3',
    frame: false,
    selector: '#tiptap .ProseMirror',
    model: 'tiptap',
    initial: 'Verslag:',
    undo: true,
  },
  // The page's Lexical fields have no history module (@lexical/history is not installed): no undo there.
  {
    name: 'Lexical (rich text)',
    frame: false,
    selector: '#lexical',
    model: 'lexical',
    initial: 'Notitie:',
    undo: false,
  },
];

/** Plain contenteditable fields: lines become <div> paragraphs. */
export const PLAIN_EDITABLES: MatrixField[] = [
  { name: 'plain contenteditable', frame: false, selector: '#plain-ce', initial: 'Besluit:' },
  { name: 'contenteditable in a same-origin frame', frame: true, selector: '#frame-ce', initial: 'Verslag:' },
];

/** Fields nothing may ever be inserted into, with the reason the insertion must give. */
export const REFUSALS: [selector: string, reason: string][] = [
  ['#password', 'password'],
  ['#autocomplete-password', 'password'],
  ['#new-password', 'password'],
  ['#text-security', 'password'],
  ['#readonly', 'readonly'],
  ['#aria-readonly', 'readonly'],
  ['#opacity', 'hidden'],
  ['#opacity-parent', 'hidden'],
  ['#filter-opacity', 'hidden'],
  ['#scaled', 'hidden'],
  ['#offscreen', 'hidden'],
  ['#zero', 'hidden'],
  ['#clipped', 'hidden'],
  ['#clip-path', 'hidden'],
  ['#covered', 'hidden'],
];

/** Fields that undo every change: an insertion there must be reported as not landed. */
export const NEVER_LANDS = { selectors: ['#react-locked', '#reverting-ce'], text: 'Vast:' };

/** In the page: the paragraphs of an editor's own model (read through its API), or null. */
export function readModel(name: ModelName): string[] | null {
  const editors = (window as unknown as { editors?: Record<string, { model(): { paragraphs: string[] } }> })
    .editors;
  return editors?.[name]?.model().paragraphs ?? null;
}

/** In the page: the React state of the controlled single-line input. */
export function readReactInput(): string {
  return (window as unknown as { editors: { react: { input(): string } } }).editors.react.input();
}

/** In the page: the TipTap document's number of hard breaks (multi-line text must make none). */
export function readTiptapHardBreaks(): number {
  return (window as unknown as { editors: { tiptap: { hardBreaks(): number } } }).editors.tiptap.hardBreaks();
}

/** In the page (or frame): a field's value, or its text for a non-form element. */
export function readValue(selector: string): string | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.textContent;
}

/** In the page (or frame): the rendered text of an element, without a trailing newline. */
export function readRenderedText(selector: string): string {
  return ((document.querySelector(selector) as HTMLElement | null)?.innerText ?? '').replace(/\n$/, '');
}

/**
 * In the page (or frame): the paragraphs as the DOM shows them: one per block child (line breaks inside
 * one shown as ⏎), or one per rendered line when the field holds bare text.
 */
export function readDomParagraphs(selector: string): string[] {
  const el = document.querySelector(selector) as HTMLElement | null;
  if (!el) return [];
  const blocks = Array.from(el.querySelectorAll(':scope > p, :scope > div')) as HTMLElement[];
  if (el.firstChild?.nodeType === Node.TEXT_NODE || blocks.length === 0)
    return el.innerText.replace(/\n$/, '').split('\n');
  return blocks.map((b) => b.innerText.replace(/\n$/, '').replace(/\n/g, '⏎'));
}

/**
 * In the page (or frame): how a plain contenteditable holds its lines: the texts of its <div> children,
 * and its number of <br> line breaks. One insertText command of multi-line text makes a <div> per new
 * line in Chromium and a <br> per line break in Firefox; either way each line stands on its own.
 */
export function readLineStructure(selector: string): { divs: string[]; brs: number } {
  const el = document.querySelector(selector);
  return {
    divs: Array.from(el?.querySelectorAll(':scope > div') ?? []).map((d) => (d as HTMLElement).innerText),
    brs: el?.querySelectorAll('br').length ?? 0,
  };
}
