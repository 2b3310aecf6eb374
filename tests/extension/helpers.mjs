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
  for (const rel of ['shared/i18n.js', 'shared/categories.js', 'shared/settings.js', 'shared/sites.js']) {
    new Function(fs.readFileSync(path.join(EXT, rel), 'utf8'))();
  }
  return globalThis.GardeFou;
}

export const messages = (lang) => readJson(`extension/_locales/${lang}/messages.json`);
export const delay = (ms) => new Promise((r) => setTimeout(r, ms));
