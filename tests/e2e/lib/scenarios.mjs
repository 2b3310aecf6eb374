// SPDX-License-Identifier: MPL-2.0
// The end-to-end scenarios, identical for Chromium and Firefox: a real browser, the
// unpacked extension, the real gardefou-host over native messaging, and a local page
// shaped like chatgpt.com (real ProseMirror composer). Screenshots go to docs/screenshots/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './server.mjs';
import { launch, hostPath, addSiteThroughOptions, setLanguageThroughOptions, extensionPage, releasePage } from './browsers.mjs';
import { hostSession } from './host.mjs';

export const SHOTS = path.join(ROOT, 'docs/screenshots');
const PHONE = '06 12 34 56 78';
const NIR = '2 84 05 75 112 345 28';
export const PROMPT = `Bonjour, je m'appelle Marie Dupont. Mon numéro : ${PHONE}, mon numéro de sécurité sociale ${NIR}. Ma TSH est à 4,8, est-ce grave ?`;
const CLEAN = 'Quels sont les effets secondaires du paracétamol ?';
const PLACEHOLDER = /\[[\p{Lu}][\p{Lu}\p{M}'’ _-]{0,40} \d{1,4}\]/gu;

const squash = (s) => s.replace(/\s+/g, ' ').trim();

export async function shot(page, browserName, name) {
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${browserName}-${name}.png`) });
}

export async function openChat(ctx, origin) {
  const page = await ctx.browser.newPage();
  await page.goto(`${origin}/chatgpt.html`);
  await page.bringToFront();
  await page.waitForSelector('#prompt-textarea');
  // The marker's host element appears once the content script guards the composer.
  await page.waitForSelector('[data-gardefou="marker"]', { timeout: 15000 });
  return page;
}

const received = (page) => page.evaluate(() => window.__fixture.received.slice());

async function typeInComposer(page, text) {
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
}

export function protectionSuite(browserName) {
  describe(`${browserName}: protection with the real host`, { timeout: 240000 }, () => {
    let server;
    let ctx;
    let page;
    let expected;
    let helloVersion;

    before(async () => {
      server = await startServer();
      const host = await hostSession(hostPath());
      helloVersion = (await host.request('hello')).version;
      expected = await host.request('redact', { text: PROMPT, conversation: 'e2e' });
      await host.close();
      ctx = await launch(browserName);
      await addSiteThroughOptions(ctx, server.origin);
      await setLanguageThroughOptions(ctx, 'fr');
      page = await openChat(ctx, server.origin);
    });

    after(async () => {
      if (ctx) await ctx.close();
      if (server) await server.close();
    });

    it('holds a prompt with a name, a phone and a NIR, then sends exactly the redacted text', async () => {
      assert.ok(expected.ok && expected.replacements.length > 0, 'the host finds something in the prompt');
      await typeInComposer(page, PROMPT);
      await page.waitForSelector('[data-gardefou="marker"][data-state="found"]', { timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-gardefou="send-warning"][data-reason="found"]', { timeout: 10000 });
      assert.deepEqual(await received(page), [], 'nothing left while the dialog is open');
      await shot(page, browserName, 'send-warning');
      // Focus is on "Anonymiser et envoyer": Enter chooses it (keyboard path).
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__fixture.received.length === 1, { timeout: 10000, polling: 50 });
      const [sent] = await received(page);
      assert.equal(squash(sent), squash(expected.text), 'the page received the host\'s redaction');
      assert.ok(!sent.includes(PHONE), 'the phone number did not leave');
      for (const r of expected.replacements) assert.ok(sent.includes(r.placeholder));
      assert.equal(await page.$('[data-gardefou="send-warning"]'), null, 'the dialog is gone');
    });

    it('shows the answer with the placeholders restored locally and marked', async () => {
      await page.waitForFunction(() => window.__fixture.answers >= 1, { timeout: 10000, polling: 100 });
      await page.waitForSelector('[data-message-author-role="assistant"] [data-gardefou="restored"]', { timeout: 10000 });
      const marks = await page.$$eval('[data-message-author-role="assistant"] [data-gardefou="restored"]',
        (els) => els.map((e) => e.getAttribute('data-placeholder')));
      const placeholders = new Set(expected.replacements.map((r) => r.placeholder));
      assert.ok(marks.length >= 1);
      for (const m of marks) assert.ok(placeholders.has(m), `${m} is one of ours`);
      // The page's own scripts still read placeholders: the real values live in closed shadow roots.
      const pageText = await page.$eval('[data-message-author-role="assistant"]', (e) => e.textContent);
      assert.ok(!pageText.includes(PHONE));
      assert.match(pageText, PLACEHOLDER);
      if (browserName === 'chromium') {
        // What the user (and a screen reader) gets: the restored values.
        const tree = JSON.stringify(await page.accessibility.snapshot({ interestingOnly: false }));
        const phoneRestored = expected.replacements.some((r) => r.category === 'phone');
        if (phoneRestored) assert.ok(tree.includes(PHONE), 'the phone number is shown again to the user');
      }
      await shot(page, browserName, 'answer-restored');
    });

    it('lets a clean prompt through untouched, without a perceptible delay', async () => {
      const before = (await received(page)).length;
      await typeInComposer(page, CLEAN);
      const t0 = Date.now();
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.__fixture.received.length === n + 1, { timeout: 10000, polling: 50 }, before);
      const elapsed = Date.now() - t0;
      const all = await received(page);
      assert.equal(all[before], CLEAN);
      assert.equal(await page.$('[data-gardefou="send-warning"]'), null);
      assert.ok(elapsed < 1500, `clean send took ${elapsed} ms`);
    });

    it('"Modifier mon message" (Escape) sends nothing and keeps the text', async () => {
      const before = (await received(page)).length;
      await typeInComposer(page, `Appelez-moi au ${PHONE}`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-gardefou="send-warning"]', { timeout: 10000 });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('[data-gardefou="send-warning"]'), { polling: 100 });
      assert.equal((await received(page)).length, before);
      assert.equal(await page.evaluate(() => window.__fixture.text()), `Appelez-moi au ${PHONE}`);
    });

    it('"Envoyer quand même" from the send button sends the text as typed', async () => {
      const before = (await received(page)).length;
      await page.click('[data-testid="send-button"]');
      await page.waitForSelector('[data-gardefou="send-warning"]', { timeout: 10000 });
      await page.keyboard.press('Tab'); // → Modifier mon message
      await page.keyboard.press('Tab'); // → Envoyer quand même
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.__fixture.received.length === n + 1, { timeout: 10000, polling: 50 }, before);
      assert.equal((await received(page))[before], `Appelez-moi au ${PHONE}`);
    });

    it('popup says protection works, with the host version', async () => {
      const popup = await extensionPage(ctx, 'popup/popup.html');
      await popup.waitForSelector('#status[data-state="ok"]', { timeout: 15000 });
      const text = await popup.$eval('#status', (e) => e.textContent);
      assert.ok(text.includes(helloVersion), text);
      await popup.setViewport({ width: 480, height: 760 });
      await shot(popup, browserName, 'popup');
      await popup.setViewport({ width: 1100, height: 900 });
      await releasePage(ctx, popup);
    });

    it('practice page: the same protection on a pretend chat', async () => {
      await page.close();
      const practice = await extensionPage(ctx, 'practice/practice.html');
      await practice.waitForSelector('[data-gardefou="marker"]', { timeout: 15000 });
      await practice.waitForFunction(() => document.querySelector('#use-example').textContent.trim() !== '', { polling: 100 });
      await practice.click('#use-example');
      await practice.waitForSelector('[data-gardefou="marker"][data-state="found"]', { timeout: 10000 });
      await practice.keyboard.press('Enter');
      await practice.waitForSelector('[data-gardefou="send-warning"]', { timeout: 10000 });
      await shot(practice, browserName, 'practice-warning');
      await practice.keyboard.press('Enter');
      await practice.waitForSelector('.practice-answer [data-gardefou="restored"]', { timeout: 15000 });
      await shot(practice, browserName, 'practice-answer');
      await releasePage(ctx, practice);
    });
  });

  describe(`${browserName}: host missing`, { timeout: 180000 }, () => {
    let server;
    let ctx;

    before(async () => {
      server = await startServer();
      ctx = await launch(browserName, { host: null });
      await addSiteThroughOptions(ctx, server.origin);
      await setLanguageThroughOptions(ctx, 'fr');
    });

    after(async () => {
      if (ctx) await ctx.close();
      if (server) await server.close();
    });

    it('says plainly that it cannot check, and sends nothing unless asked', async () => {
      const page = await openChat(ctx, server.origin);
      await typeInComposer(page, PROMPT);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-gardefou="send-warning"][data-reason="host-unavailable"]', { timeout: 15000 });
      assert.deepEqual(await received(page), []);
      await page.waitForSelector('[data-gardefou="marker"][data-state="unavailable"]', { timeout: 5000 });
      await shot(page, browserName, 'host-missing');
      await page.keyboard.press('Escape');
      assert.deepEqual(await received(page), []);
      await page.close();
    });

    it('popup reports the missing host', async () => {
      const popup = await extensionPage(ctx, 'popup/popup.html');
      await popup.waitForSelector('#status[data-state="missing"]', { timeout: 15000 });
      await popup.setViewport({ width: 480, height: 760 });
      await shot(popup, browserName, 'popup-host-missing');
      await releasePage(ctx, popup);
    });
  });
}
