// SPDX-License-Identifier: MPL-2.0
// The popup and the options page say plainly which of the administrator's custom detectors
// the host refused (bad_pattern), in French and English, and that the rest still works.
// The real popup/options HTML and scripts in jsdom, with a fake platform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messages, openPage, delay } from './helpers.mjs';

const RX = { pattern: 'RX-[0-9]{5}-[A-Z]', category: 'health_identifier', label: 'n° de compte rendu' };
const BAD = { pattern: 'IPP-([0-9]{8}', category: 'health_identifier', label: 'IPP' };
const REFUSED = {
  requested: 2, active: 1,
  invalid: [{ index: 1, label: 'IPP', category: 'health_identifier', pattern: BAD.pattern, code: 'bad_pattern', message: 'missing ): IPP-([0-9]{8}' }],
};

function popupState(lang, customDetectors) {
  return () => ({
    ok: true, enabled: true, origin: null, guarded: false, paused: false, supportContact: '', locked: ['customDetectors'],
    host: { state: 'ok', version: '0.2.0', customDetectors }, lang, messages: messages(lang),
  });
}

for (const lang of ['fr', 'en']) {
  test(`popup (${lang}): names the refused detector, says the rest works`, async () => {
    const { doc } = await openPage('popup/popup.html', { 'popup.state': popupState(lang, REFUSED) });
    const box = doc.getElementById('detectors-problem');
    assert.equal(box.hidden, false);
    const items = [...box.querySelectorAll('[data-gardefou="detector-problem"]')];
    assert.equal(items.length, 1);
    assert.ok(items[0].textContent.includes('IPP'));
    assert.ok(items[0].textContent.includes('missing )'), 'the host\'s reason, for the administrator');
    const expected = messages(lang).detectors_problem.message.replace('$1', 'IPP');
    assert.ok(items[0].textContent.startsWith(expected), items[0].textContent);
    assert.equal(doc.getElementById('status').dataset.state, 'ok', 'protection still shown as working');
  });
}

test('popup: nothing shown when every detector is in force; an old host is reported', async () => {
  let { doc } = await openPage('popup/popup.html', { 'popup.state': popupState('fr', { requested: 1, active: 1, invalid: [] }) });
  assert.equal(doc.getElementById('detectors-problem').hidden, true);
  ({ doc } = await openPage('popup/popup.html', { 'popup.state': popupState('en', { requested: 1, active: 0, invalid: [], unsupported: true }) }));
  assert.equal(doc.getElementById('detectors-problem').hidden, false);
  assert.ok(doc.getElementById('detectors-problem').textContent.includes(messages('en').detectors_unsupported.message));
});

function settingsAnswer(lang, customDetectors) {
  return () => ({
    ok: true, lang, messages: messages(lang), locked: ['customDetectors'], categories: [],
    values: {
      enabled: true, categories: [], additionalSites: [], customDetectors, language: lang, largeText: false, supportContact: '',
      failClosed: false, allowSendAnyway: true, restoreAnswers: true, attachmentReminder: true, answerBanner: true,
    },
  });
}

for (const lang of ['fr', 'en']) {
  test(`options (${lang}): the policy's detectors, locked, each with its state`, async () => {
    const { doc, sent } = await openPage('options/options.html', {
      'settings.get': settingsAnswer(lang, [RX, BAD]),
      'host.status': () => ({ ok: true, host: { state: 'ok', customDetectors: REFUSED } }),
    }, { customDetectors: [RX, BAD] });
    assert.ok(sent.includes('host.status'));
    assert.equal(doc.getElementById('detectors').hidden, false);
    const items = [...doc.querySelectorAll('[data-gardefou="detector"]')];
    assert.deepEqual(items.map((li) => li.dataset.state), ['active', 'invalid']);
    assert.ok(items.every((li) => li.querySelector('.locked').textContent === messages(lang).options_locked.message));
    assert.ok(items[1].textContent.includes(messages(lang).detector_invalid.message.replace('$1', REFUSED.invalid[0].message)));
    assert.equal(doc.getElementById('detectors-tell-admin').hidden, false);
  });
}

test('options: no policy detectors, no section and no host request', async () => {
  const { doc, sent } = await openPage('options/options.html', { 'settings.get': settingsAnswer('fr', []) });
  assert.equal(doc.getElementById('detectors').hidden, true);
  assert.ok(!sent.includes('host.status'));
});

test('options: host not running → detectors listed as waiting, not as broken', async () => {
  const { doc } = await openPage('options/options.html', {
    'settings.get': settingsAnswer('fr', [RX]),
    'host.status': () => ({ ok: true, host: { state: 'missing', customDetectors: { requested: 0, active: 0, invalid: [] } } }),
  });
  assert.deepEqual([...doc.querySelectorAll('[data-gardefou="detector"]')].map((li) => li.dataset.state), ['checking']);
  assert.equal(doc.getElementById('detectors-tell-admin').hidden, true);
});

test('options: under failClosed, "send anyway" is off and says why', async () => {
  const answer = settingsAnswer('fr', []);
  const { doc } = await openPage('options/options.html', {
    'settings.get': () => {
      const r = answer();
      r.values.failClosed = true;
      r.locked = ['failClosed'];
      return r;
    },
  });
  const anyway = doc.querySelector('[data-key="allowSendAnyway"]');
  assert.equal(anyway.disabled, true);
  assert.equal(anyway.checked, false);
  assert.ok(anyway.closest('label').textContent.includes(messages('fr').options_send_anyway_off.message));
  assert.equal(doc.querySelector('[data-key="failClosed"]').disabled, true);
});

test('options: asks the host again while the detectors are pending', async () => {
  let calls = 0;
  const { doc } = await openPage('options/options.html', {
    'settings.get': settingsAnswer('en', [RX, BAD]),
    'host.status': () => ({ ok: true, host: { state: 'ok', customDetectors: ++calls === 1 ? { requested: 2, active: 0, invalid: [], pending: true } : REFUSED } }),
  });
  assert.deepEqual([...doc.querySelectorAll('[data-gardefou="detector"]')].map((li) => li.dataset.state), ['checking', 'checking']);
  await delay(1200);
  assert.deepEqual([...doc.querySelectorAll('[data-gardefou="detector"]')].map((li) => li.dataset.state), ['active', 'invalid']);
});
