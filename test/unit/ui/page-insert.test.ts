// @vitest-environment happy-dom
/**
 * insertAtCaret under happy-dom, which has no layout and no execCommand: the layout is stubbed (every
 * element a visible 200x30 box unless a test says otherwise) and execCommand is either absent (the
 * direct fallback) or a stand-in that behaves as the browser's does, or misbehaves on purpose.
 * The real browsers' behaviour with real editors is proven in test/e2e/editors.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret } from '../../../extension/features/insert/page-insert';
import { probeFocus } from '../../../extension/features/insert/probe';

const box = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
let rects: Map<Element, DOMRect>;
let hits: ((x: number, y: number) => Element | null) | null;

beforeEach(() => {
  rects = new Map();
  hits = null;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rects.get(this) ?? box(10, 10, 200, 30);
  });
  Object.defineProperty(document, 'elementFromPoint', {
    configurable: true,
    value: (x: number, y: number) => (hits ? hits(x, y) : null),
  });
  document.body.innerHTML = `
    <input id="i" value="Begin:" />
    <input id="s" value="Begin: " />
    <textarea id="t">Eerste regel</textarea>
    <div id="c" contenteditable="true">Besluit:</div>
    <input id="p" type="password" value="geheim" />
    <input id="ap" autocomplete="current-password" value="geheim" />
    <input id="ws" style="-webkit-text-security: disc" value="geheim" />
    <input id="r" value="vast" readonly />
    <div id="ar" contenteditable="true" aria-readonly="true">vast</div>
    <input id="n" type="number" value="3" />
    <input id="h" type="hidden" value="geheim" />
    <input id="o" style="opacity: 0" value="onzichtbaar" />
    <div style="opacity: 0.01"><input id="op" value="onzichtbaar" /></div>
    <input id="fo" style="filter: opacity(5%)" value="onzichtbaar" />
    <input id="cl" style="position: absolute; clip: rect(0px, 0px, 0px, 0px)" value="onzichtbaar" />`;
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'execCommand');
});
const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const at = (id: string, pos: number) => {
  const f = el<HTMLInputElement>(id);
  f.focus();
  f.setSelectionRange(pos, pos);
  return f;
};
/** A stand-in for the browser's insertText command on text fields: inserts at the caret, as typing. */
function browserInsertText(mangle = (s: string) => s) {
  const calls: string[] = [];
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (cmd: string, _ui: boolean, value: string) => {
      calls.push(`${cmd}:${value}`);
      const f = document.activeElement;
      if (cmd !== 'insertText' || !(f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement))
        return false;
      const end = f.selectionEnd ?? f.value.length;
      f.value = f.value.slice(0, end) + mangle(value) + f.value.slice(end);
      return true;
    },
  });
  return calls;
}

describe('inserting at the caret', () => {
  it('goes through the edit history first, with a space where the caret touches text', async () => {
    const calls = browserInsertText();
    const input = at('i', 6);
    expect(await insertAtCaret('tekst')).toEqual({ ok: true, field: 'input', via: 'history' });
    expect(input.value).toBe('Begin: tekst');
    expect(calls).toEqual(['insertText: tekst']);
  });

  it('adds no space where there already is one, and one on each side in the middle of a word', async () => {
    browserInsertText();
    const spaced = at('s', 7);
    await insertAtCaret('tekst');
    expect(spaced.value).toBe('Begin: tekst');
    const word = at('i', 3);
    await insertAtCaret('X');
    expect(word.value).toBe('Beg X in:');
  });

  it('joins lines with "; " in a single-line field, dropping empty lines', async () => {
    browserInsertText();
    const input = at('i', 6);
    await insertAtCaret('Eerste regel\n\nTweede regel\r\nDerde');
    expect(input.value).toBe('Begin: Eerste regel; Tweede regel; Derde');
  });

  it('puts multi-line text on a line of its own in a textarea and keeps its line breaks', async () => {
    browserInsertText();
    const ta = at('t', 12);
    await insertAtCaret('een\ntwee');
    expect(ta.value).toBe('Eerste regel\neen\ntwee');
  });

  it('falls back to setting the value only where the browser refuses the edit-history path', async () => {
    const input = at('i', 6);
    const events: string[] = [];
    input.addEventListener('input', () => events.push('input'));
    input.addEventListener('change', () => events.push('change'));
    expect(await insertAtCaret('tekst')).toEqual({ ok: true, field: 'input', via: 'direct' });
    expect(input.value).toBe('Begin: tekst');
    expect(events).toEqual(['input', 'change']);
  });

  it('inserts after a selection instead of replacing it', async () => {
    const ta = el<HTMLTextAreaElement>('t');
    ta.focus();
    ta.setSelectionRange(0, 6);
    await insertAtCaret('[X]');
    expect(ta.value).toBe('Eerste [X] regel');
  });

  it('reports a failure, never a success, when the text did not land as it should', async () => {
    browserInsertText((s) => s.toUpperCase());
    const input = at('i', 6);
    expect(await insertAtCaret('tekst')).toEqual({ ok: false, reason: 'not-landed' });
    // A page that throws every change away: nothing lands, and it says so.
    Reflect.deleteProperty(document, 'execCommand');
    const locked = at('s', 7);
    locked.addEventListener('input', () => {
      locked.value = 'Begin: ';
    });
    expect(await insertAtCaret('tekst')).toEqual({ ok: false, reason: 'not-landed' });
    expect(input.value).toBe('Begin: TEKST');
  });

  it('inserts plain text into a contenteditable field, markup staying text, lines as line breaks when the browser offers no editing commands', async () => {
    const c = el<HTMLDivElement>('c');
    c.focus();
    expect(await insertAtCaret('<b>niet vet</b>\ntweede')).toEqual({
      ok: true,
      field: 'contenteditable',
      via: 'direct',
    });
    expect(c.textContent).toBe('Besluit:<b>niet vet</b>tweede');
    expect(c.querySelector('b')).toBeNull();
    // A line break after "Besluit:" (the caret touched text), and one between the two lines.
    expect(c.innerHTML).toBe('Besluit:<br>&lt;b&gt;niet vet&lt;/b&gt;<br>tweede');
  });

  it('drops control and bidi-override characters, keeping line breaks and tabs', async () => {
    browserInsertText();
    const ta = at('t', 12);
    await insertAtCaret('a\u202Eb\u0007c\td');
    expect(ta.value).toBe('Eerste regel abc\td');
  });

  it('with requireFocus, inserts nothing into a document without the keyboard focus', async () => {
    const input = at('i', 6);
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    expect(await insertAtCaret('x', true)).toEqual({ ok: false, reason: 'no-focus' });
    expect(input.value).toBe('Begin:');
    expect((await insertAtCaret('x', false)).ok).toBe(true);
  });

  it('does nothing when no field has focus, or the text is empty', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await insertAtCaret('x')).toEqual({ ok: false, reason: 'no-field' });
    at('i', 6);
    expect(await insertAtCaret(' \n ')).toEqual({ ok: false, reason: 'no-text' });
  });
});

describe('refusing fields', () => {
  const refused = async (id: string, reason: string) => {
    const f = el<HTMLInputElement>(id);
    const before = f.value ?? f.textContent;
    f.focus();
    expect(document.activeElement).toBe(f);
    expect(await insertAtCaret('x'), id).toEqual({ ok: false, reason });
    expect(f.value ?? f.textContent).toBe(before);
  };

  it('refuses password fields and fields marked for passwords', async () => {
    await refused('p', 'password');
    await refused('ap', 'password');
  });

  it('refuses fields styled as passwords (-webkit-text-security)', async () => {
    const ws = el('ws');
    const real = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((node: Element) => {
      const style = real(node);
      if (node !== ws) return style;
      return new Proxy(style, {
        get: (target, key) =>
          key === 'getPropertyValue'
            ? (name: string) => (name === '-webkit-text-security' ? 'disc' : target.getPropertyValue(name))
            : Reflect.get(target, key),
      });
    });
    await refused('ws', 'password');
  });

  it('refuses read-only and non-text fields', async () => {
    await refused('r', 'readonly');
    await refused('ar', 'readonly');
    await refused('n', 'unsupported');
  });

  it('refuses transparent fields (opacity or filter), fields in a transparent parent and clipped fields', async () => {
    await refused('o', 'hidden');
    await refused('op', 'hidden');
    await refused('cl', 'hidden');
    await refused('fo', 'hidden');
  });

  it('refuses a 0x0 field and one placed where no scrolling reaches', async () => {
    rects.set(el('i'), box(10, 10, 0, 0));
    await refused('i', 'hidden');
    rects.set(el('i'), box(-9999, 10, 200, 30));
    await refused('i', 'hidden');
    rects.set(el('i'), box(10, -500, 200, 30));
    await refused('i', 'hidden');
  });

  it('refuses a field that something else covers, and accepts one partly covered', async () => {
    const cover = document.createElement('div');
    document.body.append(cover);
    hits = () => cover;
    await refused('i', 'hidden');
    hits = (x) => (x > 100 ? cover : el('i'));
    at('i', 6);
    expect((await insertAtCaret('x')).ok).toBe(true);
  });

  it('refuses a field inside a frame that is itself transparent in its parent page', async () => {
    const frameElement = document.createElement('div');
    frameElement.style.opacity = '0';
    document.body.append(frameElement);
    Object.defineProperty(window, 'frameElement', { configurable: true, get: () => frameElement });
    try {
      await refused('i', 'hidden');
    } finally {
      Reflect.deleteProperty(window, 'frameElement');
    }
  });

  it('never writes into a hidden input', async () => {
    const hidden = el<HTMLInputElement>('h');
    hidden.focus();
    await insertAtCaret('x');
    expect(hidden.value).toBe('geheim');
  });
});

describe('probing the focus', () => {
  it('tells the kind of field, a refused one, or that the focus is in a frame', () => {
    at('i', 0);
    expect(probeFocus()).toEqual({ focused: true, field: 'input' });
    el('r').focus();
    expect(probeFocus().field).toBe('refused');
    // The focus inside a frame: the parent document's active element is the frame element.
    const frame = document.createElement('iframe');
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
    expect(probeFocus().field).toBe('frame');
  });
});
