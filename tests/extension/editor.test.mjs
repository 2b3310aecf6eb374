// SPDX-License-Identifier: MPL-2.0
// content/editor.js against editors that ignore naive DOM edits: a ProseMirror-like one
// that re-renders from its own model and accepts only paste, a Lexical-like one that
// accepts only beforeinput, a React-like textarea, and one that accepts nothing (the
// guard must then refuse to send).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageWith } from './helpers.mjs';

function withClipboard(win) {
  // jsdom has no DataTransfer/ClipboardEvent: minimal stand-ins with the browser's shape.
  win.DataTransfer = class {
    constructor() {
      this.data = {};
    }
    setData(k, v) {
      this.data[k] = v;
    }
    getData(k) {
      return this.data[k] || '';
    }
  };
  win.ClipboardEvent = class extends win.Event {
    constructor(type, init) {
      super(type, init);
      this.clipboardData = init.clipboardData;
    }
  };
  return win;
}

/** Model-driven editor: renders <p> per line from `model`; DOM edits are undone. */
function modelEditor(win, el, accept) {
  const editor = { model: [''] };
  const render = () => {
    observer.disconnect();
    el.replaceChildren(...editor.model.map((line) => {
      const p = win.document.createElement('p');
      p.textContent = line;
      return p;
    }));
    observer.observe(el, { childList: true, subtree: true, characterData: true });
  };
  const observer = new win.MutationObserver(render);
  el.addEventListener('paste', (e) => {
    if (!accept.includes('paste')) return;
    e.preventDefault();
    editor.model = e.clipboardData.getData('text/plain').split('\n');
    render();
  });
  el.addEventListener('beforeinput', (e) => {
    if (!accept.includes('beforeinput')) return;
    e.preventDefault();
    editor.model = e.data.split('\n');
    render();
  });
  editor.set = (text) => {
    editor.model = text.split('\n');
    render();
  };
  render();
  return editor;
}

const REDACTED = 'Bonjour [NOM 1],\nmon numéro est [TÉLÉPHONE 1].';

test('ProseMirror-like: direct DOM edits are reverted, paste is honoured', async () => {
  const win = withClipboard(pageWith('<div id="e" contenteditable="true"></div>'));
  const el = win.document.getElementById('e');
  const ed = modelEditor(win, el, ['paste']);
  ed.set('Bonjour Marie Dupont,\nmon numéro est 06 12 34 56 78.');
  el.firstChild.textContent = 'hack';
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(win.GardeFou.text.readText(el), 'Bonjour Marie Dupont,\nmon numéro est 06 12 34 56 78.', 'naive edit undone');
  const r = await win.GardeFou.editor.replaceText(el, REDACTED, { settleMs: 4 });
  assert.equal(r.ok, true);
  assert.equal(r.strategy, 'paste');
  assert.deepEqual(ed.model, REDACTED.split('\n'));
});

test('Lexical-like: ignores paste, takes beforeinput', async () => {
  const win = withClipboard(pageWith('<div id="e" contenteditable="true"></div>'));
  const el = win.document.getElementById('e');
  const ed = modelEditor(win, el, ['beforeinput']);
  ed.set('Marie Dupont');
  const r = await win.GardeFou.editor.replaceText(el, REDACTED, { settleMs: 4 });
  assert.equal(r.ok, true);
  assert.equal(r.strategy, 'beforeinput');
});

test('an editor that refuses every input path: not ok, so nothing is sent', async () => {
  const win = withClipboard(pageWith('<div id="e" contenteditable="true"></div>'));
  const el = win.document.getElementById('e');
  const ed = modelEditor(win, el, []);
  ed.set('Marie Dupont 06 12 34 56 78');
  const r = await win.GardeFou.editor.replaceText(el, REDACTED, { settleMs: 4 });
  assert.equal(r.ok, false);
  assert.equal(r.readBack, 'Marie Dupont 06 12 34 56 78');
});

test('React-like textarea: its state follows input events, not .value', async () => {
  const win = pageWith('<textarea id="t"></textarea>');
  const ta = win.document.getElementById('t');
  const state = { value: 'Marie Dupont' };
  ta.value = state.value;
  ta.addEventListener('input', () => {
    state.value = ta.value;
  });
  const r = await win.GardeFou.editor.replaceText(ta, REDACTED, { settleMs: 4 });
  assert.equal(r.ok, true);
  assert.equal(state.value, REDACTED);
});
