// SPDX-License-Identifier: MPL-2.0
// The policy's customDetectors reach the host with `configure` (docs/protocol.md): on every
// (re)connection, right after hello and before any scan; again when the policy changes; and
// a bad pattern is named (index, label, reason) while the valid detectors and the built-in
// protection keep working. Fake port and fake host, as in native-port.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostClient, HostState, normalizeDetectors } from '../../extension/background/native-port.js';

const CATS = new Set(['health_identifier', 'phone', 'person_name']);

/** A host that compiles detectors like gardefou-host: all or nothing, keeps the old set on error. */
function fakeHost({ supportsConfigure = true } = {}) {
  const log = { connects: 0, ports: [], active: null };
  const connect = () => {
    log.connects++;
    const listeners = { message: [], disconnect: [] };
    let active = []; // per process
    const reply = (m) => listeners.message.forEach((cb) => cb(m));
    const port = {
      posted: [],
      closed: false,
      postMessage(m) {
        if (this.closed) throw new Error('Attempting to use a disconnected port object');
        this.posted.push(m);
        queueMicrotask(() => {
          if (m.type === 'hello') return reply({ id: m.id, type: 'hello', ok: true, version: '0.2.0', protocol: 1, categories: [...CATS] });
          if (m.type === 'configure' && supportsConfigure) {
            const fail = (code, message) => reply({ id: m.id, type: 'configure', ok: false, error: { code, message } });
            for (const [i, d] of m.custom_detectors.entries()) {
              if (!CATS.has(d.category)) return fail('bad_request', `custom_detectors[${i}] names an unknown category.`);
              if (!d.pattern) return fail('bad_pattern', `custom_detectors[${i}]: the pattern must have 1 to 2000 characters.`);
            }
            for (const d of m.custom_detectors) {
              try {
                new RegExp(d.pattern, 'u');
              } catch {
                return fail('bad_pattern', "A custom detector's pattern is not valid RE2: missing ): " + d.pattern);
              }
            }
            active = m.custom_detectors.slice();
            log.active = active;
            return reply({ id: m.id, type: 'configure', ok: true, custom_detectors: active.length });
          }
          if (m.type === 'scan') {
            const findings = [];
            for (const d of active) {
              const found = new RegExp(d.pattern, 'u').exec(m.text);
              if (found) findings.push({ category: d.category, start: found.index, end: found.index + found[0].length, rule: `custom:${d.label || ''}` });
            }
            return reply({ id: m.id, type: 'scan', ok: true, findings });
          }
          return reply({ id: m.id, type: m.type, ok: false, error: { code: 'unknown_type', message: m.type } });
        });
      },
      onMessage: (cb) => listeners.message.push(cb),
      onDisconnect: (cb) => listeners.disconnect.push(cb),
      disconnect() {
        this.closed = true;
      },
      drop(text) {
        port.closed = true;
        listeners.disconnect.forEach((cb) => cb(text));
      },
    };
    log.ports.push(port);
    return port;
  };
  return { connect, log };
}

const RX = { pattern: 'RX-[0-9]{5}-[A-Z]', category: 'health_identifier', label: 'n° de compte rendu' };
const BAD = { pattern: 'IPP-([0-9]{8}', category: 'health_identifier', label: 'IPP' };
const types = (port) => port.posted.map((m) => m.type);

test('configure goes right after hello, before the first scan, and the detector is used', async () => {
  const { connect, log } = fakeHost();
  const host = new HostClient(connect, { customDetectors: async () => [RX] });
  const r = await host.scan('Compte rendu RX-12345-B du 3 mars');
  assert.deepEqual(types(log.ports[0]), ['hello', 'configure', 'scan']);
  assert.deepEqual(log.ports[0].posted[1].custom_detectors, [RX]);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].rule, 'custom:n° de compte rendu');
  assert.deepEqual(host.status.customDetectors, { requested: 1, active: 1, invalid: [] });
});

test('no detectors: no configure on a new port', async () => {
  const { connect, log } = fakeHost();
  const host = new HostClient(connect, { customDetectors: () => [] });
  await host.scan('x');
  assert.deepEqual(types(log.ports[0]), ['hello', 'scan']);
  assert.deepEqual(host.status.customDetectors, { requested: 0, active: 0, invalid: [] });
});

test('every reconnection configures the new host process again', async () => {
  const { connect, log } = fakeHost();
  const host = new HostClient(connect, { customDetectors: () => [RX] });
  await host.scan('a');
  log.ports[0].drop('Native host has exited.');
  assert.equal(host.status.state, HostState.STOPPED);
  const r = await host.scan('RX-00001-Z');
  assert.equal(log.connects, 2);
  assert.deepEqual(types(log.ports[1]), ['hello', 'configure', 'scan']);
  assert.equal(r.findings.length, 1);
});

test('a policy change reaches a running host; nothing is sent when no host runs', async () => {
  const { connect, log } = fakeHost();
  let policy = [];
  const host = new HostClient(connect, { customDetectors: () => policy });
  // No port yet: nothing to do, the next connection will configure.
  policy = [RX];
  assert.deepEqual(await host.reconfigure(), { requested: 0, active: 0, invalid: [] });
  assert.equal(log.connects, 0);
  await host.scan('a');
  policy = [RX, { pattern: 'IPP[0-9]{8}', category: 'health_identifier', label: 'IPP' }];
  const status = await host.reconfigure();
  assert.deepEqual(status, { requested: 2, active: 2, invalid: [] });
  assert.equal(log.active.length, 2);
  // Removing them all sends an empty list (the host drops its detectors).
  policy = [];
  await host.reconfigure();
  assert.deepEqual(log.active, []);
  assert.deepEqual(types(log.ports[0]), ['hello', 'configure', 'scan', 'configure', 'configure']);
  assert.equal(log.connects, 1);
});

test('bad_pattern names the faulty detector; the valid ones stay in force and scans go on', async () => {
  const { connect, log } = fakeHost();
  const host = new HostClient(connect, { customDetectors: () => [RX, BAD, { pattern: '', category: 'phone', label: 'vide' }] });
  const r = await host.scan('RX-12345-B');
  assert.equal(host.status.state, HostState.OK, 'a bad rule does not make the host unavailable');
  const cd = host.status.customDetectors;
  assert.equal(cd.requested, 3);
  assert.equal(cd.active, 1);
  assert.deepEqual(cd.invalid.map((d) => [d.index, d.label, d.code]), [[1, 'IPP', 'bad_pattern'], [2, 'vide', 'bad_pattern']]);
  assert.match(cd.invalid[0].message, /not valid RE2/);
  assert.equal(cd.invalid[0].pattern, BAD.pattern);
  assert.deepEqual(log.active, [RX], 'the valid detector is installed');
  assert.equal(r.findings.length, 1, 'and used');
});

test('an unknown category (bad_request) is reported the same way', async () => {
  const { connect } = fakeHost();
  const host = new HostClient(connect, { customDetectors: () => [{ pattern: 'X[0-9]+', category: 'patient', label: 'dossier' }] });
  await host.scan('x');
  const cd = host.status.customDetectors;
  assert.equal(cd.active, 0);
  assert.deepEqual(cd.invalid.map((d) => [d.index, d.code, d.category]), [[0, 'bad_request', 'patient']]);
});

test('an older host without configure: protection works, detectors flagged unsupported', async () => {
  const { connect } = fakeHost({ supportsConfigure: false });
  const host = new HostClient(connect, { customDetectors: () => [RX] });
  const r = await host.scan('x');
  assert.deepEqual(r.findings, []);
  assert.equal(host.status.state, HostState.OK);
  assert.equal(host.status.customDetectors.unsupported, true);
  assert.equal(host.status.customDetectors.active, 0);
});

test('more than 100 detectors: the extra ones are named, the first 100 apply', async () => {
  const { connect, log } = fakeHost();
  const many = Array.from({ length: 102 }, (_, i) => ({ pattern: `Z${i}-[0-9]{3}`, category: 'phone', label: `r${i}` }));
  const host = new HostClient(connect, { customDetectors: () => many });
  await host.scan('x');
  assert.equal(log.active.length, 100);
  assert.deepEqual(host.status.customDetectors.invalid.map((d) => [d.index, d.code]), [[100, 'too_many'], [101, 'too_many']]);
});

test('a policy read that fails configures nothing and does not break hello', async () => {
  const { connect, log } = fakeHost();
  const host = new HostClient(connect, { customDetectors: async () => { throw new Error('storage'); } });
  await host.scan('x');
  assert.deepEqual(types(log.ports[0]), ['hello', 'scan']);
});

test('normalizeDetectors keeps positions and drops unknown members', () => {
  assert.deepEqual(normalizeDetectors(null), []);
  assert.deepEqual(normalizeDetectors([{ pattern: 'a', category: 'phone', label: 'L', extra: 1 }, null, { pattern: 3 }]), [
    { pattern: 'a', category: 'phone', label: 'L' },
    { pattern: '', category: '' },
    { pattern: '', category: '' },
  ]);
});

test('while the host is being configured, the status says so (pending)', async () => {
  const { connect } = fakeHost();
  const seen = [];
  const host = new HostClient(connect, { customDetectors: () => [RX], onStatus: (st) => seen.push(st.customDetectors) });
  await host.scan('x');
  assert.ok(seen.some((c) => c.pending === true && c.requested === 1), 'pending first');
  assert.equal(host.status.customDetectors.pending, undefined, 'then settled');
});
