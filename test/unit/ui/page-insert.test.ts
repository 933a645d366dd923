// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { insertAtCaret } from '../../../extension/features/insert/page-insert';

beforeEach(() => {
  document.body.innerHTML = `
    <input id="i" value="Begin: " />
    <textarea id="t">Eerste regel</textarea>
    <div id="c" contenteditable="true">Besluit: </div>
    <input id="p" type="password" value="geheim" />
    <input id="r" value="vast" readonly />
    <input id="n" type="number" value="3" />
    <input id="h" type="hidden" value="geheim" />
    <input id="v" value="onzichtbaar" style="display:none" />`;
});
const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

describe('inserting at the caret', () => {
  it('inserts into an input at the caret and keeps the text around it', () => {
    const input = el<HTMLInputElement>('i');
    input.focus();
    input.setSelectionRange(7, 7);
    const events: string[] = [];
    input.addEventListener('input', () => events.push('input'));
    input.addEventListener('change', () => events.push('change'));
    expect(insertAtCaret('tekst')).toEqual({ ok: true, field: 'input' });
    expect(input.value).toBe('Begin: tekst');
    expect(events).toEqual(['input', 'change']);
  });

  it('inserts after a selection instead of replacing it', () => {
    const ta = el<HTMLTextAreaElement>('t');
    ta.focus();
    ta.setSelectionRange(0, 6);
    insertAtCaret('[X]');
    expect(ta.value).toBe('Eerste[X] regel');
  });

  it('inserts plain text into a contenteditable field, markup staying text', () => {
    const c = el<HTMLDivElement>('c');
    c.focus();
    expect(insertAtCaret('<b>niet vet</b>\ntweede')).toEqual({ ok: true, field: 'contenteditable' });
    expect(c.textContent).toBe('Besluit: <b>niet vet</b>tweede');
    expect(c.querySelector('b')).toBeNull();
    expect(c.querySelectorAll('br')).toHaveLength(1);
  });

  it('refuses password, read-only and non-text fields and leaves them unchanged', () => {
    el<HTMLInputElement>('p').focus();
    expect(insertAtCaret('x')).toEqual({ ok: false, reason: 'password' });
    expect(el<HTMLInputElement>('p').value).toBe('geheim');
    el<HTMLInputElement>('r').focus();
    expect(insertAtCaret('x')).toEqual({ ok: false, reason: 'readonly' });
    el<HTMLInputElement>('n').focus();
    expect(insertAtCaret('x')).toEqual({ ok: false, reason: 'unsupported' });
  });

  it('never writes into a hidden field or an invisible one', () => {
    const hidden = el<HTMLInputElement>('h');
    hidden.focus();
    insertAtCaret('x');
    expect(hidden.value).toBe('geheim');
    const invisible = el<HTMLInputElement>('v');
    invisible.focus();
    if (document.activeElement === invisible)
      expect(insertAtCaret('x')).toEqual({ ok: false, reason: 'hidden' });
    expect(invisible.value).toBe('onzichtbaar');
  });

  it('does nothing when no field has focus', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    expect(insertAtCaret('x').ok).toBe(false);
  });
});
