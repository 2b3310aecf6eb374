// SPDX-License-Identifier: MPL-2.0
// Writes text into a composer through the editor's own input path, then reads it back.
//
// Rich editors (ProseMirror, Lexical, Quill, Tiptap) keep their own model and silently
// undo or ignore direct DOM edits; React textareas ignore `.value =` without an input
// event. So we go through input the editors do honour, in order:
//   1. select everything, then a paste event carrying the text (ProseMirror, Lexical,
//      Quill all handle paste from clipboardData) — contenteditable only;
//   2. select everything, then document.execCommand('insertText') (fires beforeinput and
//      input like typing; works for textareas and contenteditables in Chrome and Firefox);
//   3. a beforeinput 'insertReplacementText' / 'insertText' event with the text;
//   4. textarea only: the native value setter plus an 'input' event (React's path).
// After each attempt we read the composer back; success only when it holds the text.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const delay = (ms) => new Promise((r) => setTimeout(r, ms));

  function selectAll(el) {
    const doc = el.ownerDocument;
    el.focus();
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
      el.select();
      return;
    }
    const sel = doc.getSelection();
    const range = doc.createRange();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
  }

  function makeDataTransfer(win, text) {
    try {
      const dt = new win.DataTransfer();
      dt.setData('text/plain', text);
      return dt;
    } catch {
      return null;
    }
  }

  const strategies = {
    paste(el, text) {
      if (el.tagName === 'TEXTAREA') return false;
      const win = el.ownerDocument.defaultView;
      const dt = makeDataTransfer(win, text);
      if (!dt || typeof win.ClipboardEvent !== 'function') return false;
      const ev = new win.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
      if (!ev.clipboardData) return false;
      el.dispatchEvent(ev);
      // An editor that handled the paste cancels the event; if nobody did, nothing changed.
      return ev.defaultPrevented;
    },
    execCommand(el, text) {
      const doc = el.ownerDocument;
      if (typeof doc.execCommand !== 'function') return false;
      try {
        return doc.execCommand('insertText', false, text);
      } catch {
        return false;
      }
    },
    beforeinput(el, text) {
      const win = el.ownerDocument.defaultView;
      if (typeof win.InputEvent !== 'function') return false;
      const dt = makeDataTransfer(win, text);
      const ev = new win.InputEvent('beforeinput', {
        inputType: 'insertReplacementText', data: text, dataTransfer: dt, bubbles: true, cancelable: true, composed: true,
      });
      el.dispatchEvent(ev);
      return ev.defaultPrevented;
    },
    nativeSetter(el, text) {
      if (el.tagName !== 'TEXTAREA') return false;
      const win = el.ownerDocument.defaultView;
      const setter = Object.getOwnPropertyDescriptor(win.HTMLTextAreaElement.prototype, 'value').set;
      setter.call(el, text);
      el.dispatchEvent(new win.Event('input', { bubbles: true }));
      return true;
    },
  };

  const ORDER = ['paste', 'execCommand', 'beforeinput', 'nativeSetter'];

  /**
   * Replaces the whole content of `el` with `text`. Resolves
   * {ok, strategy, readBack}; ok only when the editor now holds `text`.
   */
  async function replaceText(el, text, options = {}) {
    const { readText, normalizeForCompare } = ns.text;
    const settle = options.settleMs ?? 40;
    const want = normalizeForCompare(text);
    const order = options.order || ORDER;
    let readBack = readText(el);
    for (const name of order) {
      selectAll(el);
      // Editors sync their selection on 'selectionchange', which fires asynchronously.
      await delay(settle / 2);
      try {
        strategies[name](el, text);
      } catch {
        /* this way is not available here: try the next one */
      }
      await delay(settle);
      // Only what the editor now holds counts, whatever the strategy claimed. A partial
      // result (e.g. appended instead of replaced) is overwritten by the next attempt,
      // which starts from a fresh select-all.
      readBack = readText(el);
      if (normalizeForCompare(readBack) === want) return { ok: true, strategy: name, readBack };
    }
    return { ok: normalizeForCompare(readBack) === want, strategy: null, readBack };
  }

  ns.editor = { replaceText, selectAll, strategies, ORDER };
})(globalThis);
