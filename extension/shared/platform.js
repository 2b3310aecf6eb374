// SPDX-License-Identifier: MPL-2.0
// The ONLY file that touches the `chrome` / `browser` WebExtension APIs.
//
// It is a classic script that also works as a side-effect ES module import, so the
// content scripts (classic), the background (module) and the extension pages (modules)
// all share it: everything else receives `GardeFou.platform` and stays testable with a
// fake. Keep this file small: differences between browsers live here, named.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});
  if (ns.platform) return;

  // Firefox exposes promise-based `browser`; Chrome exposes `chrome` (promises since MV3).
  const api = root.browser && root.browser.runtime ? root.browser : root.chrome;
  if (!api || !api.runtime) {
    ns.platform = null; // not in an extension context (unit tests inject a fake)
    return;
  }
  const isFirefox = typeof root.browser !== 'undefined' && !!root.browser.runtime &&
    typeof api.runtime.getBrowserInfo === 'function';

  function lastErrorMessage() {
    const err = api.runtime.lastError;
    return err ? String(err.message || err) : '';
  }

  const platform = {
    isFirefox,
    extensionUrl: (path) => api.runtime.getURL(path),
    manifest: () => api.runtime.getManifest(),
    uiLanguage: () => (api.i18n && api.i18n.getUILanguage ? api.i18n.getUILanguage() : 'fr'),

    /** Sends a message to the background; resolves with its answer (never rejects). */
    async send(message) {
      // A background that is (re)starting may not answer the first message: retry briefly.
      let last = null;
      for (let attempt = 0; attempt < 6; attempt++) {
        try {
          const answer = await api.runtime.sendMessage(message);
          if (answer !== undefined) return answer;
          last = { ok: false, error: { code: 'no_answer' } };
        } catch (e) {
          last = { ok: false, error: { code: 'extension_unavailable', message: String(e && e.message) } };
        }
        await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
      }
      return last;
    },

    /** Background side: `handler(message, sender)` returns a promise of the answer. */
    onMessage(handler) {
      api.runtime.onMessage.addListener((message, sender, sendResponse) => {
        Promise.resolve()
          .then(() => handler(message, sender))
          .then(sendResponse, (e) => sendResponse({ ok: false, error: { code: 'internal', message: String(e && e.message) } }));
        return true; // keeps sendResponse alive (both browsers)
      });
    },

    /**
     * Opens a native-messaging port and returns a uniform wrapper:
     * { postMessage(obj), onMessage(cb), onDisconnect(cb(errorText)), disconnect() }.
     * Only background/native-port.js calls it (through the background wiring).
     */
    connectNative(name) {
      const port = api.runtime.connectNative(name);
      return {
        postMessage: (m) => port.postMessage(m),
        onMessage: (cb) => port.onMessage.addListener(cb),
        onDisconnect: (cb) => port.onDisconnect.addListener((p) => {
          // Chrome reports through runtime.lastError, Firefox through port.error.
          const text = lastErrorMessage() || (p && p.error ? String(p.error.message || p.error) : '');
          cb(text);
        }),
        disconnect: () => port.disconnect(),
      };
    },

    storage: {
      async getLocal(keys) {
        return api.storage.local.get(keys);
      },
      async setLocal(values) {
        return api.storage.local.set(values);
      },
      /** Kept until the browser closes (survives a sleeping service worker); {} if unsupported. */
      async getSession(keys) {
        if (!api.storage.session) return {};
        return api.storage.session.get(keys);
      },
      async setSession(values) {
        if (api.storage.session) await api.storage.session.set(values);
      },
      /** Policy set by an administrator; {} when there is none (Firefox throws then). */
      async getManaged() {
        try {
          return (await api.storage.managed.get(null)) || {};
        } catch {
          return {};
        }
      },
      onChanged(cb) {
        api.storage.onChanged.addListener((changes, area) => cb(changes, area));
      },
    },

    tabs: {
      async activeTab() {
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        return tab || null;
      },
      onRemoved(cb) {
        if (api.tabs && api.tabs.onRemoved) api.tabs.onRemoved.addListener((tabId) => cb(tabId));
      },
      async sendToTab(tabId, message) {
        try {
          return await api.tabs.sendMessage(tabId, message);
        } catch {
          return null;
        }
      },
      async create(url) {
        return api.tabs.create({ url });
      },
    },

    /** Content-script side: messages pushed by the background (settings changed...). */
    onBackgroundMessage(cb) {
      api.runtime.onMessage.addListener((message) => {
        cb(message);
        return false;
      });
    },

    /** Optional host permissions (issue 4: the source check asks at first use). */
    permissions: {
      async contains(origins) {
        if (!api.permissions) return false;
        return api.permissions.contains({ origins });
      },
      /** The host patterns the extension may reach now (content-script sites included). */
      async grantedOrigins() {
        if (!api.permissions) return [];
        const all = await api.permissions.getAll();
        return (all && all.origins) || [];
      },
      /** Only from a user's click in an extension page (both browsers require it). */
      async request(origins) {
        if (!api.permissions) return false;
        return api.permissions.request({ origins });
      },
    },

    openOptionsPage: () => api.runtime.openOptionsPage(),

    /** cb(reason): 'install' | 'update' | ... */
    onInstalled(cb) {
      api.runtime.onInstalled.addListener((details) => cb(details && details.reason));
    },
  };

  ns.platform = platform;
})(globalThis);
