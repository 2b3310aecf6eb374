// SPDX-License-Identifier: MPL-2.0
// The family code lock (issue 5): a short code of 4 to 8 digits keeps the settings that
// protect from being switched off by mistake. Pure and DOM-free, tested in Node:
//   - the code is never stored: only a salted PBKDF2-SHA-256 hash (WebCrypto);
//   - wrong codes slow down gently after a few tries (the background keeps the count);
//   - which settings the code guards, and which changes weaken protection.
// It guards against mistakes, not against a determined person: whoever can remove the
// extension can remove the lock (that is also how a forgotten code is reset).
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const MIN_DIGITS = 4;
  const MAX_DIGITS = 8;
  // OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about half a second on a slow computer.
  const ITERATIONS = 600000;
  const SALT_BYTES = 16;
  const KEY_BITS = 256;
  const FREE_ATTEMPTS = 3;        // wrong codes allowed before any wait
  const FIRST_WAIT_MS = 5000;     // then 5 s, 10 s, 20 s, 40 s, 60 s, 60 s...
  const MAX_WAIT_MS = 60000;

  // Settings the code guards, and the value of each that protects most. Language, larger
  // text and restoring names in answers stay free: they never weaken protection, and a
  // person must always be able to make the text readable.
  const PROTECTIVE = Object.freeze({
    enabled: true,
    failClosed: true,
    allowSendAnyway: false,
    attachmentReminder: true,
    answerBanner: true,
  });
  // Lists where removing an item weakens protection...
  const SHRINK_WEAKENS = Object.freeze(['categories', 'additionalSites']);
  // ...and where adding one does (a paused site is not checked).
  const GROW_WEAKENS = Object.freeze(['pausedSites']);
  const GUARDED_KEYS = Object.freeze([...Object.keys(PROTECTIVE), ...SHRINK_WEAKENS, ...GROW_WEAKENS]);

  /** '' when the code is acceptable, else why not: 'empty' | 'not_digits' | 'too_short' | 'too_long'. */
  function codeProblem(code) {
    const s = typeof code === 'string' ? code.trim() : '';
    if (!s) return 'empty';
    if (!/^[0-9]+$/.test(s)) return 'not_digits';
    if (s.length < MIN_DIGITS) return 'too_short';
    if (s.length > MAX_DIGITS) return 'too_long';
    return '';
  }

  /** The two codes typed when choosing one: '' or the problem ('mismatch' when they differ). */
  function newCodeProblem(code, again) {
    const problem = codeProblem(code);
    if (problem) return problem;
    return String(code).trim() === String(again || '').trim() ? '' : 'mismatch';
  }

  function toBase64(bytes) {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }

  function fromBase64(text) {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }

  async function derive(subtle, code, salt, iterations) {
    const material = await subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
    const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, KEY_BITS);
    return new Uint8Array(bits);
  }

  function cryptoOf(options) {
    const c = (options && options.crypto) || root.crypto;
    if (!c || !c.subtle) throw new Error('WebCrypto is not available');
    return c;
  }

  /** The record kept in storage.local for a new code: {v, kdf, hash, iterations, salt, key}. */
  async function createRecord(code, options = {}) {
    const problem = codeProblem(code);
    if (problem) throw new Error(`bad code: ${problem}`);
    const c = cryptoOf(options);
    const iterations = options.iterations || ITERATIONS;
    const salt = c.getRandomValues(new Uint8Array(SALT_BYTES));
    const key = await derive(c.subtle, code.trim(), salt, iterations);
    return { v: 1, kdf: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt), key: toBase64(key) };
  }

  function isRecord(r) {
    return !!r && r.v === 1 && r.kdf === 'PBKDF2' && r.hash === 'SHA-256' && Number.isInteger(r.iterations) &&
      r.iterations > 0 && typeof r.salt === 'string' && typeof r.key === 'string';
  }

  /** True when `code` is the one the record was made from (comparison in constant time). */
  async function verify(code, record, options = {}) {
    if (!isRecord(record) || codeProblem(code)) return false;
    const expected = fromBase64(record.key);
    const actual = await derive(cryptoOf(options).subtle, code.trim(), fromBase64(record.salt), record.iterations);
    let diff = expected.length ^ actual.length;
    for (let i = 0; i < expected.length; i++) diff |= expected[i] ^ (actual[i] || 0);
    return diff === 0;
  }

  /** How long to wait after `failures` wrong codes in a row (0 for the first few). */
  function waitAfter(failures) {
    if (!(failures >= FREE_ATTEMPTS)) return 0;
    return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS));
  }

  /** Milliseconds before the next try is allowed; attempts = {failures, lastFailure}. */
  function retryAfterMs(attempts, now) {
    const a = attempts || {};
    const wait = waitAfter(a.failures || 0);
    if (!wait) return 0;
    const left = (a.lastFailure || 0) + wait - now;
    return left > 0 ? Math.min(left, wait) : 0; // a clock set back never means a longer wait
  }

  function recordFailure(attempts, now) {
    return { failures: ((attempts && attempts.failures) || 0) + 1, lastFailure: now };
  }

  /** Does changing `key` from `before` to `after` weaken protection? */
  function weakens(key, before, after) {
    if (Object.prototype.hasOwnProperty.call(PROTECTIVE, key)) {
      return before === PROTECTIVE[key] && after !== PROTECTIVE[key];
    }
    const b = Array.isArray(before) ? before : [];
    const a = Array.isArray(after) ? after : [];
    if (SHRINK_WEAKENS.includes(key)) return b.some((x) => !a.includes(x));
    if (GROW_WEAKENS.includes(key)) return a.some((x) => !b.includes(x));
    return false;
  }

  /** The keys of `update` that would weaken protection compared with `current`. */
  function weakeningKeys(current, update) {
    return Object.keys(update || {}).filter((k) => GUARDED_KEYS.includes(k) && weakens(k, current[k], update[k]));
  }

  /** The guarded settings the code locks: those an administrator's policy does not already fix. */
  function keysLockedByCode(policyLocked) {
    const policy = new Set(policyLocked || []);
    return GUARDED_KEYS.filter((k) => !policy.has(k));
  }

  ns.lock = {
    MIN_DIGITS, MAX_DIGITS, ITERATIONS, FREE_ATTEMPTS, MAX_WAIT_MS, GUARDED_KEYS,
    codeProblem, newCodeProblem, createRecord, isRecord, verify,
    waitAfter, retryAfterMs, recordFailure, weakens, weakeningKeys, keysLockedByCode,
  };
})(globalThis);
