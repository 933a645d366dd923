/**
 * Runs inside the case-software page, injected by `scripting.executeScript({ func })` only after a user
 * action (context-menu click or keyboard command). It touches nothing but the focused field and reads no
 * page content: it must stay self-contained (no imports, no outer variables), because the browser
 * serializes this one function into the page.
 */
export type InsertOutcome =
  | { ok: true; field: 'input' | 'textarea' | 'contenteditable' }
  | { ok: false; reason: 'no-focus' | 'no-field' | 'password' | 'hidden' | 'readonly' | 'unsupported' };

/**
 * Inserts `text` at the caret of the focused field. With `requireFocus`, only in a document that has the
 * focus (the context-menu and keyboard paths); without, in the document's active element even while the
 * side panel holds the focus (the panel's own insert button, after probeFocus chose this frame).
 */
export function insertAtCaret(text: string, requireFocus = true): InsertOutcome {
  if (typeof text !== 'string' || (requireFocus && !document.hasFocus()))
    return { ok: false, reason: 'no-focus' };
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el.tagName === 'IFRAME') return { ok: false, reason: 'no-field' };

  const fire = (target: Element, data: string) => {
    target.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }),
    );
    target.dispatchEvent(new Event('change', { bubbles: true }));
  };

  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    if (el instanceof HTMLInputElement) {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'password') return { ok: false, reason: 'password' };
      if (type === 'hidden') return { ok: false, reason: 'hidden' };
      if (!['text', 'search', 'url', 'tel', 'email', ''].includes(type))
        return { ok: false, reason: 'unsupported' };
    }
    if (el.readOnly || el.disabled) return { ok: false, reason: 'readonly' };
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return { ok: false, reason: 'hidden' };
    const value = el.value;
    // Insert at the caret; with a selection, after it: existing text is never replaced.
    const caret = el.selectionEnd ?? value.length;
    const next = value.slice(0, caret) + text + value.slice(caret);
    // Use the prototype's setter so frameworks that track the value (React) see the change.
    const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(el, next);
    else el.value = next;
    try {
      el.setSelectionRange(caret + text.length, caret + text.length);
    } catch {
      // email inputs do not support selection ranges
    }
    fire(el, text);
    return { ok: true, field: el instanceof HTMLInputElement ? 'input' : 'textarea' };
  }

  if (el instanceof HTMLElement && el.isContentEditable) {
    const sel = el.ownerDocument.getSelection();
    let range: Range;
    if (sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).commonAncestorContainer)) {
      range = sel.getRangeAt(0).cloneRange();
      range.collapse(false);
    } else {
      range = el.ownerDocument.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
    }
    const lines = text.split('\n');
    const frag = el.ownerDocument.createDocumentFragment();
    lines.forEach((line, i) => {
      if (i > 0) frag.appendChild(el.ownerDocument.createElement('br'));
      frag.appendChild(el.ownerDocument.createTextNode(line));
    });
    const last = frag.lastChild;
    range.insertNode(frag);
    if (last && sel) {
      const after = el.ownerDocument.createRange();
      after.setStartAfter(last);
      after.collapse(true);
      sel.removeAllRanges();
      sel.addRange(after);
    }
    fire(el, text);
    return { ok: true, field: 'contenteditable' };
  }
  return { ok: false, reason: 'no-field' };
}

export interface FocusProbe {
  /** This document has the keyboard focus. */
  focused: boolean;
  /** Its active element is a field text could go into (by kind), or null. */
  field: 'input' | 'textarea' | 'contenteditable' | 'refused' | null;
}

/** Tells, without reading anything, whether this frame holds the field the user was typing in. Self-contained. */
export function probeFocus(): FocusProbe {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  let field: FocusProbe['field'] = null;
  if (el instanceof HTMLInputElement) {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    field =
      ['text', 'search', 'url', 'tel', 'email', ''].includes(type) && !el.readOnly && !el.disabled
        ? 'input'
        : 'refused';
  } else if (el instanceof HTMLTextAreaElement) field = el.readOnly || el.disabled ? 'refused' : 'textarea';
  else if (el instanceof HTMLElement && el.isContentEditable) field = 'contenteditable';
  return { focused: document.hasFocus(), field };
}
