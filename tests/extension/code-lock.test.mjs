// SPDX-License-Identifier: MPL-2.0
// The family code lock in the background (extension/background/code-lock.js) with the
// protection handlers: it refuses changes that weaken protection without a right code,
// slows wrong codes down, keeps its count across pages, and yields to the policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSharedIntoNode, messages } from './helpers.mjs';

loadSharedIntoNode();
const { createRouter } = await import('../../extension/background/router.js');
const { registerProtection } = await import('../../extension/background/protection.js');
const { createSettingsStore } = await import('../../extension/background/settings-store.js');
const { createCodeLock, registerCodeLock, TOKEN_TTL_MS } = await import('../../extension/background/code-lock.js');

const PAGE = { url: 'chrome-extension://id/options/options.html' };

function setup({ local = {}, managed = {}, session = {} } = {}) {
  const clock = { now: 1_000_000 };
  const store = { ...local };
  const listeners = [];
  const storage = {
    getLocal: async (k) => (k in store ? { [k]: store[k] } : {}),
    setLocal: async (v) => Object.assign(store, v),
    getSession: async (k) => (k in session ? { [k]: session[k] } : {}),
    setSession: async (v) => Object.assign(session, v),
    getManaged: async () => managed,
    onChanged: (cb) => listeners.push(cb),
  };
  const platform = {
    extensionUrl: (p) => `chrome-extension://id/${p}`,
    storage,
    tabs: { onRemoved: () => {}, activeTab: async () => ({ url: 'https://claude.ai/new' }) },
  };
  const settingsStore = createSettingsStore(storage);
  const codeLock = createCodeLock({ storage, settingsStore, now: () => clock.now, iterations: 1000 });
  const host = { status: { state: 'ok' }, hello: async () => ({}) };
  const locales = { languageFor: () => 'fr', messages: async (l) => messages(l) };
  const router = createRouter();
  const deps = { platform, host, settingsStore, locales, codeLock };
  registerProtection(router, deps);
  registerCodeLock(router, deps);
  const send = (m, sender = PAGE) => router.handle(m, sender);
  return { send, store, session, clock, settingsStore };
}

test('no code: everything goes, status says so', async () => {
  const { send } = setup();
  assert.deepEqual((await send({ type: 'lock.status' })).lock,
    { set: false, policyOff: false, active: false, unlocked: false, waitMs: 0, guarded: globalThis.GardeFou.lock.GUARDED_KEYS });
  assert.equal((await send({ type: 'settings.update', values: { enabled: false } })).ok, true);
});

test('choosing a code: two same codes of 4-8 digits; only the hash is stored', async () => {
  const { send, store } = setup();
  assert.equal((await send({ type: 'lock.set', code: '12', again: '12' })).error.problem, 'too_short');
  assert.equal((await send({ type: 'lock.set', code: '1234', again: '1243' })).error.problem, 'mismatch');
  const r = await send({ type: 'lock.set', code: '2580', again: '2580' });
  assert.equal(r.ok, true);
  assert.match(r.token, /^[0-9a-f]{32}$/);
  assert.equal(store.codeLock.kdf, 'PBKDF2');
  assert.ok(!JSON.stringify(store).includes('2580'), 'the code itself is nowhere');
});

test('locked: weakening changes are refused, strengthening and display changes are not', async () => {
  const { send, store } = setup({ local: { settings: { additionalSites: ['https://chat.example'], pausedSites: ['https://claude.ai'] } } });
  const { token } = await send({ type: 'lock.set', code: '2580', again: '2580' });
  await send({ type: 'lock.forget', unlock: token });
  const st = (await send({ type: 'lock.status' })).lock;
  assert.equal(st.active, true);
  assert.equal(st.unlocked, false);
  for (const values of [{ enabled: false }, { categories: ['nir'] }, { additionalSites: [] }, { attachmentReminder: false }, { answerBanner: false }]) {
    const r = await send({ type: 'settings.update', values });
    assert.equal(r.ok, false, JSON.stringify(values));
    assert.equal(r.error.code, 'locked');
  }
  assert.deepEqual((await send({ type: 'settings.update', values: { enabled: false, largeText: true } })).error.keys, ['enabled']);
  assert.equal(store.settings.largeText, undefined, 'a refused update changes nothing at all');
  for (const values of [{ largeText: true }, { language: 'en' }, { restoreAnswers: false }, { failClosed: true },
    { additionalSites: ['https://chat.example', 'https://b.example'] }]) {
    assert.equal((await send({ type: 'settings.update', values })).ok, true, JSON.stringify(values));
  }
  // Pausing a site needs the code; resuming one does not.
  assert.equal((await send({ type: 'site.pause', origin: 'https://chatgpt.com', paused: true })).error.code, 'locked');
  assert.equal((await send({ type: 'site.pause', origin: 'https://claude.ai', paused: false })).ok, true);
  assert.equal((await send({ type: 'popup.state' })).codeLocked, true);
});

test('the right code unlocks this page (its token) until it locks again or the token expires', async () => {
  const { send, clock } = setup();
  await send({ type: 'lock.forget', unlock: (await send({ type: 'lock.set', code: '2580', again: '2580' })).token });
  assert.equal((await send({ type: 'lock.unlock', code: '0000' })).error.code, 'wrong_code');
  const { ok, token } = await send({ type: 'lock.unlock', code: '2580' });
  assert.equal(ok, true);
  assert.equal((await send({ type: 'lock.status', unlock: token })).lock.unlocked, true);
  assert.equal((await send({ type: 'settings.update', values: { enabled: false }, unlock: token })).ok, true);
  assert.equal((await send({ type: 'site.pause', origin: 'https://chatgpt.com', paused: true, unlock: 'forged' })).ok, false);
  assert.equal((await send({ type: 'site.pause', origin: 'https://chatgpt.com', paused: true, unlock: token })).ok, true);
  clock.now += TOKEN_TTL_MS - 1000; // used within 30 minutes: still valid, and renewed
  assert.equal((await send({ type: 'settings.update', values: { enabled: true }, unlock: token })).ok, true);
  clock.now += TOKEN_TTL_MS + 1;
  assert.equal((await send({ type: 'settings.update', values: { enabled: false }, unlock: token })).error.code, 'locked');
  const again = (await send({ type: 'lock.unlock', code: '2580' })).token;
  await send({ type: 'lock.forget', unlock: again });
  assert.equal((await send({ type: 'settings.update', values: { enabled: false }, unlock: again })).error.code, 'locked');
});

test('a sleeping service worker keeps open pages unlocked (tokens in storage.session)', async () => {
  const first = setup();
  await first.send({ type: 'lock.set', code: '2580', again: '2580' });
  const { token } = await first.send({ type: 'lock.unlock', code: '2580' });
  // A new background (same storage): the page's token still works.
  const woken = setup({ local: first.store, session: first.session });
  woken.clock.now = first.clock.now;
  assert.equal((await woken.send({ type: 'lock.status', unlock: token })).lock.unlocked, true);
});

test('wrong codes: a gentle slowdown after three, kept across pages, reset by the right code', async () => {
  const { send, clock, store } = setup();
  await send({ type: 'lock.forget', unlock: (await send({ type: 'lock.set', code: '2580', again: '2580' })).token });
  for (let i = 1; i <= 2; i++) assert.deepEqual((await send({ type: 'lock.unlock', code: '1111' })).error, { code: 'wrong_code', failures: i, waitMs: 0 });
  assert.deepEqual((await send({ type: 'lock.unlock', code: '1111' })).error, { code: 'wrong_code', failures: 3, waitMs: 5000 });
  // Even the right code waits its turn; the count is in storage, not in the page.
  assert.deepEqual((await send({ type: 'lock.unlock', code: '2580' })).error, { code: 'wait', waitMs: 5000 });
  assert.equal((await send({ type: 'lock.status' })).lock.waitMs, 5000);
  assert.equal(store.codeLockAttempts.failures, 3);
  clock.now += 5000;
  assert.equal((await send({ type: 'lock.unlock', code: '1111' })).error.waitMs, 10000);
  clock.now += 10000;
  assert.equal((await send({ type: 'lock.unlock', code: '2580' })).ok, true);
  assert.equal(store.codeLockAttempts.failures, 0);
});

test('attempts at the same moment cannot slip past the wait', async () => {
  const { send } = setup();
  await send({ type: 'lock.forget', unlock: (await send({ type: 'lock.set', code: '2580', again: '2580' })).token });
  const results = await Promise.all(Array.from({ length: 8 }, () => send({ type: 'lock.unlock', code: '1111' })));
  assert.equal(results.filter((r) => r.error.code === 'wrong_code').length, 3);
  assert.equal(results.filter((r) => r.error.code === 'wait').length, 5);
});

test('changing or removing the code needs the page unlocked', async () => {
  const { send, store } = setup();
  await send({ type: 'lock.forget', unlock: (await send({ type: 'lock.set', code: '2580', again: '2580' })).token });
  assert.equal((await send({ type: 'lock.set', code: '1111', again: '1111' })).error.code, 'locked');
  assert.equal((await send({ type: 'lock.remove' })).error.code, 'locked');
  const { token } = await send({ type: 'lock.unlock', code: '2580' });
  const changed = await send({ type: 'lock.set', code: '7777', again: '7777', unlock: token });
  assert.equal(changed.token, token, 'the page stays unlocked with its token');
  assert.equal((await send({ type: 'lock.unlock', code: '2580' })).error.code, 'wrong_code');
  assert.equal((await send({ type: 'lock.remove', unlock: token })).ok, true);
  assert.equal(store.codeLock, null);
  assert.equal((await send({ type: 'settings.update', values: { enabled: false } })).ok, true);
});

test('the policy wins: allowCodeLock false switches the code off; policy keys stay the policy\'s', async () => {
  const { send, store } = setup();
  await send({ type: 'lock.forget', unlock: (await send({ type: 'lock.set', code: '2580', again: '2580' })).token });
  const off = setup({ local: store, managed: { allowCodeLock: false } });
  const st = (await off.send({ type: 'lock.status' })).lock;
  assert.equal(st.policyOff, true);
  assert.equal(st.active, false);
  assert.equal((await off.send({ type: 'settings.update', values: { enabled: false } })).ok, true);
  assert.equal((await off.send({ type: 'lock.set', code: '1111', again: '1111' })).error.code, 'policy_off');
  const managed = setup({ local: store, managed: { failClosed: true, categories: ['nir'] } });
  const guarded = (await managed.send({ type: 'lock.status' })).lock.guarded;
  assert.ok(!guarded.includes('failClosed') && !guarded.includes('categories') && guarded.includes('enabled'));
});

test('lock.* answer the extension\'s own pages only', async () => {
  const { send } = setup();
  const r = await send({ type: 'lock.set', code: '2580', again: '2580' }, { url: 'https://evil.example/', tab: { id: 3 } });
  assert.equal(r.error.code, 'forbidden');
  assert.equal((await send({ type: 'lock.unlock', code: '2580' }, { tab: { id: 3 } })).error.code, 'forbidden');
});
