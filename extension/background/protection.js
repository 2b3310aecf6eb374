// SPDX-License-Identifier: MPL-2.0
// The protection feature of the background (issue 3): which pages are guarded, scan,
// redact and restore through the host, host status, settings for pages and the popup.
// Everything it needs is injected (router, host client, settings store, locales,
// platform), so tests drive it with fakes.

const { sites, categories } = globalThis.GardeFou;

const INSTALL_PAGE = 'pages/install.html';
const PRACTICE_PAGE = 'practice/practice.html';

export function registerProtection(router, deps) {
  const { host, settingsStore, locales, platform } = deps;
  const conversationsByTab = new Map(); // tabId → Set(conversation ids) for forget

  function extensionUrl(path) {
    return platform.extensionUrl(path);
  }

  function isPracticePage(url) {
    return typeof url === 'string' && url.startsWith(extensionUrl(PRACTICE_PAGE));
  }

  // The conversation key is derived here, from the tab and the site, never by the page:
  // it stays the same across reloads and in-page navigation of one tab.
  function conversationFor(sender) {
    const tabId = sender.tab && sender.tab.id !== undefined ? sender.tab.id : 'page';
    let origin = 'extension';
    try {
      origin = new URL(sender.url || (sender.tab && sender.tab.url) || '').origin;
    } catch {
      /* keep default */
    }
    const id = `tab:${tabId}:${origin}`;
    if (!conversationsByTab.has(tabId)) conversationsByTab.set(tabId, new Set());
    conversationsByTab.get(tabId).add(id);
    return id;
  }

  platform.tabs.onRemoved((tabId) => {
    const ids = conversationsByTab.get(tabId);
    conversationsByTab.delete(tabId);
    if (!ids || host.status.state !== 'ok') return;
    for (const id of ids) host.forget(id).catch(() => {});
  });

  function unavailable(error) {
    return {
      ok: false,
      error: { code: error.code || 'internal', state: error.state || host.status.state, message: String(error.message || '') },
    };
  }

  async function hostStatus(waitMs = 1500) {
    const hello = host.hello().catch(() => null);
    await Promise.race([hello, new Promise((r) => setTimeout(r, waitMs))]);
    return { ...host.status };
  }

  function pageSettings(values) {
    return {
      failClosed: values.failClosed,
      allowSendAnyway: values.allowSendAnyway && !values.failClosed,
      categories: values.categories,
      largeText: values.largeText,
      restoreAnswers: values.restoreAnswers,
      attachmentReminder: values.attachmentReminder,
      answerBanner: values.answerBanner,
      supportContact: values.supportContact,
    };
  }

  router.on('page.config', async (message, sender) => {
    const url = isPracticePage(sender.url) ? sender.url : String(message.url || sender.url || '');
    const { values } = await settingsStore.get();
    const site = isPracticePage(url) ? sites.PRACTICE : sites.siteForUrl(url, values.additionalSites);
    if (!site) return { ok: true, active: false };
    const origin = isPracticePage(url) ? 'practice' : new URL(url).origin;
    const lang = locales.languageFor(values.language);
    return {
      ok: true,
      active: values.enabled,
      paused: values.pausedSites.includes(origin),
      practice: isPracticePage(url),
      site: { id: site.id, composer: site.composer, send: site.send, answers: site.answers, questions: site.questions || [] },
      settings: pageSettings(values),
      lang,
      messages: await locales.messages(lang),
      host: await hostStatus(),
      urls: { install: extensionUrl(INSTALL_PAGE), practice: extensionUrl(PRACTICE_PAGE) },
    };
  });

  router.on('host.status', async () => ({ ok: true, host: await hostStatus(5000) }));

  router.on('protect.scan', async (message) => {
    const { values } = await settingsStore.get();
    try {
      const r = await host.scan(String(message.text || ''), message.lang);
      const wanted = new Set(values.categories);
      return { ok: true, findings: (r.findings || []).filter((f) => wanted.has(f.category)) };
    } catch (e) {
      return unavailable(e);
    }
  });

  router.on('protect.redact', async (message, sender) => {
    try {
      const r = await host.redact(String(message.text || ''), conversationFor(sender), message.lang);
      return { ok: true, text: r.text, replacements: r.replacements || [] };
    } catch (e) {
      return unavailable(e);
    }
  });

  router.on('protect.restore', async (message, sender) => {
    try {
      const r = await host.restore(String(message.text || ''), conversationFor(sender));
      return { ok: true, text: r.text, restored: r.restored || [] };
    } catch (e) {
      return unavailable(e);
    }
  });

  router.on('settings.get', async (message) => {
    const { values, locked } = await settingsStore.get();
    const lang = locales.languageFor(message.language || values.language);
    return { ok: true, values, locked, lang, messages: await locales.messages(lang), categories: categories.CATEGORIES };
  });

  // With a family code in force (background/code-lock.js), a change that weakens protection
  // needs the token a right code gave the page.
  async function refusedByCode(update, token) {
    return deps.codeLock ? deps.codeLock.refuse(update, token) : [];
  }

  router.on('settings.update', async (message) => {
    const refused = await refusedByCode(message.values || {}, message.unlock);
    if (refused.length) return { ok: false, error: { code: 'locked', keys: refused } };
    const saved = await settingsStore.update(message.values || {});
    return { ok: true, saved };
  });

  router.on('popup.state', async () => {
    const { values, locked } = await settingsStore.get();
    const tab = await platform.tabs.activeTab().catch(() => null);
    let origin = null;
    let guarded = false;
    if (tab && tab.url) {
      const site = sites.siteForUrl(tab.url, values.additionalSites);
      guarded = !!site;
      if (site) origin = new URL(tab.url).origin;
    }
    const lang = locales.languageFor(values.language);
    return {
      ok: true,
      enabled: values.enabled,
      origin,
      guarded,
      paused: origin ? values.pausedSites.includes(origin) : false,
      supportContact: values.supportContact,
      locked,
      // Pausing needs the family code when one is in force (the popup asks for it).
      codeLocked: deps.codeLock ? (await deps.codeLock.status()).active : false,
      host: await hostStatus(3000),
      lang,
      messages: await locales.messages(lang),
    };
  });

  router.on('site.pause', async (message) => {
    const origin = sites.normalizeOrigin(message.origin);
    if (!origin) return { ok: false, error: { code: 'bad_request' } };
    const { values } = await settingsStore.get();
    const set = new Set(values.pausedSites);
    if (message.paused) set.add(origin);
    else set.delete(origin);
    const refused = await refusedByCode({ pausedSites: [...set] }, message.unlock);
    if (refused.length) return { ok: false, error: { code: 'locked', keys: refused } };
    await settingsStore.update({ pausedSites: [...set] });
    return { ok: true, paused: !!message.paused };
  });

  router.on('page.open', async (message) => {
    const allowed = { options: 'options/options.html', practice: PRACTICE_PAGE, install: INSTALL_PAGE };
    if (!allowed[message.page]) return { ok: false, error: { code: 'bad_request' } };
    if (message.page === 'options') await platform.openOptionsPage();
    else await platform.tabs.create(extensionUrl(allowed[message.page]));
    return { ok: true };
  });
}
