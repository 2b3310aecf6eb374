// SPDX-License-Identifier: MPL-2.0
// _locales/fr (default) and _locales/en hold the same keys, the same $n substitutions,
// and every key the code uses exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXT, manifest, messages } from './helpers.mjs';

const fr = messages('fr');
const en = messages('en');

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

test('fr is the default locale', () => {
  assert.equal(manifest.default_locale, 'fr');
});

test('fr and en have exactly the same keys', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
});

test('same $n substitutions in both languages, no empty message', () => {
  for (const key of Object.keys(fr)) {
    const subs = (m) => [...new Set(m.match(/\$[1-9]/g) || [])].sort();
    assert.deepEqual(subs(en[key].message), subs(fr[key].message), key);
    assert.ok(fr[key].message.trim() && en[key].message.trim(), key);
  }
});

test('every key used by the code and the pages exists', () => {
  const used = new Set();
  for (const file of walk(EXT)) {
    if (!/\.(js|html|json)$/.test(file) || file.includes('_locales')) continue;
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    for (const m of src.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)) used.add(m[1]);
    for (const m of src.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]);
  }
  assert.ok(used.size > 50);
  for (const key of used) assert.ok(fr[key], `missing key ${key}`);
});

test('the HAS advice is quoted word for word in French', () => {
  const leaflet = 'Ne partagez jamais de données personnelles permettant de vous identifier (nom, numéro de téléphone, numéro de sécurité sociale, etc.) ni celles de vos proches, ou encore celles de vos soignants (hôpital, médecin, infirmier, laboratoire d';
  assert.ok(fr.has_quote.message.includes(leaflet));
  assert.match(fr.has_attribution.message, /Haute Autorité de Santé/);
});
