// SPDX-License-Identifier: MPL-2.0
// The options page's two code-lock parts: the "Settings locked" banner at the top (type the
// code to unlock until the page closes, "Forgot the code?") and the "Lock the settings"
// section (choose, change or remove the code, lock again). The background decides
// (background/code-lock.js); this page keeps the unlock token in memory only.
// A classic script like shared/ (options.js imports it for its side effect), so the unit
// tests load it the same way.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});
  const $ = (id) => document.getElementById(id);

  /** onChange(): the page re-reads the settings and renders again (after lock/unlock). */
  function createLockSection(platform, onChange) {
    const { lock, lockPrompt } = ns;
    let token = null;
    let status = { set: false, active: false, unlocked: false, policyOff: false, guarded: [] };
    let t = (k) => k;
    let choosing = false; // the "choose a code" form is open while a code is in force
    let policyLocked = [];

    async function refresh() {
      const r = await platform.send({ type: 'lock.status', unlock: token });
      if (r && r.ok) status = r.lock;
      if (!status.unlocked) token = null;
      return status;
    }

    /** The keys the code locks right now (empty when no code or unlocked). */
    function lockedKeys() {
      return status.active && !status.unlocked ? status.guarded : [];
    }

    function render(translator, policyKeys) {
      t = translator;
      if (policyKeys) policyLocked = policyKeys;
      const locked = lockedKeys().length > 0;
      $('unlock').hidden = !locked;
      $('lock-policy-note').hidden = policyLocked.length === 0;
      const line = $('lock-state');
      line.hidden = !(status.set || status.policyOff);
      line.dataset.state = status.policyOff ? 'policy-off' : locked ? 'locked' : status.unlocked ? 'unlocked' : 'none';
      line.textContent = status.policyOff ? t('lock_policy_off') : locked ? t('lock_state_locked') : t('lock_state_unlocked');
      $('lock-actions').hidden = !(status.active && status.unlocked);
      const showForm = !status.policyOff && (!status.set || (status.unlocked && choosing));
      $('lock-form').hidden = !showForm;
      $('lock-submit').textContent = status.set ? t('lock_change_button') : t('lock_set_button');
    }

    function done(text) {
      lockPrompt.say($('lock-status'), text);
      return onChange();
    }

    $('unlock-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const got = await lockPrompt.submitCode(platform, t, { input: $('unlock-code'), button: $('unlock-submit'), message: $('unlock-message') });
      if (!got) return;
      token = got;
      await done(t('unlock_ok'));
      // The banner is gone: focus goes to the first setting, which the person came to change.
      const first = document.querySelector('[data-key="enabled"]');
      if (first) first.focus();
    });

    $('lock-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const code = $('lock-code').value;
      const again = $('lock-again').value;
      const message = $('lock-message');
      const problem = lock.newCodeProblem(code, again);
      if (problem) {
        lockPrompt.say(message, t(`lock_problem_${problem}`));
        $(problem === 'mismatch' ? 'lock-again' : 'lock-code').setAttribute('aria-invalid', 'true');
        (problem === 'mismatch' ? $('lock-again') : $('lock-code')).focus();
        return;
      }
      $('lock-submit').disabled = true;
      const wasSet = status.set;
      const r = await platform.send({ type: 'lock.set', code, again, unlock: token });
      $('lock-submit').disabled = false;
      if (!r || !r.ok) {
        lockPrompt.say(message, t(r && r.error && r.error.problem ? `lock_problem_${r.error.problem}` : 'lock_failed'));
        return;
      }
      for (const id of ['lock-code', 'lock-again']) {
        $(id).value = '';
        $(id).removeAttribute('aria-invalid');
      }
      lockPrompt.say(message, '');
      choosing = false;
      // A new code leaves this page unlocked until it closes; a first code locks right away,
      // which is what the person expects from "Lock with this code".
      token = wasSet ? r.token : null;
      if (!wasSet) await platform.send({ type: 'lock.forget', unlock: r.token });
      await done(wasSet ? t('lock_changed') : t('lock_done'));
    });

    // Typing again clears the last complaint.
    for (const id of ['lock-code', 'lock-again', 'unlock-code']) {
      $(id).addEventListener('input', () => {
        $(id).removeAttribute('aria-invalid');
        const message = $(id === 'unlock-code' ? 'unlock-message' : 'lock-message');
        if (message.textContent) message.textContent = '';
      });
    }

    $('lock-show').addEventListener('change', () => {
      for (const id of ['lock-code', 'lock-again']) $(id).type = $('lock-show').checked ? 'text' : 'password';
    });

    $('lock-relock').addEventListener('click', async () => {
      await platform.send({ type: 'lock.forget', unlock: token });
      token = null;
      choosing = false;
      await done(t('lock_relocked'));
      $('unlock-code').focus();
    });

    $('lock-change').addEventListener('click', () => {
      choosing = true;
      render(t, null);
      $('lock-code').focus();
    });

    $('lock-remove').addEventListener('click', async () => {
      const r = await platform.send({ type: 'lock.remove', unlock: token });
      token = null;
      choosing = false;
      await done(r && r.ok ? t('lock_removed') : t('lock_failed'));
    });

    // Closing the page locks again at once (the token would expire on its own anyway).
    window.addEventListener('pagehide', () => {
      if (token) platform.send({ type: 'lock.forget', unlock: token });
    });

    return {
      refresh,
      render,
      lockedKeys,
      token: () => token,
      /** The background refused a change: the token expired. Ask for the code again. */
      expired() {
        token = null;
        return onChange().then(() => {
          lockPrompt.say($('unlock-message'), t('unlock_expired'));
          $('unlock-code').focus();
        });
      },
    };
  }

  ns.lockSection = { createLockSection };
})(globalThis);
