// SPDX-License-Identifier: MPL-2.0
// The answers feature (issue 4). Once an AI answer has finished streaming (no change for
// a while), the host says whether it is about health, which sentences read like a
// diagnosis or a prescription, and which sources it cites (analyze_answer, locally).
// Health answers get a compact banner under them (the HAS reminder, "Pourquoi ?"), the
// claims are underlined with a note, and the user may check the sources (only on their
// click, in the background), ask the chatbot for sources, or prepare a page for their
// doctor. Non-health answers get nothing. All UI comes from content/ui.js.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const SETTLE_MS = 1500; // streaming has stopped when an answer has not changed for this long

  const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'SECTION',
    'ARTICLE', 'TABLE', 'TR', 'TD', 'TH', 'HR', 'DL', 'DT', 'DD', 'FIGURE']);
  // Our hosts whose light DOM is the page's own text (kept in the reading).
  const OWN_TEXT_HOSTS = new Set(['claim', 'restored']);

  /**
   * The text of an answer as the host will see it, with where each piece comes from:
   * {text, segments: [{node, start}]} (UTF-16 offsets, as the protocol's). Blocks and
   * <br> are line breaks; our own UI, scripts and hidden parts are left out.
   */
  function collectText(el) {
    let text = '';
    const segments = [];
    const newline = () => {
      if (text && !text.endsWith('\n')) text += '\n';
    };
    const walk = (node) => {
      if (node.nodeType === 3) {
        if (!node.data) return;
        segments.push({ node, start: text.length });
        text += node.data;
        return;
      }
      if (node.nodeType !== 1) return;
      const own = node.getAttribute('data-gardefou');
      if (own !== null && !OWN_TEXT_HOSTS.has(own)) return;
      if (node.hasAttribute('data-gardefou-action')) return;
      const tag = node.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'BUTTON' || node.getAttribute('aria-hidden') === 'true' || node.hidden) return;
      if (tag === 'BR') {
        text += '\n';
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) newline();
      for (const child of node.childNodes) walk(child);
      if (block) newline();
    };
    walk(el);
    return { text: text.replace(/\n$/, ''), segments };
  }

  /** The text nodes (split as needed) covering [start, end) of a collectText reading. */
  function nodesForRange(reading, start, end) {
    const out = [];
    for (const seg of reading.segments) {
      const segEnd = seg.start + seg.node.data.length;
      if (segEnd <= start || seg.start >= end) continue;
      let node = seg.node;
      const from = Math.max(start, seg.start) - seg.start;
      const to = Math.min(end, segEnd) - seg.start;
      if (to < node.data.length) node.splitText(to);
      if (from > 0) node = node.splitText(from);
      if (node.data.trim()) out.push(node);
    }
    return out;
  }

  /**
   * Calls onSettled(el) once `el` has not been touched for quietMs. touch(el) restarts
   * its wait; each element has its own timer, so one streaming answer does not hold
   * back the others, and a page that keeps changing elsewhere does not matter.
   */
  function createSettleWatcher(win, { quietMs = SETTLE_MS, onSettled }) {
    const timers = new Map();
    return {
      touch(el) {
        clearTimeout(timers.get(el));
        timers.set(el, win.setTimeout(() => {
          timers.delete(el);
          onSettled(el);
        }, quietMs));
      },
      pending: () => timers.size,
      stop() {
        for (const t of timers.values()) clearTimeout(t);
        timers.clear();
      },
    };
  }

  /**
   * One entry per cited work: a written reference checked through the DOI or PMID on its
   * line stands for it, so the bare identifier the host also lists is dropped.
   */
  function dedupeSources(sources) {
    const byReference = new Set(sources.filter((s) => s.kind === 'reference' && s.check && (s.check.method === 'doi' || s.check.method === 'pmid'))
      .map((s) => `${s.check.method}:${s.check.target}`));
    const seen = new Set();
    return sources.filter((s) => {
      const key = s.check ? `${s.check.method}:${s.check.target}` : `${s.kind}:${s.value}`;
      if (s.kind !== 'reference' && byReference.has(key)) return false;
      const full = `${s.kind}|${key}|${s.value}`;
      if (seen.has(full)) return false;
      seen.add(full);
      return true;
    });
  }

  function isOurs(node) {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    return !!(el && el.closest && el.closest('[data-gardefou],[data-gardefou-action]'));
  }

  function start(ctx) {
    const { doc, win, t, config, bg } = ctx;
    const { sites, ui, text: textMod, editor } = ns;
    const settings = config.settings || {};
    if (settings.answerBanner === false) return { stop() {} };
    const adapter = config.site;
    const answerSelectors = adapter.answers || [];
    if (!answerSelectors.length) return { stop() {} }; // no known answers: nothing to put a banner under
    const questionSelectors = adapter.questions || [];
    const largeText = !!settings.largeText;
    // Only a person's own click checks sources (a page script's synthetic click is not trusted).
    const isUserClick = ctx.isUserClick || ((e) => !!(e && e.isTrusted));
    const states = new Map(); // answer element → {text, banner, ...}
    let lastSent = '';
    let stopped = false;

    const answerFor = (node) => {
      const el = node && (node.nodeType === 1 ? node : node.parentElement);
      if (!el || !el.closest) return null;
      for (const s of answerSelectors) {
        try {
          const hit = el.closest(s);
          if (hit) return hit;
        } catch {
          /* bad selector in data */
        }
      }
      return null;
    };

    /** The user's question for an answer: the last question turn before it. */
    function questionFor(answer) {
      let found = null;
      for (const s of questionSelectors) {
        let list;
        try {
          list = doc.querySelectorAll(s);
        } catch {
          continue;
        }
        for (const q of list) {
          if (q.compareDocumentPosition(answer) & 4 /* FOLLOWING */) found = q;
        }
        if (found) break;
      }
      return found ? collectText(found).text : lastSent;
    }

    const watcher = createSettleWatcher(win, { quietMs: config.answerSettleMs || SETTLE_MS, onSettled: (el) => process(el) });

    async function process(answer) {
      if (stopped || !answer.isConnected) return;
      // Sites that say so (claude.ai: data-is-streaming="true"): not finished yet.
      if (answer.closest('[data-is-streaming="true"]') || answer.querySelector('[data-is-streaming="true"]')) {
        watcher.touch(answer);
        return;
      }
      const reading = collectText(answer);
      if (!reading.text.trim()) return;
      const previous = states.get(answer);
      if (previous && previous.text === reading.text) return;
      const state = { text: reading.text, banner: null, checked: null };
      for (const [old, st] of states) if (!old.isConnected && st.banner) st.banner.host.remove();
      for (const old of [...states.keys()]) if (!old.isConnected) states.delete(old);
      if (previous && previous.banner) previous.banner.host.remove();
      states.set(answer, state);
      const prompt = questionFor(answer);
      const r = await bg({ type: 'answers.analyze', text: reading.text, prompt, lang: config.lang });
      if (stopped || states.get(answer) !== state || !answer.isConnected) return;
      if (!r || !r.ok) {
        states.delete(answer); // the host could not tell: try again when the answer changes
        return;
      }
      if (!r.health) return; // not health: nothing
      state.analysis = { ...r, sources: dedupeSources(r.sources || []) };
      state.prompt = prompt;
      if (collectText(answer).text === state.text) underlineClaims(answer, r.claims || []);
      state.banner = renderBanner(answer, state);
    }

    function underlineClaims(answer, claims) {
      unwrapClaims(answer);
      if (!claims.length) return;
      // Fresh reading: offsets are over exactly this text.
      const reading = collectText(answer);
      // From the end, so splitting nodes does not move the claims still to do.
      const sorted = claims.slice().sort((a, b) => b.start - a.start);
      for (const c of sorted) {
        const nodes = nodesForRange(reading, c.start, c.end);
        nodes.forEach((node, i) => ui.createClaimMark(doc, t, { kind: c.kind, textNode: node, note: i === nodes.length - 1 }));
      }
    }

    function unwrapClaims(scope) {
      for (const host of scope.querySelectorAll('[data-gardefou="claim"]')) host.replaceWith(...host.childNodes);
      scope.normalize();
    }

    function renderBanner(answer, state) {
      const { claims, sources } = state.analysis;
      const banner = ui.createAnswerBanner(doc, t, { largeText });
      banner.host.setAttribute('data-claims', String(claims.length));
      banner.host.setAttribute('data-sources', String(sources.length));
      banner.setClaims(claims.length);

      const why = ui.createActionButton(doc, {
        action: 'why', label: t('answers_why'), slot: 'why', largeText,
        onClick: () => {
          const open = !banner.isWhyOpen();
          banner.setWhyOpen(open);
          why.setExpanded(open);
        },
      });
      why.setExpanded(false);
      banner.addAction(why);

      if (sources.length) {
        banner.setSourcesLine(sources.length > 1 ? t('answers_sources_many', sources.length) : t('answers_sources_one'));
        const check = ui.createActionButton(doc, {
          action: 'check-sources', label: t('answers_action_check'), primary: true, slot: 'actions', largeText,
          onClick: (e) => checkSources(state, banner, check, e),
        });
        banner.addAction(check);
      } else {
        banner.setSourcesLine(t('answers_no_sources'));
        const ask = ui.createActionButton(doc, {
          action: 'ask-sources', label: t('answers_action_ask'), primary: true, slot: 'actions', largeText,
          onClick: () => askSources(banner),
        });
        banner.addAction(ask);
      }
      const doctor = ui.createActionButton(doc, {
        action: 'doctor-summary', label: t('answers_action_doctor'), slot: 'actions', largeText,
        onClick: () => prepareSummary(state, banner),
      });
      banner.addAction(doctor);
      answer.after(banner.host);
      return banner;
    }

    async function checkSources(state, banner, button, event) {
      if (!isUserClick(event)) return; // only the user's own click sends anything
      const sources = state.analysis.sources;
      button.setDisabled(true);
      banner.setProgress(t('sources_checking'));
      try {
        let r = await bg({ type: 'sources.check', sources });
        if (r && !r.ok && r.error && r.error.code === 'permission_needed') {
          banner.setProgress(t('sources_permission_needed'));
          const granted = await askPermission(r.origins);
          if (!granted) {
            banner.setProgress(t('sources_permission_refused'));
            return;
          }
          banner.setProgress(t('sources_checking'));
          r = await bg({ type: 'sources.check', sources });
        }
        if (!r || !r.ok) {
          banner.setProgress(t('sources_failed'));
          return;
        }
        state.checked = r.results;
        banner.clearStatuses();
        sources.forEach((source, i) => banner.addStatus(ui.createSourceStatus(doc, t, { source, result: r.results[i], largeText })));
        banner.host.setAttribute('data-checked', 'true');
        banner.setProgress(t('sources_checked'));
      } finally {
        button.setDisabled(false);
      }
    }

    /** Opens the extension's permission page and waits for the user's answer there. */
    function askPermission(origins) {
      return new Promise((resolve) => {
        let done = false;
        const finish = (v) => {
          if (!done) {
            done = true;
            resolve(v);
          }
        };
        if (ns.platform && ns.platform.onBackgroundMessage) {
          ns.platform.onBackgroundMessage((m) => {
            if (m && m.type === 'sources.permission.result') finish(!!m.granted);
          });
        }
        bg({ type: 'sources.permission', origins }).then((r) => {
          if (!r || !r.ok) finish(false);
        });
        win.setTimeout(() => finish(false), 5 * 60 * 1000);
      });
    }

    async function askSources(banner) {
      const request = t('answers_ask_request');
      const composer = sites.findComposer(doc, adapter);
      if (!composer) {
        banner.setProgress(t('answers_ask_failed', request));
        return;
      }
      const current = textMod.readText(composer).trim();
      const wanted = current ? `${current}\n${request}` : request;
      const written = await editor.replaceText(composer, wanted);
      if (!written.ok) {
        banner.setProgress(t('answers_ask_failed', request));
        return;
      }
      banner.setProgress(t('answers_ask_done'));
      composer.focus();
    }

    async function prepareSummary(state, banner) {
      const { claims, sources } = state.analysis;
      const results = state.checked || [];
      const r = await bg({
        type: 'answers.summary',
        question: state.prompt || '',
        answer: state.text,
        claims: claims.map((c) => ({ kind: c.kind, text: state.text.slice(c.start, c.end) })),
        sources: sources.map((s, i) => ({
          kind: s.kind, value: s.value, trust: s.trust, check: s.check,
          result: results[i] ? { status: results[i].status, title: results[i].title || '', url: results[i].url || '', year: results[i].year || null, journal: results[i].journal || '' } : null,
        })),
        site: root.location && /^https?:$/.test(root.location.protocol) ? root.location.hostname : '',
      });
      if (!r || !r.ok) banner.setProgress(t('sources_failed'));
    }

    // Remember what the user sends, for pages whose question turns we cannot find.
    const rememberSend = (e) => {
      if (e.type === 'keydown' && (e.key !== 'Enter' || e.shiftKey)) return;
      const composer = sites.findComposer(doc, adapter);
      if (composer) {
        const v = textMod.readText(composer).trim();
        if (v) lastSent = v;
      }
    };
    win.addEventListener('keydown', rememberSend, true);
    win.addEventListener('click', rememberSend, true);

    // A page that re-renders may drop our banner: put it back (a few times at most, so we
    // never fight a page that insists).
    function restoreBanners(removed) {
      for (const [answer, state] of states) {
        if (!state.banner || !removed.includes(state.banner.host) || !answer.isConnected) continue;
        state.reinserted = (state.reinserted || 0) + 1;
        if (state.reinserted <= 3) win.setTimeout(() => {
          if (answer.isConnected && !state.banner.host.isConnected) answer.after(state.banner.host);
        }, 0);
      }
    }

    const observer = new win.MutationObserver((records) => {
      const touched = new Set();
      const removedBanners = [];
      for (const r of records) {
        for (const n of r.removedNodes || []) if (n.nodeType === 1 && n.getAttribute('data-gardefou') === 'answer-banner') removedBanners.push(n);
        if (isOurs(r.target)) continue;
        const added = [...(r.addedNodes || [])];
        const removed = [...(r.removedNodes || [])];
        if (r.type === 'childList' && added.concat(removed).length && added.concat(removed).every((n) => isOurs(n) || (n.nodeType === 1 && n.hasAttribute('data-gardefou')))) continue;
        const a = answerFor(r.target);
        if (a) touched.add(a);
        for (const n of added) {
          if (n.nodeType !== 1) continue;
          const inner = answerFor(n);
          if (inner) touched.add(inner);
          for (const s of answerSelectors) {
            try {
              n.querySelectorAll(s).forEach((x) => touched.add(x));
            } catch {
              /* bad selector */
            }
          }
        }
      }
      for (const a of touched) watcher.touch(a);
      if (removedBanners.length && !stopped) restoreBanners(removedBanners);
    });
    observer.observe(doc.body || doc.documentElement, { childList: true, subtree: true, characterData: true });
    // Answers already on the page when we start.
    for (const a of sites.findAnswers(doc, adapter)) watcher.touch(a);

    return {
      stop() {
        stopped = true;
        observer.disconnect();
        watcher.stop();
        win.removeEventListener('keydown', rememberSend, true);
        win.removeEventListener('click', rememberSend, true);
        for (const [answer, s] of states) {
          if (s.banner) s.banner.host.remove();
          if (answer.isConnected) unwrapClaims(answer);
        }
      },
      state: () => states,
    };
  }

  ns.answers = { collectText, nodesForRange, createSettleWatcher, dedupeSources, SETTLE_MS };
  ns.features.register({ id: 'answers', start });
})(globalThis);
