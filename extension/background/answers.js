// SPDX-License-Identifier: MPL-2.0
// The answers feature of the background (issue 4):
//   answers.analyze   the host's analyze_answer (health? claims? sources?) for one answer
//   sources.check     resolves the cited sources (Crossref, NCBI, the cited pages), only
//                     after the user clicked "Vérifier les sources"; host permissions asked
//                     at first use through an extension page the user clicks in
//   sources.permission / sources.permission.done   that page's round trip
//   answers.summary / answers.summary.get          "Préparer pour mon médecin"
// Everything is injected (router, host, settings, platform, fetch) for the Node tests.

import { createSourceChecker, originsFor, originsCovered, DEFAULT_ENDPOINTS } from './sources.js';

const SUMMARY_PAGE = 'pages/doctor.html';
const PERMISSION_PAGE = 'pages/permissions.html';
const MAX_TEXT = 200000;

export function registerAnswers(router, deps) {
  const { host, settingsStore, locales, platform } = deps;
  const fetchImpl = deps.fetch || ((...a) => globalThis.fetch(...a));
  const summaries = new Map(); // id → summary, for the doctor page (this session only)
  const waitingTabs = new Map(); // permission request id → tab id to tell when granted
  let checker = null;
  let checkerKey = '';

  async function endpoints() {
    const { values } = await settingsStore.get();
    return {
      endpoints: {
        crossref: values.crossrefBase || DEFAULT_ENDPOINTS.crossref,
        ncbi: values.ncbiBase || DEFAULT_ENDPOINTS.ncbi,
      },
      mailto: values.sourcesContact || '',
      values,
    };
  }

  /** One checker (and so one cache and one set of rate limits) per configuration. */
  async function getChecker() {
    const { endpoints: ep, mailto } = await endpoints();
    const key = JSON.stringify([ep, mailto]);
    if (!checker || key !== checkerKey) {
      checkerKey = key;
      checker = createSourceChecker({
        fetch: fetchImpl,
        endpoints: ep,
        mailto,
        matchReference: (claimed, found) => host.request('match_reference', { claimed, found }),
      });
    }
    return checker;
  }

  // The checker's cache lives as long as the background; Chrome stops an idle service
  // worker after 30 s, so settled results are also kept in storage.session (cleared when
  // the browser closes). Unverifiable results are not kept: they are worth trying again.
  const storage = platform.storage || {};
  async function sessionCached(source, compute) {
    const key = `source:${checkerKey}:${source.check.method}:${source.check.target}:${source.kind === 'reference' ? source.value : ''}`;
    if (storage.getSession) {
      const hit = await storage.getSession(key).catch(() => ({}));
      if (hit && hit[key]) return hit[key];
    }
    const result = await compute();
    if (result.status !== 'unverifiable' && storage.setSession) await storage.setSession({ [key]: result }).catch(() => {});
    return result;
  }

  async function saveSummary(id, summary) {
    summaries.set(id, summary);
    while (summaries.size > 20) summaries.delete(summaries.keys().next().value);
    if (storage.setSession) await storage.setSession({ [`summary:${id}`]: summary }).catch(() => {});
  }

  async function loadSummary(id) {
    if (summaries.has(id)) return summaries.get(id);
    if (!storage.getSession) return null;
    const hit = await storage.getSession(`summary:${id}`).catch(() => ({}));
    return (hit && hit[`summary:${id}`]) || null;
  }

  router.on('answers.analyze', async (message) => {
    const { values } = await settingsStore.get();
    const params = { text: String(message.text || '').slice(0, MAX_TEXT) };
    if (message.prompt) params.prompt = String(message.prompt).slice(0, MAX_TEXT);
    if (message.lang === 'fr' || message.lang === 'en') params.lang = message.lang;
    if (values.trustedSourceDomains && values.trustedSourceDomains.length) params.trusted_domains = values.trustedSourceDomains;
    try {
      const r = await host.request('analyze_answer', params);
      return {
        ok: true, health: !!r.health, health_score: r.health_score, claims: r.claims || [], sources: r.sources || [],
      };
    } catch (e) {
      return { ok: false, error: { code: e.code || 'internal', state: e.state || host.status.state, message: String(e.message || '') } };
    }
  });

  function validSources(list) {
    return (Array.isArray(list) ? list : []).slice(0, 40).filter((s) => s && s.check && typeof s.check.target === 'string' &&
      ['doi', 'pmid', 'url', 'search'].includes(s.check.method)).map((s) => ({
      kind: String(s.kind || ''), value: String(s.value || '').slice(0, 1000),
      check: { method: s.check.method, target: s.check.target.slice(0, 1000) },
    }));
  }

  async function hasPermission(origins) {
    if (await platform.permissions.contains(origins).catch(() => false)) return true;
    const granted = platform.permissions.grantedOrigins ? await platform.permissions.grantedOrigins().catch(() => []) : [];
    return originsCovered(origins, granted);
  }

  router.on('sources.check', async (message) => {
    const sources = validSources(message.sources);
    const { endpoints: ep } = await endpoints();
    const origins = originsFor(sources, ep);
    if (origins.length && platform.permissions && !(await hasPermission(origins))) {
      return { ok: false, error: { code: 'permission_needed' }, origins };
    }
    const c = await getChecker();
    const results = await Promise.all(sources.map((s) => sessionCached(s, () => c.check(s))));
    return { ok: true, results };
  });

  // The permission prompt needs a click in an extension page (content scripts and the
  // background may not ask). The page tells us when the user said yes.
  router.on('sources.permission', async (message, sender) => {
    const origins = (Array.isArray(message.origins) ? message.origins : []).filter((o) => /^https?:\/\/[^/]+\/\*$/.test(o));
    const id = `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    if (sender.tab && sender.tab.id !== undefined) waitingTabs.set(id, sender.tab.id);
    const query = new URLSearchParams({ id, origins: origins.join(' ') });
    await platform.tabs.create(platform.extensionUrl(`${PERMISSION_PAGE}?${query}`));
    return { ok: true, id };
  });

  router.on('sources.permission.done', async (message) => {
    const tabId = waitingTabs.get(message.id);
    waitingTabs.delete(message.id);
    if (tabId !== undefined && platform.tabs.sendToTab) {
      await platform.tabs.sendToTab(tabId, { type: 'sources.permission.result', granted: !!message.granted });
    }
    return { ok: true };
  });

  router.on('answers.summary', async (message) => {
    // The question is anonymised by the host before it goes into the page; if the host
    // cannot, the question is left out rather than shown as typed.
    let question = '';
    const raw = String(message.question || '').slice(0, MAX_TEXT);
    if (raw.trim()) {
      const conversation = `summary:${Date.now()}`;
      try {
        const r = await host.request('redact', { text: raw, conversation });
        question = r.text;
        host.request('forget', { conversation }).catch(() => {});
      } catch {
        question = '';
      }
    }
    const id = `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    await saveSummary(id, {
      question,
      questionWithheld: !!raw.trim() && !question,
      answer: String(message.answer || '').slice(0, MAX_TEXT),
      claims: Array.isArray(message.claims) ? message.claims.slice(0, 50) : [],
      sources: Array.isArray(message.sources) ? message.sources.slice(0, 40) : [],
      site: String(message.site || ''),
      createdAt: Date.now(),
    });
    await platform.tabs.create(platform.extensionUrl(`${SUMMARY_PAGE}?id=${id}`));
    return { ok: true, id };
  });

  router.on('answers.summary.get', async (message) => {
    const { values } = await settingsStore.get();
    const lang = locales.languageFor(values.language);
    const summary = await loadSummary(String(message.id || ''));
    return { ok: !!summary, summary: summary || null, lang, messages: await locales.messages(lang), largeText: values.largeText };
  });
}
