// SPDX-License-Identifier: MPL-2.0
// The family code lock in the real options page and popup (jsdom, fake platform): what is
// disabled while locked, the messages for a wrong code and the slowdown, unlocking, choosing
// a code, the policy's word, and the popup's pause asking for the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messages, openPage, delay, loadSharedIntoNode } from './helpers.mjs';

const { lock } = loadSharedIntoNode();
const TOKEN = 'a'.repeat(32);

function settingsGet(lang = 'fr', locked = []) {
  return () => ({
    ok: true, lang, messages: messages(lang), locked, categories: [],
    values: {
      enabled: true, categories: ['nir', 'phone'], additionalSites: ['https://chat.example'], customDetectors: [], language: lang,
      largeText: false, supportContact: '', failClosed: false, allowSendAnyway: true, restoreAnswers: true,
      attachmentReminder: true, answerBanner: true,
    },
  });
}

/** lock.status as the background answers it: locked until the page shows TOKEN. */
function lockStatus(extra = {}) {
  return (m) => ({ ok: true, lock: { set: true, policyOff: false, active: true, unlocked: m.unlock === TOKEN, waitMs: 0, guarded: lock.GUARDED_KEYS, ...extra } });
}

// Messages come from the page's realm: compare them as plain JSON.
const plain = (x) => (x === undefined ? x : JSON.parse(JSON.stringify(x)));
const text = (doc, id) => doc.getElementById(id).textContent;
const byKey = (doc, key) => doc.querySelector(`[data-key="${key}"]`);

async function typeCode(win, doc, id, code) {
  doc.getElementById(id).value = code;
  doc.getElementById(id).closest('form').dispatchEvent(new win.Event('submit', { cancelable: true }));
  await delay(120);
}

for (const lang of ['fr', 'en']) {
  test(`options (${lang}) locked: protective controls disabled, the rest free, a kind message`, async () => {
    const m = messages(lang);
    const { doc } = await openPage('options/options.html', { 'settings.get': settingsGet(lang), 'lock.status': lockStatus() });
    assert.equal(doc.getElementById('unlock').hidden, false);
    assert.equal(text(doc, 'unlock-intro'), m.unlock_intro.message);
    assert.equal(doc.querySelector('label[for="unlock-code"]').textContent, m.unlock_label.message);
    assert.equal(byKey(doc, 'enabled').disabled, true);
    assert.ok(byKey(doc, 'enabled').closest('label').textContent.includes(m.lock_locked_note.message));
    assert.match(byKey(doc, 'enabled').getAttribute('aria-describedby'), /unlock-intro/);
    for (const key of ['attachmentReminder', 'answerBanner']) assert.equal(byKey(doc, key).disabled, true, key);
    // Turning protection up stays possible; so do display settings.
    for (const key of ['failClosed', 'allowSendAnyway', 'largeText', 'language', 'restoreAnswers']) assert.equal(byKey(doc, key).disabled, false, key);
    const cats = [...doc.querySelectorAll('#categories input')];
    assert.deepEqual(cats.filter((i) => i.disabled).map((i) => i.value).sort(), ['nir', 'phone'], 'checked categories cannot be unchecked');
    assert.ok(cats.some((i) => !i.disabled), 'others can be added');
    assert.ok(doc.querySelector('#sites li button').disabled, 'a site cannot be removed');
    assert.equal(doc.querySelector('#add-site button').disabled, false, 'a site can be added');
    assert.equal(doc.querySelectorAll('.code-locked-note').length, 2);
    assert.equal(doc.getElementById('lock-form').hidden, true);
    assert.equal(text(doc, 'lock-state'), m.lock_state_locked.message);
    assert.equal(doc.querySelector('#forgot summary').textContent, m.lock_forgot.message);
  });
}

test('options: a wrong code is refused kindly; after several, the button waits', async () => {
  let calls = 0;
  const answers = {
    'settings.get': settingsGet(), 'lock.status': lockStatus(),
    'lock.unlock': () => (++calls < 2 ? { ok: false, error: { code: 'wrong_code', failures: 1, waitMs: 0 } }
      : { ok: false, error: { code: 'wrong_code', failures: 3, waitMs: 300 } }),
  };
  const { win, doc } = await openPage('options/options.html', answers);
  const fr = messages('fr');
  await typeCode(win, doc, 'unlock-code', '1111');
  assert.equal(text(doc, 'unlock-message'), fr.unlock_wrong.message);
  assert.equal(doc.getElementById('unlock-code').getAttribute('aria-invalid'), 'true');
  assert.equal(doc.getElementById('unlock-code').value, '', 'the field is emptied for the next try');
  assert.equal(doc.activeElement.id, 'unlock-code');
  await typeCode(win, doc, 'unlock-code', '2222');
  assert.ok(text(doc, 'unlock-message').includes(fr.unlock_wait.message.replace('$1', '1')), text(doc, 'unlock-message'));
  assert.equal(doc.getElementById('unlock-submit').disabled, true);
  await delay(400);
  assert.equal(doc.getElementById('unlock-submit').disabled, false);
  assert.equal(text(doc, 'unlock-message'), fr.unlock_try_again.message);
  assert.equal(byKey(doc, 'enabled').disabled, true, 'still locked');
});

test('options: the right code unlocks the page; its changes carry the token', async () => {
  const answers = {
    'settings.get': settingsGet(), 'lock.status': lockStatus(), 'lock.unlock': () => ({ ok: true, token: TOKEN }),
    'settings.update': () => ({ ok: true }),
  };
  const { win, doc, log } = await openPage('options/options.html', answers);
  await typeCode(win, doc, 'unlock-code', '2580');
  assert.equal(doc.getElementById('unlock').hidden, true);
  assert.equal(byKey(doc, 'enabled').disabled, false);
  assert.equal(doc.querySelectorAll('#categories input:disabled').length, 0);
  assert.equal(text(doc, 'lock-state'), messages('fr').lock_state_unlocked.message);
  assert.equal(doc.getElementById('lock-actions').hidden, false);
  assert.equal(text(doc, 'lock-status'), messages('fr').unlock_ok.message);
  byKey(doc, 'enabled').click();
  await delay(50);
  const update = log.find((x) => x.type === 'settings.update');
  assert.deepEqual(plain(update), { type: 'settings.update', values: { enabled: false }, unlock: TOKEN });
  // Lock again: the token is forgotten by the page and the background.
  doc.getElementById('lock-relock').click();
  await delay(100);
  assert.deepEqual(plain(log.filter((x) => x.type === 'lock.forget')), [{ type: 'lock.forget', unlock: TOKEN }]);
  assert.equal(doc.getElementById('unlock').hidden, false);
});

test('options: the token expired → the page asks for the code again', async () => {
  const answers = {
    'settings.get': settingsGet(), 'lock.status': lockStatus(), 'lock.unlock': () => ({ ok: true, token: TOKEN }),
    'settings.update': () => ({ ok: false, error: { code: 'locked', keys: ['enabled'] } }),
  };
  const { win, doc } = await openPage('options/options.html', answers);
  await typeCode(win, doc, 'unlock-code', '2580');
  answers['lock.status'] = lockStatus(); // the background no longer knows TOKEN...
  const expired = lockStatus();
  answers['lock.status'] = (m) => expired({ ...m, unlock: null });
  byKey(doc, 'enabled').click();
  await delay(150);
  assert.equal(doc.getElementById('unlock').hidden, false);
  assert.equal(text(doc, 'unlock-message'), messages('fr').unlock_expired.message);
});

test('options, no code yet: choose one, typed twice; mistakes are explained before anything is sent', async () => {
  const answers = {
    'settings.get': settingsGet('en'),
    'lock.status': () => ({ ok: true, lock: { set: false, policyOff: false, active: false, unlocked: false, waitMs: 0, guarded: lock.GUARDED_KEYS } }),
    'lock.set': () => ({ ok: true, token: TOKEN }),
  };
  const { win, doc, log } = await openPage('options/options.html', answers);
  const en = messages('en');
  assert.equal(doc.getElementById('unlock').hidden, true);
  assert.equal(doc.getElementById('lock-form').hidden, false);
  assert.equal(text(doc, 'lock-submit'), en.lock_set_button.message);
  const submit = async (a, b) => {
    doc.getElementById('lock-code').value = a;
    doc.getElementById('lock-again').value = b;
    doc.getElementById('lock-form').dispatchEvent(new win.Event('submit', { cancelable: true }));
    await delay(120);
  };
  await submit('12', '12');
  assert.equal(text(doc, 'lock-message'), en.lock_problem_too_short.message);
  await submit('12ab', '12ab');
  assert.equal(text(doc, 'lock-message'), en.lock_problem_not_digits.message);
  await submit('2580', '2508');
  assert.equal(text(doc, 'lock-message'), en.lock_problem_mismatch.message);
  assert.equal(doc.activeElement.id, 'lock-again');
  assert.equal(log.filter((x) => x.type === 'lock.set').length, 0);
  doc.getElementById('lock-show').click();
  assert.equal(doc.getElementById('lock-code').type, 'text');
  await submit('2580', '2580');
  assert.deepEqual(plain(log.find((x) => x.type === 'lock.set')), { type: 'lock.set', code: '2580', again: '2580', unlock: null });
  assert.deepEqual(plain(log.find((x) => x.type === 'lock.forget')), { type: 'lock.forget', unlock: TOKEN }, 'a first code locks at once');
  assert.equal(text(doc, 'lock-status'), en.lock_done.message);
  assert.equal(doc.getElementById('lock-code').value, '');
});

test('options: the policy switched the code off, or fixes some settings: the section says so', async () => {
  const { doc } = await openPage('options/options.html', {
    'settings.get': settingsGet('fr', ['failClosed']),
    'lock.status': () => ({ ok: true, lock: { set: true, policyOff: true, active: false, unlocked: false, waitMs: 0, guarded: [] } }),
  });
  assert.equal(doc.getElementById('unlock').hidden, true);
  assert.equal(doc.getElementById('lock-form').hidden, true);
  assert.equal(doc.getElementById('lock-state').dataset.state, 'policy-off');
  assert.equal(text(doc, 'lock-state'), messages('fr').lock_policy_off.message);
  assert.equal(doc.getElementById('lock-policy-note').hidden, false);
  assert.equal(byKey(doc, 'enabled').disabled, false);
});

function popupState(extra) {
  return () => ({
    ok: true, enabled: true, origin: 'https://claude.ai', guarded: true, paused: false, supportContact: '', locked: [],
    codeLocked: true, host: { state: 'ok', version: '0.2.0' }, lang: 'fr', messages: messages('fr'), ...extra,
  });
}

test('popup: pausing asks for the code; wrong refused, right pauses once and forgets the token', async () => {
  let right = false;
  const answers = {
    'popup.state': popupState(),
    'lock.unlock': () => (right ? { ok: true, token: TOKEN } : { ok: false, error: { code: 'wrong_code', failures: 1, waitMs: 0 } }),
    'site.pause': () => ({ ok: true, paused: true }),
    'lock.forget': () => ({ ok: true }),
  };
  const { win, doc, log } = await openPage('popup/popup.html', answers);
  const fr = messages('fr');
  assert.equal(doc.getElementById('pause-code').hidden, true);
  doc.getElementById('pause').click();
  await delay(20);
  assert.equal(doc.getElementById('pause-code').hidden, false);
  assert.equal(doc.activeElement.id, 'pause-code-input');
  assert.equal(text(doc, 'pause-code-intro'), fr.popup_pause_needs_code.message);
  assert.equal(log.filter((x) => x.type === 'site.pause').length, 0, 'nothing paused without the code');
  await typeCode(win, doc, 'pause-code-input', '1111');
  assert.equal(text(doc, 'pause-code-message'), fr.unlock_wrong.message);
  assert.equal(log.filter((x) => x.type === 'site.pause').length, 0);
  right = true;
  await typeCode(win, doc, 'pause-code-input', '2580');
  assert.deepEqual(plain(log.find((x) => x.type === 'site.pause')), { type: 'site.pause', origin: 'https://claude.ai', paused: true, unlock: TOKEN });
  assert.deepEqual(plain(log.find((x) => x.type === 'lock.forget')), { type: 'lock.forget', unlock: TOKEN });
  assert.equal(doc.getElementById('pause-code').hidden, true);
});

test('popup: Cancel (or Escape) closes the code field; resuming never asks for it', async () => {
  const { win, doc, log } = await openPage('popup/popup.html', { 'popup.state': popupState() });
  doc.getElementById('pause').click();
  await delay(20);
  doc.getElementById('pause-code').dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  assert.equal(doc.getElementById('pause-code').hidden, true);
  assert.equal(doc.activeElement.id, 'pause');
  const paused = await openPage('popup/popup.html', { 'popup.state': popupState({ paused: true }), 'site.pause': () => ({ ok: true }) });
  paused.doc.getElementById('pause').click();
  await delay(50);
  assert.deepEqual(plain(paused.log.find((x) => x.type === 'site.pause')), { type: 'site.pause', origin: 'https://claude.ai', paused: false });
  assert.equal(log.filter((x) => x.type === 'site.pause').length, 0);
});
