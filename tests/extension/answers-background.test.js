// SPDX-License-Identifier: MPL-2.0
// The answers handlers of the background (extension/background/answers.js) with fakes:
// analyze_answer parameters, permission at first use, endpoints from the settings, the
// doctor summary with the question anonymised by the host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSharedIntoNode, messages } from './helpers.mjs';

loadSharedIntoNode();
const { createRouter } = await import('../../extension/background/router.js');
const { registerAnswers } = await import('../../extension/background/answers.js');
const { createSettingsStore } = await import('../../extension/background/settings-store.js');

function setup({ local = {}, managed = {}, granted = true, fetch, session = {} } = {}) {
  const store = { settings: local };
  const tabs = [];
  const sentToTabs = [];
  const platform = {
    extensionUrl: (p) => `chrome-extension://id/${p}`,
    uiLanguage: () => 'fr-FR',
    storage: {
      getLocal: async () => ({ ...store }), setLocal: async (v) => Object.assign(store, v), getManaged: async () => managed, onChanged: () => {},
      getSession: async (k) => (k in session ? { [k]: session[k] } : {}), setSession: async (v) => Object.assign(session, structuredClone(v)),
    },
    permissions: { contains: async () => granted, request: async () => true },
    tabs: { create: async (url) => tabs.push(url), sendToTab: async (id, m) => sentToTabs.push([id, m]) },
  };
  const hostCalls = [];
  const host = {
    status: { state: 'ok' },
    request: async (type, params) => {
      hostCalls.push([type, params]);
      if (type === 'analyze_answer') return { ok: true, health: true, health_score: 0.9, claims: [{ kind: 'diagnosis', start: 0, end: 5 }], sources: [] };
      if (type === 'redact') return { ok: true, text: params.text.replace('Marie Dupont', '[NOM 1]'), replacements: [] };
      if (type === 'match_reference') return { ok: true, verdict: 'match', score: 1 };
      return { ok: true };
    },
  };
  const router = createRouter();
  const locales = { languageFor: (s) => (s === 'en' ? 'en' : 'fr'), messages: async (l) => messages(l) };
  registerAnswers(router, { platform, host, settingsStore: createSettingsStore(platform.storage), locales, fetch });
  return { router, hostCalls, tabs, sentToTabs };
}

test('answers.analyze: text, prompt, lang and the policy\'s trusted domains go to the host', async () => {
  const { router, hostCalls } = setup({ managed: { trustedSourceDomains: ['chu-exemple.fr'] } });
  const r = await router.handle({ type: 'answers.analyze', text: 'Vous avez une grippe.', prompt: 'fièvre', lang: 'fr' });
  assert.equal(r.ok, true);
  assert.equal(r.health, true);
  assert.equal(r.claims.length, 1);
  assert.deepEqual(hostCalls[0], ['analyze_answer', { text: 'Vous avez une grippe.', prompt: 'fièvre', lang: 'fr', trusted_domains: ['chu-exemple.fr'] }]);
});

test('answers.analyze: a host that cannot answer is reported, not guessed', async () => {
  const failing = createRouter();
  registerAnswers(failing, {
    platform: { extensionUrl: (p) => p, tabs: {}, storage: { getLocal: async () => ({}), getManaged: async () => ({}), onChanged: () => {} } },
    host: { status: { state: 'missing' }, request: async () => { const e = new Error('no host'); e.code = 'host_unavailable'; e.state = 'missing'; throw e; } },
    settingsStore: createSettingsStore({ getLocal: async () => ({}), getManaged: async () => ({}), onChanged: () => {} }),
    locales: { languageFor: () => 'fr', messages: async () => ({}) },
  });
  const r = await failing.handle({ type: 'answers.analyze', text: 'x' });
  assert.equal(r.ok, false);
  assert.equal(r.error.state, 'missing');
});

test('sources.check: asks for permission first when the origins are not granted', async () => {
  const { router } = setup({ granted: false, fetch: async () => assert.fail('nothing leaves before permission') });
  const r = await router.handle({ type: 'sources.check', sources: [{ kind: 'doi', value: '10.1/x', check: { method: 'doi', target: '10.1/x' } }] });
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'permission_needed');
  assert.deepEqual(r.origins, ['https://api.crossref.org/*']);
});

test('sources.permission: opens the extension page, then tells the waiting tab', async () => {
  const { router, tabs, sentToTabs } = setup();
  const r = await router.handle({ type: 'sources.permission', origins: ['https://api.crossref.org/*', 'javascript:x'] }, { tab: { id: 7 } });
  assert.equal(r.ok, true);
  const url = new URL(tabs[0]);
  assert.ok(tabs[0].startsWith('chrome-extension://id/pages/permissions.html?'));
  assert.equal(url.searchParams.get('origins'), 'https://api.crossref.org/*');
  await router.handle({ type: 'sources.permission.done', id: r.id, granted: true });
  assert.deepEqual(sentToTabs, [[7, { type: 'sources.permission.result', granted: true }]]);
});

test('sources.check: endpoints come from the settings (tests and mirrors), results in order', async () => {
  const urls = [];
  const fetch = async (url) => {
    urls.push(String(url));
    if (String(url).includes('/works/')) return { status: 404, ok: false, headers: { get: () => 'text/plain' } };
    return { status: 200, ok: true, headers: { get: () => 'application/json' }, json: async () => ({ result: { uids: ['1'], 1: { uid: '1', title: 'T', pubdate: '2020', authors: [] } } }) };
  };
  const { router } = setup({ local: { crossrefBase: 'http://127.0.0.1:5555/crossref', ncbiBase: 'http://127.0.0.1:5555/ncbi', sourcesContact: 'a@b.org' }, fetch });
  const r = await router.handle({ type: 'sources.check', sources: [
    { kind: 'doi', value: '10.1/x', check: { method: 'doi', target: '10.1/x' } },
    { kind: 'pmid', value: '1', check: { method: 'pmid', target: '1' } },
    { kind: 'bogus', check: { method: 'exec', target: 'rm' } },
  ] });
  assert.equal(r.ok, true);
  assert.deepEqual(r.results.map((x) => x.status), ['not_found', 'found']);
  assert.ok(urls[0].startsWith('http://127.0.0.1:5555/crossref/works/10.1%2Fx?mailto=a%40b.org'), urls[0]);
  assert.ok(urls[1].startsWith('http://127.0.0.1:5555/ncbi/esummary.fcgi?db=pubmed&id=1&retmode=json'), urls[1]);
});

test('answers.summary: the question is anonymised by the host; the page gets it back by id', async () => {
  const { router, tabs, hostCalls } = setup();
  const r = await router.handle({
    type: 'answers.summary', question: 'Je suis Marie Dupont, j\'ai mal au front', answer: 'Vous avez une sinusite.',
    claims: [{ kind: 'diagnosis', text: 'Vous avez une sinusite.' }], sources: [], site: 'chatgpt.com',
  });
  assert.equal(r.ok, true);
  assert.ok(tabs[0].includes(`pages/doctor.html?id=${r.id}`));
  assert.ok(hostCalls.some(([type]) => type === 'redact'));
  const page = await router.handle({ type: 'answers.summary.get', id: r.id });
  assert.equal(page.summary.question, "Je suis [NOM 1], j'ai mal au front");
  assert.equal(page.summary.answer, 'Vous avez une sinusite.');
  assert.equal(page.lang, 'fr');
  assert.ok(page.messages.doctor_title);
  assert.equal((await router.handle({ type: 'answers.summary.get', id: 'nope' })).ok, false);
});

test('results and summaries outlive a sleeping service worker (storage.session)', async () => {
  const session = {};
  let fetches = 0;
  const fetch = async () => {
    fetches++;
    return { status: 404, ok: false, headers: { get: () => 'text/plain' } };
  };
  const source = { kind: 'doi', value: '10.1/x', check: { method: 'doi', target: '10.1/x' } };
  const first = setup({ fetch, session });
  assert.equal((await first.router.handle({ type: 'sources.check', sources: [source] })).results[0].status, 'not_found');
  const summary = await first.router.handle({ type: 'answers.summary', question: '', answer: 'A', claims: [], sources: [] });
  // A new background (the worker was stopped and woken up) with the same session storage.
  const second = setup({ fetch, session });
  assert.equal((await second.router.handle({ type: 'sources.check', sources: [source] })).results[0].status, 'not_found');
  assert.equal(fetches, 1, 'not fetched again');
  assert.equal((await second.router.handle({ type: 'answers.summary.get', id: summary.id })).summary.answer, 'A');
});
