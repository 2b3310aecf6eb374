// SPDX-License-Identifier: MPL-2.0
// Talks protocol v1 to gardefou-host directly, so the e2e tests can compute what the
// page must receive (the host's own redaction of the same text) instead of guessing.
import { spawn } from 'node:child_process';

export async function hostSession(hostPath) {
  const child = spawn(hostPath, [], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = Buffer.alloc(0);
  const waiting = [];
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 4) {
      const n = buffer.readUInt32LE(0);
      if (buffer.length < 4 + n) break;
      const message = JSON.parse(buffer.subarray(4, 4 + n).toString('utf8'));
      buffer = buffer.subarray(4 + n);
      const w = waiting.shift();
      if (w) w(message);
    }
  });
  let id = 0;
  const request = (type, params = {}) => new Promise((resolve) => {
    waiting.push(resolve);
    const body = Buffer.from(JSON.stringify({ id: ++id, type, ...params }), 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    child.stdin.write(Buffer.concat([head, body]));
  });
  return {
    request,
    close: () => {
      child.stdin.end();
      return new Promise((r) => child.on('exit', r));
    },
  };
}
