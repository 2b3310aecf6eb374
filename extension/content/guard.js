// SPDX-License-Identifier: MPL-2.0
// The send guard: scans the composer while the user types (debounced), keeps the marker
// up to date, and holds the send (Enter, the send button, a form submit) when the text
// holds identifying data or cannot be checked, until the user chooses.
//
// A clean text that was already scanned passes synchronously (no perceptible delay).
// "Anonymise" goes through the editor's own input path (content/editor.js) and sends
// only when the editor reads back exactly the redacted text.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const SCAN_DEBOUNCE_MS = 300;
  const delay = (ms) => new Promise((r) => setTimeout(r, ms));

  function start(ctx) {
    const { doc, win, t, config, bg } = ctx;
    const { sites, text: textMod, editor, ui, categories } = ns;
    const adapter = config.site;
    const settings = config.settings;
    const paused = !!config.paused;

    let composer = null;
    let marker = null;
    let scanTimer = null;
    let last = { text: null, state: 'none', findings: [] };
    let busy = false;
    let bypass = false;
    let scanSeq = 0;
    let stopped = false;
    let dialogOpen = false;

    const currentComposer = () => {
      if (composer && composer.isConnected) return composer;
      composer = sites.findComposer(doc, adapter);
      if (composer) attachMarker();
      return composer;
    };

    function attachMarker() {
      if (!marker) marker = ui.createMarker(doc, t, { largeText: settings.largeText });
      marker.attach(composer);
      renderMarker();
    }

    function renderMarker() {
      if (!marker) return;
      const text = composer ? textMod.readText(composer) : '';
      if (paused) return marker.update({ state: 'paused', hidden: text.trim() === '' });
      if (last.state === 'unavailable') return marker.update({ state: 'unavailable' });
      if (last.text !== text || last.state === 'none') {
        return marker.update({ state: 'clean', hidden: text.trim() === '' });
      }
      if (last.findings.length) {
        return marker.update({
          state: 'found', count: last.findings.length, groups: categories.groupFindings(last.findings), text: last.text,
        });
      }
      return marker.update({ state: 'clean', hidden: text.trim() === '' });
    }

    /** Scans `text` through the background; caches the last result. */
    async function scan(text) {
      if (last.text === text && (last.state === 'clean' || last.state === 'found')) return last;
      const seq = ++scanSeq;
      const r = await bg({ type: 'protect.scan', text, lang: config.lang });
      const result = r && r.ok
        ? { text, state: r.findings.length ? 'found' : 'clean', findings: r.findings }
        : { text, state: 'unavailable', findings: [], hostState: (r && r.error && r.error.state) || 'stopped' };
      if (seq === scanSeq || result.state !== 'unavailable') last = result;
      renderMarker();
      return result;
    }

    function scheduleScan() {
      if (paused || stopped) return;
      clearTimeout(scanTimer);
      scanTimer = setTimeout(() => {
        const c = currentComposer();
        if (!c) return;
        const text = textMod.readText(c);
        if (text.trim() === '') {
          last = { text, state: 'clean', findings: [] };
          renderMarker();
          return;
        }
        scan(text);
      }, SCAN_DEBOUNCE_MS);
      renderMarker();
    }

    function inComposer(target) {
      const c = currentComposer();
      return !!(c && target && (c === target || (target.nodeType && c.contains(target))));
    }

    // -------------------------------------------------- interception

    function shouldHold() {
      if (paused || bypass) return false;
      if (busy || dialogOpen) return true;
      const c = currentComposer();
      if (!c) return false;
      const text = textMod.readText(c);
      if (text.trim() === '') return false;
      // Already scanned and clean: let it through untouched, synchronously.
      return !(last.text === text && last.state === 'clean');
    }

    function hold(e, via, sendTarget) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (busy || dialogOpen) return;
      handleSend(via, sendTarget);
    }

    function onKeyDown(e) {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
      if (!inComposer(e.target)) return;
      if (shouldHold()) hold(e, 'enter');
    }

    function onClick(e) {
      if (bypass) return;
      const c = currentComposer();
      if (!c || !sites.isSendControl(e.target, doc, adapter, c)) return;
      if (shouldHold()) hold(e, 'click', e.target.closest('button,[role="button"]') || e.target);
    }

    function onSubmit(e) {
      const c = currentComposer();
      if (!c || !e.target || !e.target.contains || !e.target.contains(c)) return;
      if (shouldHold()) hold(e, 'submit', e.target);
    }

    function onInput(e) {
      if (inComposer(e.target)) scheduleScan();
    }

    async function waitEnabled(button, ms = 1500) {
      const end = Date.now() + ms;
      while (button && (button.disabled || button.getAttribute('aria-disabled') === 'true') && Date.now() < end) await delay(50);
    }

    /** Sends for real, letting our own listeners pass this once. */
    async function resend(via, sendTarget) {
      const c = currentComposer();
      const button = (via === 'click' && sendTarget && sendTarget.isConnected ? sendTarget : null) ||
        sites.findSendButton(doc, adapter, c);
      if (button) await waitEnabled(button);
      bypass = true;
      try {
        if (via === 'submit' && sendTarget && typeof sendTarget.requestSubmit === 'function') {
          sendTarget.requestSubmit();
        } else if (button && !button.disabled) {
          button.click();
        } else if (c) {
          const ev = new win.KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true });
          c.dispatchEvent(ev);
          const form = c.closest('form');
          if (!ev.defaultPrevented && form && typeof form.requestSubmit === 'function') form.requestSubmit();
        }
      } finally {
        bypass = false;
      }
      last = { text: null, state: 'none', findings: [] };
      setTimeout(scheduleScan, 100);
    }

    function focusComposer() {
      const c = currentComposer();
      if (c) c.focus();
    }

    async function handleSend(via, sendTarget) {
      busy = true;
      try {
        const c = currentComposer();
        const text = textMod.readText(c);
        const result = await scan(text);
        if (stopped) return;
        if (result.state === 'clean') return await resend(via, sendTarget);

        dialogOpen = true;
        if (result.state === 'unavailable') {
          const choice = await ui.openUnavailableWarning(doc, t, {
            state: result.hostState, failClosed: settings.failClosed, onHowToFix: () => bg({ type: 'page.open', page: 'install' }),
            supportContact: settings.supportContact, largeText: settings.largeText, returnFocus: c,
          }).result;
          dialogOpen = false;
          if (choice === 'send-anyway' && !settings.failClosed) return await resend(via, sendTarget);
          return focusComposer();
        }

        const choice = await ui.openSendWarning(doc, t, {
          groups: categories.groupFindings(result.findings), text, allowSendAnyway: settings.allowSendAnyway,
          supportContact: settings.supportContact, largeText: settings.largeText, returnFocus: c,
        }).result;
        dialogOpen = false;
        if (choice === 'send-anyway' && settings.allowSendAnyway) return await resend(via, sendTarget);
        if (choice !== 'anonymize') return focusComposer();
        await anonymizeAndSend(c, text, via, sendTarget);
      } finally {
        busy = false;
        dialogOpen = false;
      }
    }

    async function anonymizeAndSend(c, text, via, sendTarget) {
      const r = await bg({ type: 'protect.redact', text, lang: config.lang });
      if (!r || !r.ok) {
        dialogOpen = true;
        await ui.openUnavailableWarning(doc, t, {
          state: (r && r.error && r.error.state) || 'stopped', failClosed: true, onHowToFix: () => bg({ type: 'page.open', page: 'install' }),
          supportContact: settings.supportContact, largeText: settings.largeText, returnFocus: c,
        }).result;
        return focusComposer();
      }
      const written = await editor.replaceText(c, r.text);
      // Read back once more just before sending: what the editor holds is what leaves.
      const now = textMod.readText(c);
      if (!written.ok || textMod.normalizeForCompare(now) !== textMod.normalizeForCompare(r.text)) {
        dialogOpen = true;
        await ui.openRewriteFailed(doc, t, { redacted: r.text, largeText: settings.largeText, returnFocus: c }).result;
        return focusComposer();
      }
      last = { text: now, state: 'clean', findings: [] };
      renderMarker();
      await resend(via, sendTarget);
    }

    // -------------------------------------------------- wiring

    win.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('click', onClick, true);
    win.addEventListener('submit', onSubmit, true);
    win.addEventListener('input', onInput, true);
    win.addEventListener('paste', onInput, true);

    // Single-page apps replace the composer; look for it again when the page changes.
    let lookTimer = null;
    const observer = new win.MutationObserver(() => {
      if (lookTimer) return;
      lookTimer = setTimeout(() => {
        lookTimer = null;
        const before = composer;
        const c = currentComposer();
        if (c && c !== before) scheduleScan();
        else if (c && !last.text && textMod.readText(c).trim()) scheduleScan();
        if (marker) marker.place();
      }, 250);
    });
    observer.observe(doc.body || doc.documentElement, { childList: true, subtree: true, characterData: true });
    if (currentComposer()) scheduleScan();

    return {
      stop() {
        stopped = true;
        clearTimeout(scanTimer);
        observer.disconnect();
        win.removeEventListener('keydown', onKeyDown, true);
        win.removeEventListener('click', onClick, true);
        win.removeEventListener('submit', onSubmit, true);
        win.removeEventListener('input', onInput, true);
        win.removeEventListener('paste', onInput, true);
        if (marker) marker.remove();
      },
      // For tests and other features.
      state: () => ({ last, busy, dialogOpen, composer: currentComposer() }),
    };
  }

  ns.features.register({ id: 'guard', start });
})(globalThis);
