// SPDX-License-Identifier: MPL-2.0
// What the composer holds, as the plain text the chatbot will receive: a textarea's
// value, or a contenteditable's blocks joined by newlines (ProseMirror, Lexical, Quill
// and Tiptap all render one block per paragraph). Pure DOM reading, no extension API.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TABLE', 'TR']);

  function readText(el) {
    if (!el) return '';
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return el.value;
    const lines = [];
    let current = '';
    const flush = () => {
      lines.push(current);
      current = '';
    };
    const walk = (node, isLastInBlock) => {
      if (node.nodeType === 3) {
        current += node.data;
        return;
      }
      if (node.nodeType !== 1) return;
      const tag = node.tagName;
      if (node.hasAttribute('data-gardefou')) return; // never read our own UI
      if (tag === 'BR') {
        // ProseMirror and Lexical put a trailing <br> in empty or final lines.
        if (!isLastInBlock) {
          flush();
        }
        return;
      }
      if (tag === 'STYLE' || tag === 'SCRIPT' || node.getAttribute('aria-hidden') === 'true') return;
      if (node.getAttribute('contenteditable') === 'false' && node.classList.contains('ProseMirror-widget')) return;
      const block = BLOCKS.has(tag);
      if (block && current !== '') flush();
      const before = lines.length;
      const kids = node.childNodes;
      for (let i = 0; i < kids.length; i++) walk(kids[i], block ? i === kids.length - 1 : isLastInBlock && i === kids.length - 1);
      // A block ends its line; an empty block (empty paragraph) is an empty line.
      if (block && (current !== '' || lines.length === before)) flush();
    };
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], i === kids.length - 1);
    if (current !== '') flush();
    // Blocks produce one line each; a lone text node (plain contenteditable) is one line.
    return lines.join('\n').replace(/\n+$/, '');
  }

  /** For comparing what we wrote with what the editor holds: spaces and line ends. */
  function normalizeForCompare(text) {
    return String(text)
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u202f\u2007]/g, ' ')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
  }

  ns.text = { readText, normalizeForCompare };
})(globalThis);
