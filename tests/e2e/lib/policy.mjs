// SPDX-License-Identifier: MPL-2.0
// Enterprise policy for the e2e tests (tests/e2e/policy.test.js): a copy of the extension
// with its own ids, the browser's system policy file written for those ids only, removed
// afterwards. Why a copy: the policy directories are system-wide and other test runs on
// the same machine load the real ids; a failClosed policy aimed at those would break them.
// The copy differs only in its identity (Chrome `key`, Firefox `gecko.id`).
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { copyExtension, launch } from './browsers.mjs';

export const CHROMIUM_POLICY_FILE = process.env.GARDEFOU_CHROMIUM_POLICY || '/etc/chromium/policies/managed/gardefou-test.json';
export const FIREFOX_POLICY_FILE = process.env.GARDEFOU_FIREFOX_POLICY || '/etc/firefox/policies/policies.json';
export const FIREFOX_TEST_ID = 'gardefou-policy-test@gardefou.org';
const FIREFOX_TEST_UUID = '7c1e2f0a-3b4d-4c5e-8f60-9a1b2c3d4e5f';

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** A copy of extension/ with a fresh Chrome key and the test Firefox id: {tmp, ext: {dir, chromeId, firefoxId, firefoxUuid}}. */
export function extensionCopy() {
  return copyExtension({ firefoxId: FIREFOX_TEST_ID, firefoxUuid: FIREFOX_TEST_UUID, prefix: 'gardefou-policy-' });
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

/** browsers.mjs launch() for the extension copy, in the copy's temporary folder. */
export function launchCopy(name, { copy, host, headless = true }) {
  return launch(name, { host, headless, ext: copy.ext, tmpDir: copy.tmp, welcome: false });
}
