/**
 * The editor matrix: the editors case software embeds, from the real packages, bundled locally by
 * `scripts/build-editors.ts` (no CDN). Each editor's own model is exposed on `window.editors` so tests
 * can compare framework state with the DOM: `window.editors.<name>.model()` returns
 * `{ text, paragraphs }` read through the editor's API, and the editor object itself is there too.
 */

import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import Quill from 'quill';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import 'quill/dist/quill.snow.css';

interface Model {
  text: string;
  paragraphs: string[];
}
const lines = (s: string): string[] => s.split('\n');
const state: { textarea: string; input: string } = { textarea: 'Verslag:', input: 'Doel:' };

function ReactFields() {
  const [textarea, setTextarea] = useState(state.textarea);
  const [input, setInput] = useState(state.input);
  state.textarea = textarea;
  state.input = input;
  return (
    <>
      <textarea
        id="react-textarea"
        aria-label="React textarea"
        rows={4}
        value={textarea}
        onChange={(e) => setTextarea(e.currentTarget.value)}
      />
      <input
        id="react-input"
        aria-label="React invoerveld"
        value={input}
        onChange={(e) => setInput(e.currentTarget.value)}
      />
      <input
        id="react-locked"
        aria-label="React veld dat elke wijziging weigert"
        value="Vast:"
        onChange={() => undefined}
      />
      <p>
        Waarde volgens React: <output id="react-state">{textarea}</output>
      </p>
    </>
  );
}
const reactRoot = createRoot(document.getElementById('react-root') as HTMLElement);
flushSync(() => reactRoot.render(<ReactFields />));

const quill = new Quill('#quill', { theme: 'snow', modules: { toolbar: false, history: { delay: 1000 } } });
quill.setText('Besluit:\n', 'api');
quill.history.clear();

const tiptap = new Editor({
  element: document.getElementById('tiptap') as HTMLElement,
  extensions: [StarterKit],
  content: '<p>Verslag:</p>',
});

function lexicalField(id: string, rich: boolean, initial: string): LexicalEditor {
  const editor = createEditor({
    namespace: id,
    nodes: rich ? [HeadingNode, QuoteNode] : [],
    onError: (e) => {
      throw e;
    },
  });
  editor.setRootElement(document.getElementById(id));
  if (rich) registerRichText(editor);
  else registerPlainText(editor);
  editor.update(
    () => {
      const p = $createParagraphNode();
      p.append($createTextNode(initial));
      $getRoot().clear().append(p);
    },
    { discrete: true },
  );
  return editor;
}
const lexical = lexicalField('lexical', true, 'Notitie:');
const lexicalPlain = lexicalField('lexical-plain', false, 'Notitie:');
const lexicalModel = (editor: LexicalEditor) => (): Model =>
  editor.getEditorState().read(() => {
    const text = $getRoot().getTextContent();
    const root = $getRoot();
    // Rich text: one child per paragraph. Plain text: one paragraph holding line breaks.
    const paragraphs =
      root.getChildrenSize() === 1 && editor === lexicalPlain
        ? lines(text)
        : root.getChildren().map((c) => c.getTextContent());
    return { text, paragraphs };
  });

const tiptapText = (node: { text?: string; content?: unknown[] }): string =>
  node.text ?? (node.content ?? []).map((c) => tiptapText(c as typeof node)).join('');

const editors = {
  react: {
    model: (): Model => ({ text: state.textarea, paragraphs: lines(state.textarea) }),
    input: (): string => state.input,
  },
  quill: {
    editor: quill,
    model: (): Model => {
      const text = quill.getText().replace(/\n$/, '');
      return { text, paragraphs: lines(text) };
    },
  },
  tiptap: {
    editor: tiptap,
    json: () => tiptap.getJSON(),
    model: (): Model => {
      const doc = tiptap.getJSON() as { content?: { type: string; content?: unknown[] }[] };
      const blocks = doc.content ?? [];
      return { text: tiptap.getText({ blockSeparator: '\n' }), paragraphs: blocks.map((b) => tiptapText(b)) };
    },
    hardBreaks: (): number => (JSON.stringify(tiptap.getJSON()).match(/"hardBreak"/g) ?? []).length,
  },
  lexical: { editor: lexical, model: lexicalModel(lexical) },
  lexicalPlain: { editor: lexicalPlain, model: lexicalModel(lexicalPlain) },
};
(window as unknown as { editors: typeof editors }).editors = editors;

// The cross-origin frame: the same server under the other local host name (localhost <-> 127.0.0.1),
// or the address given as ?cross=<url>.
const cross = new URL(location.href).searchParams.get('cross');
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
(document.getElementById('cross-frame') as HTMLIFrameElement).src =
  cross ?? `${location.protocol}//${otherHost}:${location.port}/cross.html`;
// A field whose page undoes every change at once (as some validating widgets do): nothing can land.
const reverting = document.getElementById('reverting-ce') as HTMLElement;
const original = reverting.textContent ?? '';
reverting.addEventListener('input', () => {
  reverting.textContent = original;
});
document.documentElement.dataset.ready = 'true';
