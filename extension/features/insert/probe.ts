/** The probe run in every frame before inserting: which frame holds the user's field. Self-contained. */
export interface FocusProbe {
  /** This document has the keyboard focus. */
  focused: boolean;
  /**
   * Its active element: a field text could go into (by kind), a field that will be refused, a frame
   * (the field is inside it, maybe out of reach), or nothing.
   */
  field: 'input' | 'textarea' | 'contenteditable' | 'refused' | 'frame' | null;
}

/** Tells, without reading anything, whether this frame holds the field the user was typing in. */
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
  else if (el instanceof HTMLIFrameElement || el?.tagName === 'FRAME') field = 'frame';
  return { focused: document.hasFocus(), field };
}
