// SPDX-License-Identifier: MPL-2.0
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSharedIntoNode, readJson } from './helpers.mjs';

const { settings, categories } = loadSharedIntoNode();

test('managed_schema.json declares exactly the policy keys', () => {
  const schema = readJson('extension/managed_schema.json');
  assert.equal(schema.type, 'object');
  assert.deepEqual(Object.keys(schema.properties).sort(), [...settings.POLICY_KEYS].sort());
  for (const [k, v] of Object.entries(schema.properties)) assert.ok(v.type, k);
});

test('defaults check every category', () => {
  const { values, locked } = settings.effectiveSettings({}, {});
  assert.deepEqual(values.categories, categories.CATEGORIES);
  assert.equal(values.failClosed, false);
  assert.equal(values.allowSendAnyway, true);
  assert.deepEqual(locked, []);
});

test('policy wins over the user and is locked', () => {
  const { values, locked } = settings.effectiveSettings(
    { failClosed: false, largeText: true, categories: ['phone'] },
    { failClosed: true, categories: ['nir', 'person'], supportContact: 'DSI 01 23' },
  );
  assert.equal(values.failClosed, true);
  assert.equal(values.largeText, true);
  assert.deepEqual(values.categories, ['nir', 'person']);
  assert.deepEqual(locked.sort(), ['categories', 'failClosed', 'supportContact']);
});

test('sites from policy and from the user both apply', () => {
  const { values } = settings.effectiveSettings({ additionalSites: ['https://a.example'] }, { additionalSites: ['https://b.example'] });
  assert.deepEqual(values.additionalSites.sort(), ['https://a.example', 'https://b.example']);
});

test('wrong types are ignored, user cannot change locked keys, policy cannot set user-only keys', () => {
  const { values } = settings.effectiveSettings({ failClosed: 'yes', language: 'de' }, { largeText: true, allowSendAnyway: 0 });
  assert.equal(values.failClosed, false);
  assert.equal(values.language, 'auto');
  assert.equal(values.largeText, false);
  assert.equal(values.allowSendAnyway, true);
  assert.deepEqual(settings.acceptUserUpdate({ failClosed: false, largeText: true }, ['failClosed']), { largeText: true });
});
