// SPDX-License-Identifier: MPL-2.0
// The family code lock's pure rules (extension/shared/lock.js): code format, the salted
// PBKDF2 record (never the code), verification, the slowdown after wrong codes, and which
// changes weaken protection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSharedIntoNode } from './helpers.mjs';

const { lock, settings } = loadSharedIntoNode();
const FAST = { iterations: 1000 }; // the real count (600 000) is tested once below

test('a code is 4 to 8 digits, typed twice the same', () => {
  assert.equal(lock.codeProblem('1234'), '');
  assert.equal(lock.codeProblem(' 12345678 '), '');
  assert.equal(lock.codeProblem(''), 'empty');
  assert.equal(lock.codeProblem(undefined), 'empty');
  assert.equal(lock.codeProblem('123'), 'too_short');
  assert.equal(lock.codeProblem('123456789'), 'too_long');
  assert.equal(lock.codeProblem('12a4'), 'not_digits');
  assert.equal(lock.codeProblem('12 34'), 'not_digits');
  assert.equal(lock.codeProblem('١٢٣٤'), 'not_digits', 'only 0-9');
  assert.equal(lock.newCodeProblem('2468', '2468'), '');
  assert.equal(lock.newCodeProblem('2468', '2469'), 'mismatch');
  assert.equal(lock.newCodeProblem('24', '24'), 'too_short');
});

test('the record holds a salted PBKDF2-SHA-256 hash, never the code', async () => {
  const r = await lock.createRecord('4821', FAST);
  assert.deepEqual(Object.keys(r).sort(), ['hash', 'iterations', 'kdf', 'key', 'salt', 'v']);
  assert.equal(r.kdf, 'PBKDF2');
  assert.equal(r.hash, 'SHA-256');
  assert.ok(!JSON.stringify(r).includes('4821'));
  assert.equal(Buffer.from(r.salt, 'base64').length, 16);
  assert.equal(Buffer.from(r.key, 'base64').length, 32);
  const again = await lock.createRecord('4821', FAST);
  assert.notEqual(again.salt, r.salt, 'a fresh salt each time');
  assert.notEqual(again.key, r.key, 'so the same code gives another hash');
  await assert.rejects(lock.createRecord('12', FAST));
});

test('the hash is the standard PBKDF2 (same as Node\'s own)', async () => {
  const { pbkdf2Sync } = await import('node:crypto');
  const r = await lock.createRecord('13579', FAST);
  const expected = pbkdf2Sync('13579', Buffer.from(r.salt, 'base64'), 1000, 32, 'sha256').toString('base64');
  assert.equal(r.key, expected);
});

test('verify: the right code only; a damaged record never matches', async () => {
  const r = await lock.createRecord('4821', FAST);
  assert.equal(await lock.verify('4821', r), true);
  assert.equal(await lock.verify(' 4821 ', r), true, 'spaces around are forgiven');
  assert.equal(await lock.verify('4822', r), false);
  assert.equal(await lock.verify('48210', r), false);
  assert.equal(await lock.verify('', r), false);
  assert.equal(await lock.verify('4821', { ...r, key: r.key.slice(4) }), false);
  assert.equal(await lock.verify('4821', { ...r, kdf: 'MD5' }), false);
  assert.equal(await lock.verify('4821', null), false);
});

test('by default many iterations (600 000), still fast enough', async () => {
  assert.ok(lock.ITERATIONS >= 600000);
  const t0 = Date.now();
  const r = await lock.createRecord('90210');
  assert.equal(r.iterations, lock.ITERATIONS);
  assert.equal(await lock.verify('90210', r), true);
  assert.ok(Date.now() - t0 < 20000);
});

test('wrong codes: three free tries, then a gentle wait that grows to one minute', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 20].map(lock.waitAfter), [0, 0, 0, 5000, 10000, 20000, 40000, 60000, 60000]);
  let a = { failures: 0, lastFailure: 0 };
  const t0 = 1_000_000;
  for (let i = 0; i < 3; i++) a = lock.recordFailure(a, t0);
  assert.equal(a.failures, 3);
  assert.equal(lock.retryAfterMs(a, t0), 5000);
  assert.equal(lock.retryAfterMs(a, t0 + 4000), 1000);
  assert.equal(lock.retryAfterMs(a, t0 + 5000), 0);
  assert.equal(lock.retryAfterMs(a, t0 - 3_600_000), 5000, 'a clock set back never means a longer wait');
  assert.equal(lock.retryAfterMs(undefined, t0), 0);
});

test('what weakens protection, key by key', () => {
  assert.equal(lock.weakens('enabled', true, false), true);
  assert.equal(lock.weakens('enabled', false, true), false, 'switching protection on is always free');
  assert.equal(lock.weakens('failClosed', true, false), true);
  assert.equal(lock.weakens('failClosed', false, true), false);
  assert.equal(lock.weakens('allowSendAnyway', false, true), true);
  assert.equal(lock.weakens('allowSendAnyway', true, false), false);
  assert.equal(lock.weakens('attachmentReminder', true, false), true);
  assert.equal(lock.weakens('answerBanner', true, false), true);
  assert.equal(lock.weakens('categories', ['nir', 'phone'], ['nir']), true);
  assert.equal(lock.weakens('categories', ['nir'], ['nir', 'phone']), false);
  assert.equal(lock.weakens('additionalSites', ['https://a.example'], []), true);
  assert.equal(lock.weakens('additionalSites', [], ['https://a.example']), false);
  assert.equal(lock.weakens('pausedSites', [], ['https://claude.ai']), true);
  assert.equal(lock.weakens('pausedSites', ['https://claude.ai'], []), false, 'resuming is free');
  for (const free of ['language', 'largeText', 'restoreAnswers']) {
    assert.ok(!lock.GUARDED_KEYS.includes(free), free);
    assert.equal(lock.weakens(free, true, false), false, free);
  }
});

test('weakeningKeys of an update; the code leaves the policy\'s keys to the policy', () => {
  const { values } = settings.effectiveSettings({}, {});
  const update = { enabled: false, largeText: true, categories: values.categories, pausedSites: ['https://claude.ai'] };
  assert.deepEqual(lock.weakeningKeys(values, update), ['enabled', 'pausedSites']);
  assert.deepEqual(lock.weakeningKeys(values, { categories: [...values.categories] }), []);
  assert.deepEqual(lock.keysLockedByCode(['failClosed', 'categories']),
    lock.GUARDED_KEYS.filter((k) => k !== 'failClosed' && k !== 'categories'));
});

test('allowCodeLock is a policy key only: the user\'s storage cannot switch the lock off', () => {
  assert.ok(settings.POLICY_KEYS.includes('allowCodeLock'));
  assert.equal(settings.effectiveSettings({ allowCodeLock: false }, {}).values.allowCodeLock, true);
  assert.equal(settings.effectiveSettings({}, { allowCodeLock: false }).values.allowCodeLock, false);
  assert.deepEqual(settings.acceptUserUpdate({ allowCodeLock: false, largeText: true }, []), { largeText: true });
});
