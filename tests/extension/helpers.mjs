// SPDX-License-Identifier: MPL-2.0
// Loads the extension's classic scripts into a jsdom window, in manifest order, exactly
// as the browser injects them (minus platform.js, replaced by fakes, and main.js).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const EXT = path.join(ROOT, 'extension');
export const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
export const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

export function contentScripts() {
  return manifest.content_scripts[0].js.filter((f) => f !== 'shared/platform.js' && f !== 'content/main.js');
}

/** A jsdom window holding `html` with the content scripts evaluated in it. */
export function pageWith(html, { url = 'https://chatgpt.com/', scripts = contentScripts() } = {}) {
  const dom = new JSDOM(html, { url, runScripts: 'outside-only', pretendToBeVisual: true });
  const win = dom.window;
  // Keep closed shadow roots reachable for assertions (the page itself cannot).
  const roots = new WeakMap();
  const attach = win.Element.prototype.attachShadow;
  win.Element.prototype.attachShadow = function (init) {
    const r = attach.call(this, init);
    roots.set(this, r);
    return r;
  };
  win.__shadow = (el) => roots.get(el);
  for (const rel of scripts) win.eval(fs.readFileSync(path.join(EXT, rel), 'utf8'));
  return win;
}

/** The universal shared scripts, evaluated into Node's own global (for background modules). */
export function loadSharedIntoNode() {
  for (const rel of ['shared/i18n.js', 'shared/categories.js', 'shared/settings.js', 'shared/sites.js', 'shared/lock.js']) {
    new Function(fs.readFileSync(path.join(EXT, rel), 'utf8'))();
  }
  return globalThis.GardeFou;
}

/**
 * Loads extension page `rel` (html + its module script, imports replaced by globals), with a
 * fake platform: `answers[type](message)` answers platform.send.
 * → {win, doc, sent (the types sent), log (the messages sent)}.
 */
export async function openPage(rel, answers, managed = {}) {
  const html = fs.readFileSync(path.join(EXT, rel), 'utf8').replace(/<script[^>]*><\/script>/g, '');
  const dom = new JSDOM(html, { url: `chrome-extension://id/${rel}`, runScripts: 'outside-only' });
  const win = dom.window;
  const sent = [];
  const log = [];
  win.GardeFou = {
    platform: {
      send: async (m) => (sent.push(m.type), log.push(m), answers[m.type] ? answers[m.type](m) : { ok: false }),
      storage: { getLocal: async () => ({}), getManaged: async () => managed },
    },
  };
  const classic = ['shared/i18n.js', 'shared/categories.js', 'shared/sites.js', 'shared/lock.js', 'shared/lock-prompt.js', 'options/lock-section.js'];
  for (const shared of classic) win.eval(fs.readFileSync(path.join(EXT, shared), 'utf8'));
  const script = fs.readFileSync(path.join(EXT, rel.replace(/\.html$/, '.js')), 'utf8').replace(/^import .*$/gm, '');
  win.eval(`(async () => {${script}\n})()`);
  for (let i = 0; i < 50 && !win.document.documentElement.lang.match(/^(fr|en)$/); i++) await delay(10);
  await delay(50);
  return { win, doc: win.document, sent, log };
}

export const messages = (lang) => readJson(`extension/_locales/${lang}/messages.json`);
export const delay = (ms) => new Promise((r) => setTimeout(r, ms));
