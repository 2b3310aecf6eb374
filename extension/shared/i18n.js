// SPDX-License-Identifier: MPL-2.0
// Translation tables. The texts live in _locales/<lang>/messages.json (the WebExtension
// format, so the manifest can use them too); this module picks the language (the
// "language" option can override the browser's) and substitutes $1..$9.
// Pure: the background loads the JSON and hands the table to pages and content scripts.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const SUPPORTED = ['fr', 'en'];
  const DEFAULT_LANG = 'fr';

  /** 'auto' follows the browser: English when it is in English, French otherwise. */
  function resolveLanguage(setting, uiLanguage) {
    if (SUPPORTED.includes(setting)) return setting;
    const ui = String(uiLanguage || '').toLowerCase();
    if (ui.startsWith('en')) return 'en';
    return DEFAULT_LANG;
  }

  /** messages: the parsed messages.json ({key: {message}}); returns t(key, ...subs). */
  function createTranslator(messages) {
    const table = messages || {};
    function t(key, ...subs) {
      const entry = table[key];
      if (!entry) return key;
      return String(entry.message).replace(/\$([1-9])/g, (m, n) => {
        const v = subs[Number(n) - 1];
        return v === undefined ? '' : String(v);
      });
    }
    t.has = (key) => Object.prototype.hasOwnProperty.call(table, key);
    return t;
  }

  /** Fills [data-i18n] (text) and [data-i18n-attr="attr:key,attr:key"] in a document. */
  function localizeDocument(doc, t) {
    for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of doc.querySelectorAll('[data-i18n-attr]')) {
      for (const pair of el.dataset.i18nAttr.split(',')) {
        const [attr, key] = pair.split(':').map((s) => s.trim());
        if (attr && key) el.setAttribute(attr, t(key));
      }
    }
  }

  ns.i18n = { SUPPORTED, DEFAULT_LANG, resolveLanguage, createTranslator, localizeDocument };
})(globalThis);
