// SPDX-License-Identifier: MPL-2.0
// Enterprise policy, end to end (issue 5): the browser reads the administrator's policy from
// its system policy location, Chromium /etc/chromium/policies/managed/gardefou-test.json
// ({"3rdparty": {"extensions": {"<id>": {...}}}}), Firefox ESR /etc/firefox/policies/policies.json
// ({"policies": {"3rdparty": {"Extensions": {"<id>": {...}}}}}; the install directory's
// /usr/lib/firefox-esr/distribution/policies.json works as well: GARDEFOU_FIREFOX_POLICY), and
// the extension applies it through storage.managed:
//   - a site the policy adds (a second local origin) is guarded, another origin is not;
//   - a custom detector (RE2 `RX-[0-9]{5}-[A-Z]`, an internal record number) reaches the real
//     host with `configure`, finds the number on the page and warns; a broken detector next to
//     it is named in the options page and the popup, and does not switch the good one off;
//   - failClosed: with no host registered, nothing can be sent;
//   - the options page shows the policy's settings locked (docs/screenshots/options-locked.png);
//   - attaching a lab report (file input) shows the reminder.
// Writing system policy needs root (as in CI); the file is always removed afterwards. The
// policy targets a copy of the extension with its own ids (lib/policy.mjs), so other test
// runs on the machine, which load the real ids, are never affected by it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { hostPath, extensionPage, releasePage } from './lib/browsers.mjs';
import { hostSession } from './lib/host.mjs';
import {
  isRoot, extensionCopy, launchCopy, installPolicyFile, chromiumPolicy, firefoxPolicy,
  CHROMIUM_POLICY_FILE, FIREFOX_POLICY_FILE,
} from './lib/policy.mjs';

const SHOTS = path.join(ROOT, 'docs/screenshots');
const RX = { pattern: 'RX-[0-9]{5}-[A-Z]', category: 'health_identifier', label: 'n° de compte rendu' };
const BROKEN = { pattern: 'IPP-([0-9]{8}', category: 'health_identifier', label: 'IPP (règle cassée)' };
const SUPPORT = 'Service informatique, poste 4242';
const RECORD_PROMPT = 'Que veut dire la conclusion du compte rendu RX-48213-K ?';
const CLEAN = 'Quels sont les effets secondaires du paracétamol ?';
const SKIP = isRoot() ? false : 'needs root: writes the browser\'s system policy file (run as root, as in CI)';

const received = (page) => page.evaluate(() => window.__fixture.received.slice());

async function openChat(ctx, origin, { guarded = true } = {}) {
  const page = await ctx.browser.newPage();
  await page.goto(`${origin}/chatgpt.html`);
  await page.bringToFront();
  await page.waitForSelector('#prompt-textarea');
  if (guarded) await page.waitForSelector('[data-gardefou="marker"]', { timeout: 15000 });
  return page;
}

async function typeInComposer(page, text) {
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
}

async function shot(page, file) {
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
}

/** The options page as the policy leaves it: checks what is locked and how detectors fare. */
async function checkOptionsLocked(page, { hostRunning }) {
  await page.waitForSelector('[data-gardefou="detector"]', { timeout: 15000 });
  if (hostRunning) {
    await page.waitForSelector('[data-gardefou="detector"][data-index="1"][data-state="invalid"]', { timeout: 15000 });
  }
  const view = await page.evaluate(() => ({
    failClosed: { checked: document.querySelector('[data-key="failClosed"]').checked, disabled: document.querySelector('[data-key="failClosed"]').disabled },
    failClosedLocked: !!document.querySelector('[data-key="failClosed"]').closest('label').querySelector('.locked'),
    sites: [...document.querySelectorAll('#sites li')].map((li) => ({ text: li.textContent, locked: !!li.querySelector('.locked') })),
    detectors: [...document.querySelectorAll('[data-gardefou="detector"]')].map((li) => ({
      state: li.dataset.state, text: li.textContent, locked: !!li.querySelector('.locked'),
    })),
    support: document.getElementById('support').hidden ? '' : document.getElementById('support').textContent,
    codeLockNote: !document.getElementById('lock-policy-note').hidden,
  }));
  assert.deepEqual(view.failClosed, { checked: true, disabled: true }, 'failClosed is on and cannot be changed');
  assert.ok(view.failClosedLocked, 'and says it is set by the administrator');
  assert.ok(view.codeLockNote, 'the family code section says the policy\'s settings stay fixed');
  assert.equal(view.detectors.length, 2);
  assert.ok(view.detectors.every((d) => d.locked), 'custom detectors are shown locked');
  assert.ok(view.detectors[0].text.includes(RX.label));
  if (hostRunning) {
    assert.equal(view.detectors[0].state, 'active');
    assert.equal(view.detectors[1].state, 'invalid', 'the broken pattern is named');
    assert.ok(view.detectors[1].text.includes(BROKEN.label));
    assert.match(view.detectors[1].text, /RE2/, 'with the host\'s reason');
  }
  assert.ok(view.support.includes(SUPPORT), 'the support contact is shown');
  return view;
}

function policySuite(browserName) {
  describe(`${browserName}: enterprise policy from the system policy file`, { skip: SKIP, timeout: 300000 }, () => {
    let guarded; // the origin the policy adds
    let other;   // another local origin, not in any list
    let copy;
    let removePolicy = () => {};
    let ctx = null;
    let page = null;
    let currentPolicy = null;

    before(async () => {
      guarded = await startServer();
      other = await startServer();
      copy = await extensionCopy();
      const policy = { failClosed: true, additionalSites: [guarded.origin], customDetectors: [RX, BROKEN], supportContact: SUPPORT };
      currentPolicy = policy;
      removePolicy = browserName === 'chromium'
        ? installPolicyFile(CHROMIUM_POLICY_FILE, chromiumPolicy(copy.ext.chromeId, policy))
        : installPolicyFile(FIREFOX_POLICY_FILE, firefoxPolicy(copy.ext.firefoxId, policy));
    });

    after(async () => {
      if (ctx) await ctx.close();
      removePolicy();
      assert.equal(await fs.stat(browserName === 'chromium' ? CHROMIUM_POLICY_FILE : FIREFOX_POLICY_FILE).then(() => true, () => false), false,
        'the policy file is gone');
      if (copy) await fs.rm(copy.tmp, { recursive: true, force: true });
      if (guarded) await guarded.close();
      if (other) await other.close();
    });

    describe('with the host', () => {
      before(async () => {
        ctx = await launchCopy(browserName, { copy, host: hostPath() });
        if (browserName === 'chromium') {
          // Headless Chromium reports an English UI: the user picks French in the options.
          const options = await extensionPage(ctx, 'options/options.html');
          await options.waitForSelector('[data-gardefou="detector"]', { timeout: 15000 });
          await options.select('#language', 'fr');
          await options.waitForFunction(() => document.documentElement.lang === 'fr', { polling: 100 });
          await releasePage(ctx, options);
        }
      });
      after(async () => {
        await ctx.close();
        ctx = null;
      });

      it('guards the site the policy adds, and only that one', async () => {
        page = await openChat(ctx, guarded.origin);
        const plain = await openChat(ctx, other.origin, { guarded: false });
        await new Promise((r) => setTimeout(r, 2000));
        assert.equal(await plain.$('[data-gardefou="marker"]'), null, 'an origin outside the lists is left alone');
        await plain.close();
        await page.bringToFront();
      });

      it('the custom detector finds the internal record number and warns; failClosed keeps it from leaving', async () => {
        // Without the administrator's detector the host sees nothing in this prompt.
        const host = await hostSession(hostPath());
        const bare = await host.request('scan', { text: RECORD_PROMPT });
        await host.close();
        assert.deepEqual(bare.findings, [], 'built-in detectors do not know this number');

        await typeInComposer(page, RECORD_PROMPT);
        await page.waitForSelector('[data-gardefou="marker"][data-state="found"]', { timeout: 10000 });
        assert.equal(await page.$eval('[data-gardefou="marker"]', (e) => e.getAttribute('data-count')), '1');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-gardefou="send-warning"][data-reason="found"]', { timeout: 10000 });
        await shot(page, `${browserName}-policy-custom-detector.png`);
        assert.deepEqual(await received(page), [], 'nothing left');
        // Anonymise (focus starts there): the page receives a placeholder, not the number.
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__fixture.received.length === 1, { timeout: 10000, polling: 50 });
        const [sent] = await received(page);
        assert.ok(!sent.includes('RX-48213-K'), sent);
        assert.match(sent, /\[[^\]]+ \d+\]/, 'a placeholder took its place');
      });

      it('a clean prompt still goes through (the broken detector switched nothing off)', async () => {
        const before = (await received(page)).length;
        await typeInComposer(page, CLEAN);
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => window.__fixture.received.length === n + 1, { timeout: 10000, polling: 50 }, before);
        assert.equal((await received(page))[before], CLEAN);
      });

      it('attaching a lab report shows the reminder, and the text file is scanned', async () => {
        const file = path.join(os.tmpdir(), `compte-rendu-${process.pid}.txt`);
        await fs.writeFile(file, 'Laboratoire BioSanté\nCompte rendu RX-48213-K\nPatient : Marie Dupont, NIR 2 84 05 75 112 345 28\nTSH : 4,8 mUI/L\n');
        try {
          await page.evaluate(() => {
            const input = document.createElement('input');
            input.type = 'file';
            input.id = 'attach';
            document.getElementById('composer-form').prepend(input);
          });
          const input = await page.$('#attach');
          await input.uploadFile(file);
          await page.waitForSelector('[data-gardefou="attachment-reminder"]', { timeout: 10000 });
          await shot(page, `${browserName}-attachment-reminder.png`);
        } finally {
          await fs.rm(file, { force: true });
        }
        await page.close();
        page = null;
      });

      if (browserName === 'chromium') {
        it('options: the policy\'s settings are locked, the broken detector named (screenshot)', async () => {
          const options = await extensionPage(ctx, 'options/options.html');
          await checkOptionsLocked(options, { hostRunning: true });
          const sites = await options.$$eval('#sites li', (lis) => lis.map((li) => [li.textContent, !!li.querySelector('.locked')]));
          assert.ok(sites.some(([text, locked]) => text.includes(guarded.origin) && locked), 'the added site is listed, locked');
          await shot(options, 'options-locked.png');
          await releasePage(ctx, options);
        });

        it('popup: says which detector is invalid, and that the rest works', async () => {
          const popup = await extensionPage(ctx, 'popup/popup.html');
          await popup.waitForSelector('#detectors-problem:not([hidden]) [data-gardefou="detector-problem"]', { timeout: 15000 });
          const text = await popup.$eval('#detectors-problem', (e) => e.textContent);
          assert.ok(text.includes(BROKEN.label), text);
          assert.ok(!text.includes(RX.label), 'the valid detector is not blamed');
          assert.equal(await popup.$eval('#status', (e) => e.dataset.state), 'ok', 'protection itself works');
          await popup.setViewport({ width: 480, height: 900 });
          await shot(popup, 'popup-policy-detector.png');
          await releasePage(ctx, popup);
        });

        it('a policy change reaches the running host (new detector, broken one removed)', async () => {
          const DOSSIER = { pattern: 'DOS-[0-9]{6}', category: 'health_identifier', label: 'n° de dossier' };
          const policy = { ...currentPolicy, customDetectors: [RX, DOSSIER] };
          await fs.writeFile(CHROMIUM_POLICY_FILE, JSON.stringify(chromiumPolicy(copy.ext.chromeId, policy)));
          // Chromium notices the file change by itself (it watches its policy folder).
          const probe = await extensionPage(ctx, 'popup/popup.html');
          await probe.waitForFunction(async () => {
            const m = await globalThis.chrome.storage.managed.get('customDetectors'); // the extension page's own API
            return (m.customDetectors || []).some((d) => d.label === 'n° de dossier');
          }, { timeout: 60000, polling: 500 });
          await probe.reload();
          await probe.waitForSelector('#status[data-state="ok"]', { timeout: 15000 });
          assert.equal(await probe.$eval('#detectors-problem', (e) => e.hidden), true, 'no broken rule any more');
          await releasePage(ctx, probe);
          const chat = await openChat(ctx, guarded.origin);
          await typeInComposer(chat, 'Mon dossier DOS-123456 est-il complet ?');
          await chat.waitForSelector('[data-gardefou="marker"][data-state="found"]', { timeout: 10000 });
          await chat.close();
        });
      }
    });

    describe('host gone (no host manifest)', () => {
      before(async () => {
        ctx = await launchCopy(browserName, { copy, host: null });
      });
      after(async () => {
        await ctx.close();
        ctx = null;
      });

      it('failClosed: even a clean prompt cannot be sent unchecked', async () => {
        page = await openChat(ctx, guarded.origin);
        await typeInComposer(page, CLEAN);
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-gardefou="send-warning"][data-reason="host-unavailable"]', { timeout: 15000 });
        await shot(page, `${browserName}-policy-fail-closed.png`);
        // The only choices are "back to my message" and "how to fix": no "send unchecked".
        // Try every button of the dialog by keyboard except the help one, then the send button.
        await page.keyboard.press('Enter'); // "Revenir à mon message"
        await page.waitForFunction(() => !document.querySelector('[data-gardefou="send-warning"]'), { polling: 100 });
        await page.click('[data-testid="send-button"]');
        await page.waitForSelector('[data-gardefou="send-warning"][data-reason="host-unavailable"]', { timeout: 15000 });
        await page.keyboard.press('Escape');
        await new Promise((r) => setTimeout(r, 500));
        assert.deepEqual(await received(page), [], 'nothing was sent');
        assert.equal(await page.evaluate(() => window.__fixture.text()), CLEAN, 'the message is still there');
      });

      it('"how to fix" opens the install page; the options page shows the policy locked', async () => {
        // The dialog again; Tab from its only action wraps to "how to fix" (keyboard only:
        // the dialog lives in a closed shadow root).
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-gardefou="send-warning"][data-reason="host-unavailable"]', { timeout: 15000 });
        const pagesBefore = new Set(await ctx.browser.pages());
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        const install = await waitForExtensionTab(ctx, pagesBefore);
        ctx.extPage = install; // extensionPage() reuses it in Firefox
        const options = await extensionPage(ctx, 'options/options.html');
        await checkOptionsLocked(options, { hostRunning: false });
        await shot(options, `${browserName}-options-locked-no-host.png`);
        await releasePage(ctx, options);
        assert.deepEqual(await received(page), [], 'still nothing sent');
      });
    });
  });
}

/** The extension tab "how to fix" opened (an extension page: install.html). */
async function waitForExtensionTab(ctx, before) {
  const end = Date.now() + 15000;
  while (Date.now() < end) {
    for (const p of await ctx.browser.pages()) {
      if (before.has(p)) continue;
      const url = await p.evaluate(() => document.URL).catch(() => '');
      if (url.startsWith(ctx.extensionBase)) {
        assert.match(url, /pages\/install\.html/);
        return p;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('"how to fix" did not open the install page');
}

// GARDEFOU_E2E_BROWSERS=chromium (or firefox) runs one browser only.
const only = (process.env.GARDEFOU_E2E_BROWSERS || 'chromium,firefox').split(',');
for (const name of ['chromium', 'firefox']) if (only.includes(name)) policySuite(name);
