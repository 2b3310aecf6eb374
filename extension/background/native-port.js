// SPDX-License-Identifier: MPL-2.0
// The ONLY module that talks to gardefou-host (protocol v1, docs/protocol.md).
//
// One long-lived port (connectNative), opened on the first request; every request gets
// an id and a promise; each has a time-out. When the host is missing, not allowed, exits
// or stops answering, pending requests fail with a HostUnavailable status and the next
// request starts the host again. `connect` is injected (platform.connectNative in the
// extension, a fake port in tests) so this module never touches the browser API.

export const HOST_NAME = 'org.gardefou.host';
export const PROTOCOL_VERSION = 1;
/** The host accepts at most this many custom detectors (docs/protocol.md, configure). */
export const MAX_CUSTOM_DETECTORS = 100;

/** Host states, as shown to the user (popup, marker). */
export const HostState = Object.freeze({
  UNKNOWN: 'unknown',
  OK: 'ok',
  MISSING: 'missing',          // not installed (or its manifest points nowhere)
  FORBIDDEN: 'forbidden',      // installed, but does not allow this extension
  UNRESPONSIVE: 'unresponsive',// did not answer in time
  STOPPED: 'stopped',          // exited or crashed
  INCOMPATIBLE: 'incompatible',// speaks another protocol version
});

/** Maps the browser's disconnect text to a state (Chrome and Firefox wordings). */
export function classifyDisconnect(text) {
  const t = String(text || '').toLowerCase();
  if (/not found|no such native application|does not exist|not executable|failed to start/.test(t)) return HostState.MISSING;
  if (/forbidden|not have permission|not allowed/.test(t)) return HostState.FORBIDDEN;
  return HostState.STOPPED;
}

export class HostError extends Error {
  constructor(code, message, state) {
    super(message || code);
    this.code = code;     // protocol code (bad_request...) or 'host_unavailable'
    this.state = state;   // HostState when the host itself is the problem
  }
}

export class HostClient {
  /**
   * @param {() => {postMessage, onMessage, onDisconnect, disconnect}} connect
   * @param {{timeoutMs?: number, helloTimeoutMs?: number, onStatus?: Function,
   *          customDetectors?: () => (object[]|Promise<object[]>)}} options
   *   customDetectors: the administrator's detectors (policy `customDetectors`), read on every
   *   (re)connection and sent with `configure` right after `hello`.
   */
  constructor(connect, options = {}) {
    this.connect = connect;
    this.timeoutMs = options.timeoutMs ?? 8000;
    this.helloTimeoutMs = options.helloTimeoutMs ?? 5000;
    this.onStatus = options.onStatus || (() => {});
    this.port = null;
    this.nextId = 1;
    this.pending = new Map();
    this.getCustomDetectors = options.customDetectors || (() => []);
    this.status = { state: HostState.UNKNOWN, version: null, categories: [], detail: '', customDetectors: noDetectors() };
    this.helloPromise = null;
    this.configureChain = Promise.resolve();
  }

  setStatus(patch) {
    this.status = { ...this.status, ...patch };
    this.onStatus(this.status);
  }

  openPort() {
    let port;
    try {
      port = this.connect(HOST_NAME);
    } catch (e) {
      this.setStatus({ state: classifyDisconnect(e && e.message), detail: String(e && e.message) });
      throw new HostError('host_unavailable', String(e && e.message), this.status.state);
    }
    this.port = port;
    port.onMessage((message) => this.onMessage(port, message));
    port.onDisconnect((text) => this.onDisconnect(port, text));
    return port;
  }

  onMessage(port, message) {
    if (port !== this.port || !message || typeof message !== 'object') return;
    const entry = this.pending.get(message.id);
    if (!entry) return; // late answer after a time-out, or id null (bad_json): nothing waits
    this.pending.delete(message.id);
    clearTimeout(entry.timer);
    if (message.ok) entry.resolve(message);
    else {
      const err = message.error || {};
      entry.reject(new HostError(err.code || 'internal', err.message));
    }
  }

  onDisconnect(port, text) {
    if (port !== this.port) return;
    this.port = null;
    this.helloPromise = null;
    const state = classifyDisconnect(text);
    this.setStatus({ state, detail: String(text || '') });
    this.failAll(new HostError('host_unavailable', text || 'disconnected', state));
  }

  failAll(error) {
    for (const [, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    this.pending.clear();
  }

  /** Closes the port (time-out or shutdown); the next request restarts the host. */
  reset(state, detail) {
    const port = this.port;
    this.port = null;
    this.helloPromise = null;
    if (port) {
      try {
        port.disconnect();
      } catch {
        /* already gone */
      }
    }
    this.setStatus({ state, detail: detail || '' });
    this.failAll(new HostError('host_unavailable', detail || state, state));
  }

  /** Raw request: resolves with the host's success object, rejects with HostError. */
  raw(type, params = {}, timeoutMs = this.timeoutMs) {
    const port = this.port || this.openPort();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (!this.pending.has(id)) return;
        this.pending.delete(id);
        reject(new HostError('host_unavailable', 'timeout', HostState.UNRESPONSIVE));
        this.reset(HostState.UNRESPONSIVE, `no answer to ${type} within ${timeoutMs} ms`);
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        port.postMessage({ id, type, ...params });
      } catch (e) {
        this.pending.delete(id);
        clearTimeout(timer);
        // Posting on a port that is already closing: the disconnect handler says why.
        reject(new HostError('host_unavailable', String(e && e.message), this.status.state === HostState.OK ? HostState.STOPPED : this.status.state));
      }
    });
  }

  /** hello once per port; checks the protocol version. */
  hello() {
    if (this.helloPromise && this.port) return this.helloPromise;
    this.helloPromise = this.raw('hello', {}, this.helloTimeoutMs).then(async (r) => {
      if (r.protocol !== PROTOCOL_VERSION) {
        this.setStatus({ state: HostState.INCOMPATIBLE, version: r.version, detail: `protocol ${r.protocol}` });
        throw new HostError('host_unavailable', `protocol ${r.protocol}`, HostState.INCOMPATIBLE);
      }
      this.setStatus({ state: HostState.OK, version: r.version || null, categories: r.categories || [], detail: '' });
      // A new host process has no custom detectors: send them before any scan.
      await this.queueConfigure(true);
      return r;
    });
    this.helloPromise.catch(() => {
      this.helloPromise = null;
    });
    return this.helloPromise;
  }

  /**
   * The policy's custom detectors changed: send them to a running host now (a host started
   * later gets them right after its hello). Resolves with status.customDetectors.
   */
  async reconfigure() {
    if (!this.port || !this.helloPromise) return this.status.customDetectors;
    await this.helloPromise;
    await this.queueConfigure(false);
    return this.status.customDetectors;
  }

  /** One configure at a time (hello's and a settings change may overlap). */
  queueConfigure(fresh) {
    const run = this.configureChain.then(() => this.applyCustomDetectors(fresh));
    this.configureChain = run.catch(() => {});
    return run;
  }

  /**
   * Sends `configure`. A bad entry makes the host refuse the whole list and keep what it
   * had, so on bad_pattern / bad_request each detector is tried alone to name the faulty
   * ones, and the valid ones are then installed: one broken rule never switches off the
   * others, nor the built-in protection. status.customDetectors says what is in force:
   * {requested, active, invalid: [{index, label, category, pattern, code, message}], unsupported}.
   */
  async applyCustomDetectors(fresh) {
    let wanted;
    try {
      wanted = normalizeDetectors(await this.getCustomDetectors());
    } catch {
      wanted = [];
    }
    const invalid = [];
    const list = wanted.slice(0, MAX_CUSTOM_DETECTORS);
    wanted.slice(MAX_CUSTOM_DETECTORS).forEach((d, i) => invalid.push(describe(d, MAX_CUSTOM_DETECTORS + i, 'too_many',
      `At most ${MAX_CUSTOM_DETECTORS} custom detectors are allowed.`)));
    if (fresh && wanted.length === 0) {
      this.setStatus({ customDetectors: noDetectors() });
      return;
    }
    // Until the host answers, nothing says which detectors are in force.
    this.setStatus({ customDetectors: { requested: wanted.length, active: 0, invalid: [], pending: true } });
    const done = (active, extra = {}) => this.setStatus({ customDetectors: { requested: wanted.length, active, invalid, ...extra } });
    try {
      const r = await this.raw('configure', { custom_detectors: list });
      done(typeof r.custom_detectors === 'number' ? r.custom_detectors : list.length);
      return;
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      if (e.code === 'unknown_type') return done(0, { unsupported: true }); // an older host
      if (e.code !== 'bad_pattern' && e.code !== 'bad_request') throw e;   // host unavailable...
    }
    const good = [];
    for (let i = 0; i < list.length; i++) {
      try {
        await this.raw('configure', { custom_detectors: [list[i]] });
        good.push(list[i]);
      } catch (e) {
        if (!(e instanceof HostError) || (e.code !== 'bad_pattern' && e.code !== 'bad_request')) throw e;
        invalid.push(describe(list[i], i, e.code, e.message));
      }
    }
    invalid.sort((a, b) => a.index - b.index);
    const r = await this.raw('configure', { custom_detectors: good });
    done(typeof r.custom_detectors === 'number' ? r.custom_detectors : good.length);
  }

  /** Any protocol request, after hello (which also (re)starts the host). */
  async request(type, params = {}, timeoutMs) {
    await this.hello();
    return this.raw(type, params, timeoutMs ?? this.timeoutMs);
  }

  scan(text, lang) {
    return this.request('scan', lang ? { text, lang } : { text }, timeoutFor(text, this.timeoutMs));
  }

  redact(text, conversation, lang) {
    return this.request('redact', lang ? { text, conversation, lang } : { text, conversation }, timeoutFor(text, this.timeoutMs));
  }

  restore(text, conversation) {
    return this.request('restore', { text, conversation }, timeoutFor(text, this.timeoutMs));
  }

  forget(conversation) {
    return this.request('forget', { conversation });
  }
}

function noDetectors() {
  return { requested: 0, active: 0, invalid: [] };
}

/** The policy's entries as the protocol wants them; odd entries stay (the host names them). */
export function normalizeDetectors(list) {
  if (!Array.isArray(list)) return [];
  return list.map((d) => {
    const o = d && typeof d === 'object' ? d : {};
    const out = { pattern: typeof o.pattern === 'string' ? o.pattern : '', category: typeof o.category === 'string' ? o.category : '' };
    if (typeof o.label === 'string' && o.label) out.label = o.label;
    return out;
  });
}

function describe(d, index, code, message) {
  return { index, label: d.label || '', category: d.category, pattern: d.pattern, code, message: String(message || code) };
}

/** Longer texts get more time (the host does ≥ 50 MB/s; this is generous). */
function timeoutFor(text, base) {
  return base + Math.ceil(String(text).length / 100000) * 1000;
}
