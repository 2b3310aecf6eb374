// SPDX-License-Identifier: MPL-2.0
// The background router and the protection handlers, with fakes for the platform,
// the host and the locales.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSharedIntoNode, messages } from './helpers.mjs';

loadSharedIntoNode();
const { createRouter } = await import('../../extension/background/router.js');
const { registerProtection } = await import('../../extension/background/protection.js');
const { createSettingsStore } = await import('../../extension/background/settings-store.js');

function fakePlatform(local = {}, managed = {}) {
  const store = { settings: local };
  return {
    extensionUrl: (p) => `chrome-extension://id/${p}`,
    uiLanguage: () => 'fr-FR',
    storage: {
      getLocal: async () => ({ ...store }),
      setLocal: async (v) => Object.assign(store, v),
      getManaged: async () => managed,
      onChanged: () => {},
    },
    tabs: { onRemoved: () => {}, activeTab: async () => ({ url: 'https://claude.ai/new' }), create: async () => {} },
    openOptionsPage: async () => {},
    store,
  };
}

function setup({ local, managed, findings = [] } = {}) {
  const platform = fakePlatform(local, managed);
  const calls = [];
  const host = {
    status: { state: 'ok', version: '9.9.9' },
    hello: async () => ({}),
    scan: async (text) => (calls.push(['scan', text]), { findings }),
    redact: async (text, conversation) => (calls.push(['redact', conversation]), { text: 'X', replacements: [] }),
    restore: async (text, conversation) => (calls.push(['restore', conversation]), { text, restored: [] }),
    forget: async () => ({}),
  };
  const router = createRouter();
  const locales = { languageFor: (s) => (s === 'en' ? 'en' : 'fr'), messages: async (l) => messages(l) };
  registerProtection(router, { platform, host, settingsStore: createSettingsStore(platform.storage), locales });
  return { router, calls, platform };
}

test('router: unknown types and bad messages get plain errors; duplicate handlers refused', async () => {
  const router = createRouter();
  router.on('a.b', () => ({ ok: true }));
  assert.throws(() => router.on('a.b', () => {}));
  assert.equal((await router.handle({ type: 'x.y' })).error.code, 'unknown_type');
  assert.equal((await router.handle(null)).error.code, 'bad_request');
  router.on('boom', () => {
    throw new Error('kaput');
  });
  assert.equal((await router.handle({ type: 'boom' })).error.code, 'internal');
});

test('page.config: built-in chatbots and added sites are guarded, others not', async () => {
  const { router } = setup({ local: { additionalSites: ['http://127.0.0.1:8080'] } });
  const tab = { tab: { id: 3 } };
  const chat = await router.handle({ type: 'page.config', url: 'https://chatgpt.com/c/1' }, tab);
  assert.equal(chat.active, true);
  assert.equal(chat.site.id, 'chatgpt');
  assert.equal(chat.lang, 'fr');
  assert.ok(chat.messages.dlg_title);
  assert.equal((await router.handle({ type: 'page.config', url: 'http://127.0.0.1:8080/x' }, tab)).site.id, 'additional');
  assert.equal((await router.handle({ type: 'page.config', url: 'https://example.org/' }, tab)).active, false);
  assert.equal((await router.handle({ type: 'page.config', url: 'http://chatgpt.com/' }, tab)).active, false, 'https only for built-ins');
});

test('page.config: the practice page uses the practice adapter', async () => {
  const { router } = setup();
  const r = await router.handle({ type: 'page.config', url: 'ignored' }, { url: 'chrome-extension://id/practice/practice.html', tab: { id: 1 } });
  assert.equal(r.site.id, 'practice');
  assert.equal(r.practice, true);
});

test('scan keeps only the categories chosen (policy wins)', async () => {
  const findings = [{ category: 'phone', start: 0, end: 2 }, { category: 'person', start: 3, end: 5 }];
  const { router } = setup({ local: { categories: ['phone', 'person'] }, managed: { categories: ['person'] }, findings });
  const r = await router.handle({ type: 'protect.scan', text: 'ab cd' }, {});
  assert.deepEqual(r.findings.map((f) => f.category), ['person']);
});

test('the conversation is chosen by the background from the tab, not by the page', async () => {
  const { router, calls } = setup();
  await router.handle({ type: 'protect.redact', text: 'x', conversation: 'evil' }, { tab: { id: 7 }, url: 'https://claude.ai/chat/1' });
  await router.handle({ type: 'protect.restore', text: 'x' }, { tab: { id: 7 }, url: 'https://claude.ai/chat/2' });
  assert.deepEqual(calls, [['redact', 'tab:7:https://claude.ai'], ['restore', 'tab:7:https://claude.ai']]);
});

test('host unavailable is reported with its state, never as a clean result', async () => {
  const { router } = setup();
  const platform = fakePlatform();
  const r2 = createRouter();
  const host = {
    status: { state: 'missing' },
    hello: async () => Promise.reject(new Error('x')),
    scan: async () => {
      const e = new Error('not found');
      e.code = 'host_unavailable';
      e.state = 'missing';
      throw e;
    },
  };
  registerProtection(r2, { platform, host, settingsStore: createSettingsStore(platform.storage), locales: { languageFor: () => 'fr', messages: async () => ({}) } });
  const r = await r2.handle({ type: 'protect.scan', text: 'x' }, {});
  assert.equal(r.ok, false);
  assert.equal(r.error.state, 'missing');
  assert.ok(router);
});

test('settings.update refuses locked keys; site.pause stores the origin', async () => {
  const { router, platform } = setup({ managed: { failClosed: true } });
  const r = await router.handle({ type: 'settings.update', values: { failClosed: false, largeText: true } }, {});
  assert.deepEqual(r.saved, ['largeText']);
  await router.handle({ type: 'site.pause', origin: 'https://claude.ai/x', paused: true }, {});
  assert.deepEqual(platform.store.settings.pausedSites, ['https://claude.ai']);
  const popup = await router.handle({ type: 'popup.state' }, {});
  assert.equal(popup.paused, true);
  assert.equal(popup.guarded, true);
  assert.deepEqual(popup.locked, ['failClosed']);
});
