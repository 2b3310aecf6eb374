// SPDX-License-Identifier: MPL-2.0
// Loads _locales/<lang>/messages.json so pages and content scripts can follow the
// "language" option (chrome.i18n cannot switch language at run time).

const { i18n } = globalThis.GardeFou;

export function createLocales(platform, fetchImpl = globalThis.fetch) {
  const cache = new Map();
  return {
    languageFor(setting) {
      return i18n.resolveLanguage(setting, platform.uiLanguage());
    },
    messages(lang) {
      const l = i18n.SUPPORTED.includes(lang) ? lang : i18n.DEFAULT_LANG;
      if (!cache.has(l)) {
        const p = fetchImpl(platform.extensionUrl(`_locales/${l}/messages.json`)).then((r) => r.json());
        p.catch(() => cache.delete(l));
        cache.set(l, p);
      }
      return cache.get(l);
    },
  };
}
