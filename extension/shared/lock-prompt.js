// SPDX-License-Identifier: MPL-2.0
// "Type the code" for the extension's pages (options, popup): sends the code to the
// background (background/code-lock.js decides), says what happened in words, and keeps the
// button disabled while a slowdown after several wrong codes runs. DOM only, no chrome.*.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  /** Sets an alert's text so that screen readers announce it even when it repeats. */
  function say(el, text) {
    el.textContent = '';
    if (text) setTimeout(() => (el.textContent = text), 30);
  }

  /**
   * → the unlock token, or null (the reason is in `message`, focus back in `input`).
   * ui = { input, button, message }; t = translator; platform = GardeFou.platform.
   */
  async function submitCode(platform, t, ui) {
    const { input, button, message } = ui;
    const code = input.value.trim();
    if (!code) {
      say(message, t('lock_problem_empty'));
      input.focus();
      return null;
    }
    button.disabled = true;
    const r = await platform.send({ type: 'lock.unlock', code });
    input.value = '';
    if (r && r.ok) {
      button.disabled = false;
      input.removeAttribute('aria-invalid');
      say(message, '');
      return r.token;
    }
    const e = (r && r.error) || {};
    const wait = e.waitMs > 0 ? Math.ceil(e.waitMs / 1000) : 0;
    const parts = [];
    if (e.code === 'wrong_code') parts.push(t('unlock_wrong'));
    if (wait) parts.push(t('unlock_wait', wait));
    if (!parts.length) parts.push(t('lock_failed'));
    say(message, parts.join(' '));
    input.setAttribute('aria-invalid', 'true');
    if (wait) {
      setTimeout(() => {
        button.disabled = false;
        say(message, t('unlock_try_again'));
      }, e.waitMs);
    } else {
      button.disabled = false;
    }
    input.focus();
    return null;
  }

  ns.lockPrompt = { say, submitCode };
})(globalThis);
