// SPDX-License-Identifier: MPL-2.0
// A local stand-in for the chatbot sites: serves tests/e2e/fixtures/ and the few npm
// packages the fixtures import (the real ProseMirror editor), on 127.0.0.1 only.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../../..');
const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
const PACKAGES = new Set(['prosemirror-state', 'prosemirror-view', 'prosemirror-model', 'prosemirror-keymap',
  'prosemirror-schema-basic', 'prosemirror-commands', 'prosemirror-transform', 'orderedmap', 'w3c-keyname']);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css' };

export async function startServer() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = null;
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'node_modules' && PACKAGES.has(parts[1])) file = path.join(ROOT, ...parts);
    else if (parts.length === 1) file = path.join(FIXTURES, parts[0]);
    if (!file || file.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => server.close(r)) };
}
