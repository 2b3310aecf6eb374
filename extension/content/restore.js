// SPDX-License-Identifier: MPL-2.0
// Shows the chatbot's answers with the user's real names and numbers back in place of
// the placeholders ([NOM 1], [TÉLÉPHONE 1]...), restored locally by the host. Each
// restored value is marked (ui.createRestoredMark) and lives in a closed shadow root: the
// user sees it, the page's scripts keep reading the placeholder.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  // "[NOM 1]", "[TÉLÉPHONE 12]", "[SÉCURITÉ SOCIALE 1]", "[NAME 2]"...
  const PLACEHOLDER = /\[[\p{Lu}][\p{Lu}\p{M}'’ _-]{0,40} \d{1,4}\]/gu;
  const SETTLE_MS = 700; // wait until streaming stops

  function hasPlaceholder(s) {
    PLACEHOLDER.lastIndex = 0;
    return PLACEHOLDER.test(s);
  }

  /** Text nodes under `scope` that hold a placeholder and are not ours or editable. */
  function candidateNodes(doc, scope, composer) {
    const out = [];
    const walker = doc.createTreeWalker(scope, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!hasPlaceholder(n.data)) continue;
      const parent = n.parentElement;
      if (!parent || parent.closest('[data-gardefou],script,style,textarea,[contenteditable="true"]')) continue;
      if (composer && composer.contains(n)) continue;
      out.push(n);
    }
    return out;
  }

  /**
   * Pairs the placeholders of `original` with the host's `restored` spans in `returned`
   * → [{start, end, placeholder, value}] in `original`. Unknown placeholders (not in the
   * conversation's table) are left out, so they stay as they are.
   */
  function pairRestorations(original, returned, restored) {
    const spans = (restored || []).slice().sort((a, b) => a.start - b.start);
    const out = [];
    let delta = 0;
    let k = 0;
    PLACEHOLDER.lastIndex = 0;
    for (const m of original.matchAll(PLACEHOLDER)) {
      const at = m.index + delta;
      while (k < spans.length && spans[k].start < at) k++;
      if (k < spans.length && spans[k].start === at) {
        const s = spans[k++];
        out.push({ start: m.index, end: m.index + m[0].length, placeholder: m[0], value: returned.slice(s.start, s.end) });
        delta += (s.end - s.start) - m[0].length;
      }
    }
    return out;
  }

  function start(ctx) {
    const { doc, win, t, config, bg } = ctx;
    const { sites, ui } = ns;
    if (!config.settings.restoreAnswers) return { stop() {} };
    let timer = null;
    let running = false;
    const done = new WeakSet();

    async function run() {
      if (running) return schedule();
      running = true;
      try {
        const composer = sites.findComposer(doc, config.site);
        const scopes = sites.findAnswers(doc, config.site);
        const nodes = (scopes.length ? scopes : [doc.body]).flatMap((s) => candidateNodes(doc, s, composer));
        for (const node of nodes) {
          if (done.has(node) || !node.isConnected) continue;
          done.add(node);
          const original = node.data;
          const r = await bg({ type: 'protect.restore', text: original });
          if (!r || !r.ok || !node.isConnected || node.data !== original) continue;
          const pairs = pairRestorations(original, r.text, r.restored);
          if (!pairs.length) continue;
          const frag = doc.createDocumentFragment();
          let pos = 0;
          for (const p of pairs) {
            if (p.start > pos) frag.append(original.slice(pos, p.start));
            frag.append(ui.createRestoredMark(doc, t, p.placeholder, p.value));
            pos = p.end;
          }
          if (pos < original.length) frag.append(original.slice(pos));
          node.replaceWith(frag);
        }
      } finally {
        running = false;
      }
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(run, SETTLE_MS);
    }

    const observer = new win.MutationObserver((records) => {
      // Only page changes matter; our own marks do not restart the wait.
      if (records.every((r) => r.target.nodeType === 1 && r.target.closest && r.target.closest('[data-gardefou]'))) return;
      schedule();
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    schedule();
    return {
      stop() {
        clearTimeout(timer);
        observer.disconnect();
      },
    };
  }

  ns.restore = { PLACEHOLDER, pairRestorations, candidateNodes };
  ns.features.register({ id: 'restore', start });
})(globalThis);
