/**
 * Runs inside the case-software page, injected by `scripting.executeScript({ func })` only after a user
 * action (context-menu click, keyboard command, or the panel's own button on an allowed origin). It
 * touches nothing but the focused field and reads nothing back but whether the text landed: it must
 * stay self-contained (no imports, no outer variables), because the browser serializes this one
 * function into the page.
 *
 * How it inserts: through the browser's edit history first (`execCommand('insertText')`, paragraph
 * breaks as the editor expects), so React, Quill, TipTap/ProseMirror and Lexical update their own state
 * and Ctrl+Z removes exactly the insertion; only where the browser refuses that, by setting the value
 * (inputs) or the DOM (contenteditable) directly. Afterwards it checks that the field's text is the old
 * text with the insertion added, and reports failure truthfully otherwise.
 */
export type InsertFailure = 'no-text' | 'no-focus' | 'no-field' | 'password' | 'hidden' | 'readonly';
export type InsertOutcome =
  | { ok: true; field: 'input' | 'textarea' | 'contenteditable'; via: 'history' | 'direct' }
  | { ok: false; reason: InsertFailure | 'unsupported' | 'not-landed' };

/**
 * Inserts `text` at the caret of the focused field, after a selection (never replacing it), adding a
 * space or line break where the caret touches text; single-line fields get the lines joined with "; ".
 * With `requireFocus` (the context-menu and keyboard paths), only in a document that has the focus;
 * without (the panel's own insert button, while the panel holds the focus), in the active element.
 */
export async function insertAtCaret(text: string, requireFocus = true): Promise<InsertOutcome> {
  if (typeof text !== 'string') return { ok: false, reason: 'no-text' };
  // Plain text only: newlines and tabs stay, other control and bidi-override characters go.
  const clean = Array.from(text.replace(/\r\n?/g, '\n'))
    .filter((c) => {
      const n = c.charCodeAt(0);
      return (
        n === 9 ||
        n === 10 ||
        (n >= 32 && n !== 127 && !(n >= 0x202a && n <= 0x202e) && !(n >= 0x2066 && n <= 0x2069))
      );
    })
    .join('')
    .replace(/^\n+|\n+$/g, '');
  const lines = clean.split('\n').map((l) => l.replace(/[ \t]+$/, ''));
  if (!clean.trim()) return { ok: false, reason: 'no-text' };
  if (requireFocus && !document.hasFocus()) return { ok: false, reason: 'no-focus' };
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement || el.tagName === 'IFRAME')
    return { ok: false, reason: 'no-field' };
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  const isInput = el instanceof HTMLInputElement;
  const isArea = el instanceof HTMLTextAreaElement;
  const isEditable = !isInput && !isArea && el instanceof HTMLElement && el.isContentEditable;
  if (!isInput && !isArea && !isEditable) return { ok: false, reason: 'no-field' };
  const field = el as HTMLElement;

  // --- Refusals: password-like, not text, read-only, hidden (from every angle a page could hide it).
  const style = win.getComputedStyle(field);
  const security = style.getPropertyValue('-webkit-text-security');
  if (
    (isInput && (field.getAttribute('type') ?? '').toLowerCase() === 'password') ||
    /password/i.test(field.getAttribute('autocomplete') ?? '') ||
    (security !== '' && security !== 'none')
  )
    return { ok: false, reason: 'password' };
  if (isInput) {
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'hidden') return { ok: false, reason: 'hidden' };
    if (!['text', 'search', 'url', 'tel', 'email', ''].includes(type))
      return { ok: false, reason: 'unsupported' };
  }
  const formField = field as HTMLInputElement | HTMLTextAreaElement;
  if (
    ((isInput || isArea) && (formField.readOnly || formField.disabled)) ||
    field.closest('[aria-readonly="true"], [aria-disabled="true"]')
  )
    return { ok: false, reason: 'readonly' };
  const invisible = (node: Element, w: Window): boolean => {
    for (
      let n: Element | null = node;
      n;
      n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)
    ) {
      const s = w.getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse') return true;
      const f = /opacity\(([\d.]+)(%?)\)/.exec(s.filter ?? '');
      if (Number.parseFloat(s.opacity) < 0.1 || (f && Number(f[1]) / (f[2] ? 100 : 1) < 0.1)) return true;
      if (/^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/.test(s.clip)) return true;
      const rect = n.getBoundingClientRect();
      if (n === node && (rect.width < 2 || rect.height < 2)) return true;
      if (n !== node && /hidden|clip/.test(s.overflow)) {
        const own = node.getBoundingClientRect();
        const w2 = Math.min(own.right, rect.right) - Math.max(own.left, rect.left);
        const h2 = Math.min(own.bottom, rect.bottom) - Math.max(own.top, rect.top);
        if (w2 < 2 || h2 < 2) return true;
      }
    }
    const r = node.getBoundingClientRect();
    const root = node.ownerDocument.documentElement;
    const width = Math.max(root.scrollWidth, w.innerWidth);
    const height = Math.max(root.scrollHeight, w.innerHeight);
    // Off-screen: where no scrolling can bring it (left of or above the page, or beyond its end).
    if (r.right + w.scrollX <= 0 || r.bottom + w.scrollY <= 0) return true;
    if (r.left + w.scrollX >= width || r.top + w.scrollY >= height) return true;
    // Covered or clipped: none of five points of it that are in view hit the field itself.
    const hitRoot = node.getRootNode() as Document | ShadowRoot;
    if (typeof hitRoot.elementFromPoint !== 'function') return false;
    let inView = 0;
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.25, 0.25],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.75, 0.75],
    ] as const) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (x < 0 || y < 0 || x >= w.innerWidth || y >= w.innerHeight) continue;
      const hit = hitRoot.elementFromPoint(x, y);
      if (!hit) continue;
      inView++;
      if (hit === node || node.contains(hit)) return false;
    }
    return inView > 0;
  };
  let hidden = invisible(field, win);
  try {
    // A field inside a same-origin frame that is itself hidden is hidden too.
    const frame = win.frameElement;
    if (!hidden && frame?.ownerDocument.defaultView)
      hidden = invisible(frame, frame.ownerDocument.defaultView);
  } catch {
    // cross-origin parent: not ours to inspect
  }
  if (hidden) return { ok: false, reason: 'hidden' };

  // --- What the field holds now, to verify afterwards that exactly the insertion was added.
  const squash = (s: string) => s.replace(/[\s\u200b\ufeff]+/g, '');
  const textOf = () => (isEditable ? (field.textContent ?? '') : formField.value);
  const beforeText = squash(textOf());
  const landed = (ins: string) => {
    const now = squash(textOf());
    const add = squash(ins);
    if (now.length !== beforeText.length + add.length) return false;
    for (let i = now.indexOf(add); i >= 0; i = now.indexOf(add, i + 1))
      if (now.slice(0, i) + now.slice(i + add.length) === beforeText) return true;
    return false;
  };
  const settle = () => new Promise((r) => setTimeout(r, 40));
  const touches = (s: string) => s !== '' && !/\s$/.test(s.replace(/[\u200b\ufeff]/g, ''));
  const exec = (cmd: string, value?: string) => {
    try {
      return doc.execCommand(cmd, false, value);
    } catch {
      return false;
    }
  };

  if (isInput || isArea) {
    const value = formField.value;
    const end = formField.selectionEnd ?? value.length;
    const single = isInput || lines.length === 1;
    const body = isInput
      ? lines
          .map((l) => l.trim())
          .filter(Boolean)
          .join('; ')
      : lines.join('\n');
    const sep = single ? ' ' : '\n';
    const rest = value.slice(end);
    const piece =
      (touches(value.slice(0, end)) ? sep : '') + body + (rest !== '' && !/^\s/.test(rest) ? sep : '');
    const kind = isInput ? 'input' : 'textarea';
    try {
      formField.setSelectionRange(end, end);
    } catch {
      // email inputs have no selection API; the caret is at the end
    }
    if (exec('insertText', piece) && landed(piece)) {
      await settle();
      return landed(piece) ? { ok: true, field: kind, via: 'history' } : { ok: false, reason: 'not-landed' };
    }
    if (formField.value !== value) return { ok: false, reason: 'not-landed' };
    // Refused by the browser: set the value through the prototype's setter, which frameworks that track
    // the value (React) notice, and announce it as typing.
    const proto = isInput ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    const next = value.slice(0, end) + piece + value.slice(end);
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(formField, next);
    else formField.value = next;
    try {
      formField.setSelectionRange(end + piece.length, end + piece.length);
    } catch {
      // see above
    }
    formField.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: piece }),
    );
    formField.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    return landed(piece) ? { ok: true, field: kind, via: 'direct' } : { ok: false, reason: 'not-landed' };
  }

  // --- Contenteditable: caret inside the field (collapsed after any selection), or at its end.
  const sel = doc.getSelection();
  if (!sel) return { ok: false, reason: 'no-field' };
  if (sel.rangeCount === 0 || !field.contains(sel.getRangeAt(0).commonAncestorContainer)) {
    let last: Node = field;
    while (last.lastChild && last.lastChild.nodeName !== 'BR') last = last.lastChild;
    const r = doc.createRange();
    if (last.nodeType === Node.TEXT_NODE) r.setStart(last, last.textContent?.length ?? 0);
    else r.selectNodeContents(last);
    r.collapse(false);
    sel.removeAllRanges();
    sel.addRange(r);
  } else sel.collapseToEnd();
  const caret = sel.getRangeAt(0);
  let block: Node =
    caret.startContainer.nodeType === Node.TEXT_NODE
      ? (caret.startContainer.parentNode ?? field)
      : caret.startContainer;
  while (block !== field && block instanceof Element && /^inline/.test(win.getComputedStyle(block).display))
    block = block.parentNode ?? field;
  const around = (start: boolean) => {
    const r = doc.createRange();
    r.selectNodeContents(block);
    if (start) r.setEnd(caret.startContainer, caret.startOffset);
    else r.setStart(caret.startContainer, caret.startOffset);
    return r.toString();
  };
  const pre = around(true);
  const post = around(false).replace(/[\u200b\ufeff]/g, '');
  const multi = lines.length > 1;
  const breakLine = async () => {
    const cmd = field.contentEditable === 'plaintext-only' ? 'insertLineBreak' : 'insertParagraph';
    // Editors that make paragraphs from beforeinput (Lexical) take it from here, and redraw the field
    // (and its caret) a moment later: wait for that before typing on. Others get the command.
    const ev = new InputEvent('beforeinput', {
      inputType: cmd,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    if (field.dispatchEvent(ev)) return exec(cmd);
    await new Promise((r) => setTimeout(r, 0));
    return true;
  };
  const joined = lines.join('\n');
  let ok = true;
  const parts = lines.slice();
  if (touches(pre) && !multi) parts[0] = ` ${parts[0]}`;
  const tail = post !== '' && !/^\s/.test(post);
  if (tail && !multi) parts[parts.length - 1] = `${parts[parts.length - 1]} `;
  // Editors with their own model and history get each line as a paragraph of its own. A plain field gets
  // one command with the line breaks in it: one step for the browser's own undo (Firefox does not merge).
  const ownHistory = field.matches(
    '.ql-editor, .ProseMirror, [data-lexical-editor], .ck-editor__editable, [data-slate-editor], .public-DraftEditor-content',
  );
  if (multi && !ownHistory) {
    parts[0] = `${touches(pre) ? '\n' : ''}${parts[0]}`;
    parts[parts.length - 1] = `${parts[parts.length - 1]}${tail ? '\n' : ''}`;
    ok = exec('insertText', parts.join('\n'));
  } else {
    if (touches(pre) && multi) ok = await breakLine();
    for (const [i, line] of parts.entries()) {
      if (ok && i > 0) ok = await breakLine();
      if (ok && line) ok = exec('insertText', line);
    }
    if (ok && tail && multi) ok = await breakLine();
  }
  const piece = parts.join('\n');
  // Editors reconcile their model and DOM a moment after the input: judge the field after that.
  await settle();
  if (ok && landed(piece)) return { ok: true, field: 'contenteditable', via: 'history' };
  if (squash(textOf()) !== beforeText) return { ok: false, reason: 'not-landed' };
  // Refused by the browser: put the text in as nodes, lines separated by <br>, and announce it.
  const frag = doc.createDocumentFragment();
  piece.split('\n').forEach((line, i) => {
    if (i > 0) frag.appendChild(doc.createElement('br'));
    if (line) frag.appendChild(doc.createTextNode(line));
  });
  const lastNode = frag.lastChild;
  const at = sel.rangeCount > 0 ? sel.getRangeAt(0) : caret;
  at.insertNode(frag);
  if (lastNode) {
    const after = doc.createRange();
    after.setStartAfter(lastNode);
    after.collapse(true);
    sel.removeAllRanges();
    sel.addRange(after);
  }
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: joined }),
  );
  await settle();
  return landed(piece)
    ? { ok: true, field: 'contenteditable', via: 'direct' }
    : { ok: false, reason: 'not-landed' };
}
