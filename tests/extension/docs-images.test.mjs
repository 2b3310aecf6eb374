// SPDX-License-Identifier: MPL-2.0
// Every image the README and the guides show exists, and every screenshot among them is
// written by an end-to-end test (named in tests/e2e, with or without its browser prefix),
// so the pictures in the documents stay those of the real extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const DOCS = ['README.md', 'extension/README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function e2eSources() {
  const dir = path.join(ROOT, 'tests/e2e');
  const files = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), ...fs.readdirSync(path.join(dir, 'lib')).map((f) => path.join(dir, 'lib', f))];
  return files.filter((f) => /\.(m?js)$/.test(f)).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

test('the images the documents show exist and come from the end-to-end tests', () => {
  const sources = e2eSources();
  let count = 0;
  for (const doc of DOCS) {
    const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
    for (const m of text.matchAll(/!\[[^\]]*\]\(([^)\s]+\.png)\)/g)) {
      count++;
      const file = path.resolve(path.dirname(path.join(ROOT, doc)), m[1]);
      assert.ok(fs.existsSync(file), `${doc}: ${m[1]} does not exist`);
      if (!file.includes(`${path.sep}screenshots${path.sep}`)) continue;
      const name = path.basename(file, '.png');
      const bare = name.replace(/^(chromium|firefox)-/, '');
      assert.ok(sources.includes(`'${name}`) || sources.includes(`'${bare}'`) || sources.includes(`'${name}.png'`),
        `${doc}: ${m[1]} is not written by any test in tests/e2e`);
    }
  }
  assert.ok(count >= 8, `${count} images`);
});
