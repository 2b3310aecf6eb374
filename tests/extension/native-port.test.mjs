// SPDX-License-Identifier: MPL-2.0
// background/native-port.js against a fake port: ids, hello, time-outs, restart,
// and how the browser's disconnect reasons become states shown to the user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostClient, HostState, classifyDisconnect, HOST_NAME } from '../../extension/background/native-port.js';

/** A fake host behind a fake port; `behave(request, port)` answers. */
function fakeConnect(behave) {
  const log = { connects: 0, ports: [] };
  const connect = (name) => {
    assert.equal(name, HOST_NAME);
    log.connects++;
    const listeners = { message: [], disconnect: [] };
    const port = {
      posted: [],
      closed: false,
      postMessage(m) {
        if (this.closed) throw new Error('Attempting to use a disconnected port object');
        this.posted.push(m);
        queueMicrotask(() => behave(m, port));
      },
      onMessage: (cb) => listeners.message.push(cb),
      onDisconnect: (cb) => listeners.disconnect.push(cb),
      disconnect() {
        this.closed = true;
      },
      reply: (m) => listeners.message.forEach((cb) => cb(m)),
      drop: (text) => {
        port.closed = true;
        listeners.disconnect.forEach((cb) => cb(text));
      },
    };
    log.ports.push(port);
    return port;
  };
  return { connect, log };
}

const hello = (m) => ({ id: m.id, type: 'hello', ok: true, name: 'gardefou-host', version: '0.1.0', protocol: 1, categories: ['phone'] });

function honest(m, port) {
  if (m.type === 'hello') return port.reply(hello(m));
  if (m.type === 'scan') return port.reply({ id: m.id, type: 'scan', ok: true, findings: [{ category: 'phone', start: 0, end: 14, score: 1, validated: true, rule: 'x' }] });
  if (m.type === 'redact') return port.reply({ id: m.id, type: 'redact', ok: true, text: '[TÉLÉPHONE 1]', replacements: [] });
  return port.reply({ id: m.id, type: m.type, ok: false, error: { code: 'unknown_type', message: 'no' } });
}

test('one port, hello first, then requests with increasing ids', async () => {
  const { connect, log } = fakeConnect(honest);
  const statuses = [];
  const host = new HostClient(connect, { onStatus: (s) => statuses.push(s.state) });
  const r = await host.scan('06 12 34 56 78');
  assert.equal(r.findings.length, 1);
  await host.redact('06 12 34 56 78', 'tab:1');
  assert.equal(log.connects, 1);
  const types = log.ports[0].posted.map((m) => m.type);
  assert.deepEqual(types, ['hello', 'scan', 'redact']);
  const ids = log.ports[0].posted.map((m) => m.id);
  assert.deepEqual(ids, [...new Set(ids)].sort((a, b) => a - b));
  assert.equal(log.ports[0].posted[2].conversation, 'tab:1');
  assert.equal(host.status.state, HostState.OK);
  assert.equal(host.status.version, '0.1.0');
  assert.ok(statuses.includes('ok'));
});

test('answers out of order reach the right caller', async () => {
  const held = [];
  const { connect } = fakeConnect((m, port) => (m.type === 'hello' ? port.reply(hello(m)) : held.push([m, port])));
  const host = new HostClient(connect);
  const a = host.request('scan', { text: 'a' });
  const b = host.request('scan', { text: 'b' });
  while (held.length < 2) await new Promise((r) => setTimeout(r, 1));
  const [[ma, port], [mb]] = held;
  port.reply({ id: mb.id, type: 'scan', ok: true, findings: ['B'] });
  port.reply({ id: ma.id, type: 'scan', ok: true, findings: ['A'] });
  assert.deepEqual((await a).findings, ['A']);
  assert.deepEqual((await b).findings, ['B']);
});

test('a protocol error is reported with its code, the session goes on', async () => {
  const { connect, log } = fakeConnect(honest);
  const host = new HostClient(connect);
  await assert.rejects(host.request('nope'), (e) => e.code === 'unknown_type');
  await host.scan('x');
  assert.equal(log.connects, 1);
});

test('missing host: a plain state, pending requests fail, the next request tries again', async () => {
  let fail = true;
  const { connect, log } = fakeConnect((m, port) => (fail ? port.drop('Specified native messaging host not found.') : honest(m, port)));
  const host = new HostClient(connect);
  await assert.rejects(host.scan('x'), (e) => e.code === 'host_unavailable' && e.state === HostState.MISSING);
  assert.equal(host.status.state, HostState.MISSING);
  fail = false;
  await host.scan('x');
  assert.equal(log.connects, 2);
  assert.equal(host.status.state, HostState.OK);
});

test('a host that stops answering times out, is marked unresponsive and restarted', async () => {
  let mute = true;
  const { connect, log } = fakeConnect((m, port) => (m.type === 'hello' ? port.reply(hello(m)) : mute ? null : honest(m, port)));
  const host = new HostClient(connect, { timeoutMs: 50 });
  await assert.rejects(host.scan('x'), (e) => e.state === HostState.UNRESPONSIVE);
  assert.equal(host.status.state, HostState.UNRESPONSIVE);
  assert.ok(log.ports[0].closed, 'the stuck port was closed');
  mute = false;
  await host.scan('x');
  assert.equal(log.connects, 2);
});

test('a host that crashes mid-request: stopped, then restarted', async () => {
  let crash = true;
  const { connect, log } = fakeConnect((m, port) => {
    if (m.type === 'hello') return port.reply(hello(m));
    if (crash) return port.drop('Native host has exited.');
    return honest(m, port);
  });
  const host = new HostClient(connect);
  await assert.rejects(host.scan('x'), (e) => e.state === HostState.STOPPED);
  crash = false;
  await host.scan('x');
  assert.equal(log.connects, 2);
});

test('another protocol version is refused', async () => {
  const { connect } = fakeConnect((m, port) => port.reply({ ...hello(m), protocol: 2 }));
  const host = new HostClient(connect);
  await assert.rejects(host.scan('x'), (e) => e.state === HostState.INCOMPATIBLE);
});

test('disconnect texts of Chrome and Firefox', () => {
  assert.equal(classifyDisconnect('Specified native messaging host not found.'), 'missing');
  assert.equal(classifyDisconnect('No such native application org.gardefou.host'), 'missing');
  assert.equal(classifyDisconnect('Access to the specified native messaging host is forbidden.'), 'forbidden');
  assert.equal(classifyDisconnect('This extension does not have permission to use native application org.gardefou.host'), 'forbidden');
  assert.equal(classifyDisconnect('Native host has exited.'), 'stopped');
  assert.equal(classifyDisconnect(''), 'stopped');
});
