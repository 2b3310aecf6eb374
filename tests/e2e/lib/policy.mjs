// SPDX-License-Identifier: MPL-2.0
// Enterprise policy for the e2e tests (tests/e2e/policy.test.js): a copy of the extension
// with its own ids, the browser's system policy file written for those ids only, removed
// afterwards. Why a copy: the policy directories are system-wide and other test runs on
// the same machine load the real ids; a failClosed policy aimed at those would break them.
// The copy differs only in its identity (Chrome `key`, Firefox `gecko.id`).
import fs from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync, rmdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { EXTENSION_DIR, HOST_NAME, browserPath } from './browsers.mjs';

export const CHROMIUM_POLICY_FILE = process.env.GARDEFOU_CHROMIUM_POLICY || '/etc/chromium/policies/managed/gardefou-test.json';
export const FIREFOX_POLICY_FILE = process.env.GARDEFOU_FIREFOX_POLICY || '/etc/firefox/policies/policies.json';
export const FIREFOX_TEST_ID = 'gardefou-policy-test@gardefou.org';
const FIREFOX_TEST_UUID = '7c1e2f0a-3b4d-4c5e-8f60-9a1b2c3d4e5f';

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Chrome extension id from a DER public key: SHA-256, first 32 hex digits mapped 0-f → a-p. */
export function chromeIdFor(derPublicKey) {
  return [...crypto.createHash('sha256').update(derPublicKey).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A copy of extension/ with a fresh Chrome key and a test Firefox id: {tmp, ext: {dir, chromeId, firefoxId}}. */
export async function extensionCopy() {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gardefou-policy-'));
  const dir = path.join(tmp, 'extension');
  await fs.cp(EXTENSION_DIR, dir, { recursive: true });
  const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await fs.readFile(manifestPath, 'utf8'));
  manifest.key = der.toString('base64');
  manifest.browser_specific_settings.gecko.id = FIREFOX_TEST_ID;
  await fs.writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { tmp, ext: { dir, chromeId: chromeIdFor(der), firefoxId: FIREFOX_TEST_ID } };
}

/**
 * Writes the policy `file` (creating its folders) and returns remove(), which deletes it and
 * the folders it created, or puts back a file that was there before. remove() also runs if
 * the process exits or is interrupted first, so the file never outlives the test run.
 */
export function installPolicyFile(file, content) {
  const previous = existsSync(file) ? readFileSync(file) : null;
  const createdDirs = [];
  for (let d = path.dirname(file); !existsSync(d); d = path.dirname(d)) createdDirs.unshift(d);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content, null, 2));
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (previous) writeFileSync(file, previous);
    else rmSync(file, { force: true });
    for (const d of createdDirs.reverse()) {
      try {
        rmdirSync(d);
      } catch {
        /* not empty: someone else uses it */
      }
    }
  };
  const onSignal = (signal) => {
    remove();
    process.kill(process.pid, signal);
  };
  process.on('exit', remove);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return remove;
}

export function chromiumPolicy(id, policy) {
  return { '3rdparty': { extensions: { [id]: policy } } };
}

export function firefoxPolicy(id, policy) {
  return { policies: { '3rdparty': { Extensions: { [id]: policy } } } };
}

/**
 * Like browsers.mjs launch(), for the extension copy: host registered (or not: host null)
 * for the copy's ids in a throwaway profile / HOME.
 */
export async function launchCopy(name, { copy, host, headless = true }) {
  const { tmp, ext } = copy;
  const base = { name: HOST_NAME, description: 'Garde-fou native host (policy test profile)', path: host, type: 'stdio' };
  let browser;
  let extensionBase;
  const run = await fs.mkdtemp(path.join(tmp, `${name}-`));
  if (name === 'chromium') {
    const profile = path.join(run, 'profile');
    if (host) {
      await fs.mkdir(path.join(profile, 'NativeMessagingHosts'), { recursive: true });
      await fs.writeFile(path.join(profile, 'NativeMessagingHosts', `${HOST_NAME}.json`),
        JSON.stringify({ ...base, allowed_origins: [`chrome-extension://${ext.chromeId}/`] }));
    }
    browser = await puppeteer.launch({
      executablePath: browserPath(name),
      headless,
      userDataDir: profile,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--load-extension=${ext.dir}`, `--disable-extensions-except=${ext.dir}`,
        '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--lang=fr-FR', '--window-size=1100,900',
      ],
      defaultViewport: { width: 1100, height: 900 },
      env: { ...process.env, LANGUAGE: 'fr' },
    });
    extensionBase = `chrome-extension://${ext.chromeId}/`;
    await browser.waitForTarget((t) => t.url().startsWith(extensionBase), { timeout: 15000 });
  } else {
    const home = path.join(run, 'home');
    await fs.mkdir(path.join(home, '.mozilla', 'native-messaging-hosts'), { recursive: true });
    if (host) {
      await fs.writeFile(path.join(home, '.mozilla', 'native-messaging-hosts', `${HOST_NAME}.json`),
        JSON.stringify({ ...base, allowed_extensions: [ext.firefoxId] }));
    }
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserPath(name),
      headless,
      userDataDir: path.join(run, 'profile'),
      defaultViewport: { width: 1100, height: 900 },
      env: { ...process.env, HOME: home },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ext.firefoxId]: FIREFOX_TEST_UUID }),
        'intl.locale.requested': 'fr',
        'intl.accept_languages': 'fr-FR, fr',
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    });
    await browser.installExtension(ext.dir);
    extensionBase = `moz-extension://${FIREFOX_TEST_UUID}/`;
  }
  return {
    name,
    browser,
    extensionBase,
    ext,
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
