// SPDX-License-Identifier: MPL-2.0
// Toolbar popup: is protection on and working (host version), pause for this site, the
// HAS key messages, links to the practice page, the options and the resources.
import '../shared/platform.js';
import '../shared/i18n.js';
import '../shared/lock-prompt.js';

const { platform, i18n, lockPrompt } = globalThis.GardeFou;
const $ = (id) => document.getElementById(id);

let renders = 0;

async function render() {
  const state = await platform.send({ type: 'popup.state' });
  if (!state || !state.ok) return;
  const t = i18n.createTranslator(state.messages);
  document.documentElement.lang = state.lang;
  i18n.localizeDocument(document, t);

  const host = state.host || {};
  const box = $('status');
  const working = state.enabled && host.state === 'ok';
  box.className = 'status ' + (working ? 'ok' : 'problem');
  box.dataset.state = state.enabled ? host.state : 'disabled';
  if (!state.enabled) {
    $('status-main').textContent = t('popup_status_problem');
    $('status-detail').textContent = t('popup_disabled');
  } else if (working) {
    $('status-main').textContent = t('popup_status_ok');
    $('status-detail').textContent = t('popup_status_version', host.version || '?');
  } else {
    const key = { missing: 'unavailable_missing', forbidden: 'unavailable_forbidden', unresponsive: 'unavailable_unresponsive',
      incompatible: 'unavailable_incompatible' }[host.state] || 'unavailable_stopped';
    $('status-main').textContent = t('popup_status_problem');
    // The dialog texts end with "your message has not been sent": keep the first sentence.
    $('status-detail').textContent = t(key).split(/(?<=\.)\s/)[0];
    $('status-fix').hidden = false;
  }

  renderDetectorProblems(t, host.customDetectors);
  // The host is still being told about the detectors: look again shortly.
  if (host.customDetectors && host.customDetectors.pending && renders++ < 20) setTimeout(render, 1000);

  if (state.origin) {
    $('site').hidden = false;
    $('site-line').textContent = t('popup_site_guarded', new URL(state.origin).hostname);
    const pause = $('pause');
    pause.textContent = state.paused ? t('popup_resume') : t('popup_pause');
    pause.setAttribute('aria-pressed', String(state.paused));
    $('paused-note').hidden = !state.paused;
    pause.onclick = async () => {
      // Resuming is always free; pausing asks for the family code when one is in force.
      if (!state.paused && state.codeLocked) return askCode(t, state.origin);
      await platform.send({ type: 'site.pause', origin: state.origin, paused: !state.paused });
      render();
    };
  } else {
    $('site').hidden = false;
    $('site-line').textContent = t('popup_site_not_guarded');
    $('pause').hidden = true;
  }
  if (state.supportContact) {
    $('support').hidden = false;
    $('support').textContent = t('support_contact', state.supportContact);
  }
}

/** The family code, then the pause: the token is used once and forgotten at once. */
function askCode(t, origin) {
  const form = $('pause-code');
  form.hidden = false;
  $('pause').hidden = true;
  $('pause-code-input').focus();
  const close = () => {
    form.hidden = true;
    $('pause').hidden = false;
    lockPrompt.say($('pause-code-message'), '');
    $('pause').focus();
  };
  $('pause-code-cancel').onclick = close;
  form.onkeydown = (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  form.onsubmit = async (e) => {
    e.preventDefault();
    const ui = { input: $('pause-code-input'), button: $('pause-code-submit'), message: $('pause-code-message') };
    const token = await lockPrompt.submitCode(platform, t, ui);
    if (!token) return;
    await platform.send({ type: 'site.pause', origin, paused: true, unlock: token });
    await platform.send({ type: 'lock.forget', unlock: token });
    close();
    render();
  };
}

/** An administrator's custom detector the host refused: say which one, plainly. */
function renderDetectorProblems(t, custom) {
  const box = $('detectors-problem');
  const list = $('detectors-problem-list');
  list.replaceChildren();
  const invalid = (custom && custom.invalid) || [];
  for (const d of invalid) {
    const li = document.createElement('li');
    li.dataset.gardefou = 'detector-problem';
    li.dataset.index = String(d.index);
    li.textContent = t('detectors_problem', d.label || t('detector_unnamed', d.index + 1));
    const why = document.createElement('span');
    why.className = 'muted reason';
    why.textContent = d.message;
    li.append(why);
    list.append(li);
  }
  if (custom && custom.unsupported) {
    const li = document.createElement('li');
    li.textContent = t('detectors_unsupported');
    list.append(li);
  }
  box.hidden = list.children.length === 0;
}

$('open-options').addEventListener('click', () => platform.send({ type: 'page.open', page: 'options' }).then(() => window.close()));
$('open-practice').addEventListener('click', () => platform.send({ type: 'page.open', page: 'practice' }).then(() => window.close()));
render();
