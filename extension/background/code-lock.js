// SPDX-License-Identifier: MPL-2.0
// The family code lock, background side (issue 5; the pure rules are in shared/lock.js).
// The background, not the pages, decides: it keeps the hash (storage.local "codeLock"),
// counts wrong codes (storage.local "codeLockAttempts", so closing the page does not reset
// the slowdown) and refuses a settings change that weakens protection unless the page
// shows an unlock token. A right code gives the page a random token that lives in the
// page's memory: closing the page forgets it (the page also tells the background on
// `pagehide`), and an unused token expires after 30 minutes. The tokens are also kept in
// storage.session so a service worker that sleeps and wakes does not lock an open page.
// A policy `allowCodeLock: false` switches the code off (and is how an administrator
// resets a forgotten one).

const { lock } = globalThis.GardeFou;

const RECORD_KEY = 'codeLock';
const ATTEMPTS_KEY = 'codeLockAttempts';
const TOKENS_KEY = 'codeLockTokens';
const NO_FAILURES = Object.freeze({ failures: 0, lastFailure: 0 });
export const TOKEN_TTL_MS = 30 * 60 * 1000;

export function createCodeLock({ storage, settingsStore, now = () => Date.now(), crypto = globalThis.crypto, iterations }) {
  let tokens = null; // token → expiry (ms)
  let queue = Promise.resolve(); // one code check at a time: the wait cannot be raced

  function serial(fn) {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  }

  async function loadTokens() {
    if (!tokens) {
      const saved = await storage.getSession(TOKENS_KEY).catch(() => ({}));
      tokens = new Map(Object.entries((saved && saved[TOKENS_KEY]) || {}));
    }
    const t = now();
    for (const [k, expiry] of tokens) if (!(expiry > t)) tokens.delete(k);
    return tokens;
  }

  async function saveTokens() {
    await storage.setSession({ [TOKENS_KEY]: Object.fromEntries(tokens) }).catch(() => {});
  }

  async function newToken() {
    await loadTokens();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const token = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    tokens.set(token, now() + TOKEN_TTL_MS);
    await saveTokens();
    return token;
  }

  async function record() {
    const r = await storage.getLocal(RECORD_KEY);
    return r && lock.isRecord(r[RECORD_KEY]) ? r[RECORD_KEY] : null;
  }

  async function attempts() {
    const r = await storage.getLocal(ATTEMPTS_KEY);
    return (r && r[ATTEMPTS_KEY]) || NO_FAILURES;
  }

  async function policyAllows() {
    const { values } = await settingsStore.get();
    return values.allowCodeLock !== false;
  }

  /** True (and the token's life renewed) when `token` came from a right code. */
  async function isUnlocked(token) {
    if (typeof token !== 'string' || !token) return false;
    const map = await loadTokens();
    if (!map.has(token)) return false;
    map.set(token, now() + TOKEN_TTL_MS);
    await saveTokens();
    return true;
  }

  /** Whether a code is set and in force, and what it locks. */
  async function status(token) {
    const [r, allowed, { locked }, a] = await Promise.all([record(), policyAllows(), settingsStore.get(), attempts()]);
    return {
      set: !!r,
      policyOff: !allowed,
      active: !!r && allowed,
      unlocked: !!r && allowed && (await isUnlocked(token)),
      waitMs: lock.retryAfterMs(a, now()),
      guarded: lock.keysLockedByCode(locked),
    };
  }

  function unlock(code) {
    return serial(async () => {
      const r = await record();
      if (!r || !(await policyAllows())) return { ok: false, error: { code: 'not_set' } };
      const a = await attempts();
      const wait = lock.retryAfterMs(a, now());
      if (wait > 0) return { ok: false, error: { code: 'wait', waitMs: wait } };
      if (await lock.verify(String(code || ''), r, { crypto })) {
        await storage.setLocal({ [ATTEMPTS_KEY]: NO_FAILURES });
        return { ok: true, token: await newToken() };
      }
      const next = lock.recordFailure(a, now());
      await storage.setLocal({ [ATTEMPTS_KEY]: next });
      return { ok: false, error: { code: 'wrong_code', failures: next.failures, waitMs: lock.retryAfterMs(next, now()) } };
    });
  }

  /** Chooses a new code; when one is in force, only an unlocked page may change it. */
  async function setCode(code, again, token) {
    const [current, allowed] = await Promise.all([record(), policyAllows()]);
    if (current && allowed && !(await isUnlocked(token))) return { ok: false, error: { code: 'locked' } };
    if (!allowed) return { ok: false, error: { code: 'policy_off' } };
    const problem = lock.newCodeProblem(code, again);
    if (problem) return { ok: false, error: { code: 'bad_code', problem } };
    const fresh = await lock.createRecord(String(code), { crypto, iterations });
    await storage.setLocal({ [RECORD_KEY]: fresh, [ATTEMPTS_KEY]: NO_FAILURES });
    // The page that chose the code stays unlocked until it is closed or locks again.
    return { ok: true, token: (await isUnlocked(token)) ? token : await newToken() };
  }

  /** Removes the code: needs an unlocked page (or a policy that switched the code off). */
  async function remove(token) {
    if ((await record()) && (await policyAllows()) && !(await isUnlocked(token))) return { ok: false, error: { code: 'locked' } };
    await storage.setLocal({ [RECORD_KEY]: null, [ATTEMPTS_KEY]: NO_FAILURES });
    (await loadTokens()).clear();
    await saveTokens();
    return { ok: true };
  }

  /** The page locks again (a button, or the page closing). */
  async function forget(token) {
    const map = await loadTokens();
    if (map.delete(token)) await saveTokens();
    return { ok: true };
  }

  /**
   * The keys of a settings update that the code refuses (empty: go ahead). Sites are compared
   * with the user's own list: those a policy adds are not the user's to remove anyway.
   */
  async function refuse(update, token) {
    if (!(await record()) || !(await policyAllows())) return [];
    const { values, locked } = await settingsStore.get();
    const local = await storage.getLocal('settings');
    const userSites = (local && local.settings && local.settings.additionalSites) || [];
    const keys = lock.weakeningKeys({ ...values, additionalSites: userSites }, update)
      .filter((k) => lock.keysLockedByCode(locked).includes(k));
    if (keys.length === 0 || (await isUnlocked(token))) return [];
    return keys;
  }

  return { status, unlock, setCode, remove, forget, refuse, isUnlocked };
}

/** Handlers 'lock.*', for the extension's own pages only (options, popup). */
export function registerCodeLock(router, deps) {
  const { codeLock, platform } = deps;
  const fromExtensionPage = (sender) => !!sender && typeof sender.url === 'string' && sender.url.startsWith(platform.extensionUrl(''));
  const only = (handler) => async (message, sender) => (fromExtensionPage(sender) ? handler(message || {}) : { ok: false, error: { code: 'forbidden' } });

  router.on('lock.status', only(async (m) => ({ ok: true, lock: await codeLock.status(m.unlock) })));
  router.on('lock.unlock', only((m) => codeLock.unlock(m.code)));
  router.on('lock.set', only((m) => codeLock.setCode(m.code, m.again, m.unlock)));
  router.on('lock.remove', only((m) => codeLock.remove(m.unlock)));
  router.on('lock.forget', only((m) => codeLock.forget(m.unlock)));
}
