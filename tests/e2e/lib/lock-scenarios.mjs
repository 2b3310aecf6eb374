// SPDX-License-Identifier: MPL-2.0
// The family code lock end to end (issue 5), the same in Chromium and Firefox, real host:
// a relative chooses a code in the options page; after a reload the settings that protect
// are locked; a wrong code is refused, the right one unlocks until the page is closed; the
// popup's "pause for this site" asks for the code. Screenshots for docs/famille.md go to
// docs/screenshots/<browser>-options-code-*.png and <browser>-popup-pause-code.png.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { launch, copyExtension, addSiteThroughOptions, setLanguageThroughOptions, extensionPage, releasePage } from './browsers.mjs';
import { shot, openChat, SHOTS } from './scenarios.mjs';

const CODE = '2580';
// The popup learns the chatbot's address from the active tab, which Chromium shows it only
// after the person's click on the toolbar icon (activeTab); a headless test cannot click
// there. In Chromium the suite therefore runs a copy of the extension holding the host
// permission that click grants for the test site; the code is the same. Firefox runs as is.
const CHROMIUM_COPY = { firefoxId: 'gardefou-lock-test@gardefou.org', firefoxUuid: '2d7e9c41-5a3b-4f68-b0c2-7e1f9a8d6c35',
  prefix: 'gardefou-lock-', patch: (m) => (m.host_permissions = ['http://127.0.0.1/*']) };
const WRONG = '1111';

/** Reloads an extension page (Firefox may not navigate to moz-extension: from outside). */
async function reload(page) {
  await page.evaluate(() => {
    document.documentElement.lang = '';
    location.reload();
  });
  await page.waitForFunction(() => document.readyState === 'complete' && /^(fr|en)$/.test(document.documentElement.lang),
    { polling: 100, timeout: 15000 });
}

/** What the options page lets the person change right now. */
const optionsView = (page) => page.evaluate(() => {
  const key = (k) => document.querySelector(`[data-key="${k}"]`);
  return {
    banner: !document.getElementById('unlock').hidden,
    enabled: !key('enabled').disabled,
    largeText: !key('largeText').disabled,
    language: !key('language').disabled,
    checkedCategories: [...document.querySelectorAll('#categories input:checked')].filter((i) => !i.disabled).length,
    removeSite: [...document.querySelectorAll('#sites li button')].some((b) => !b.disabled),
    addSite: !document.querySelector('#add-site button').disabled,
    state: document.getElementById('lock-state').dataset.state,
  };
});

const textOf = (page, id) => page.$eval(`#${id}`, (e) => e.textContent);

export function lockSuite(browserName) {
  describe(`${browserName}: the family code lock`, { timeout: 240000 }, () => {
    let server;
    let ctx;
    let options;
    let copy = null;

    before(async () => {
      server = await startServer();
      if (browserName === 'chromium') copy = await copyExtension(CHROMIUM_COPY);
      ctx = await launch(browserName, copy ? { ext: copy.ext, tmpDir: copy.tmp } : {});
      await addSiteThroughOptions(ctx, server.origin);
      await setLanguageThroughOptions(ctx, 'fr');
    });

    after(async () => {
      if (ctx) await ctx.close();
      if (server) await server.close();
      if (copy) await fs.rm(copy.tmp, { recursive: true, force: true });
    });

    it('chooses a code of 4 to 8 digits, typed twice', async () => {
      options = await extensionPage(ctx, 'options/options.html');
      await options.waitForSelector('#lock-form:not([hidden])', { timeout: 15000 });
      await options.waitForFunction(() => document.getElementById('lock-submit').textContent.trim() !== '', { polling: 100 });
      // Two different codes: explained, nothing saved.
      await options.type('#lock-code', CODE);
      await options.type('#lock-again', '2581');
      await options.click('#lock-submit');
      await options.waitForFunction(() => document.getElementById('lock-message').textContent.includes('pas les mêmes'), { polling: 100, timeout: 5000 });
      await options.$eval('#lock-again', (e) => (e.value = ''));
      await options.type('#lock-again', CODE);
      await (await options.$('#lock')).scrollIntoView();
      const section = 'options-code-choose'; // the lock section only, for docs/famille.md
      await (await options.$('#lock')).screenshot({ path: path.join(SHOTS, `${browserName}-${section}.png`) });
      await options.click('#lock-submit');
      await options.waitForSelector('#unlock:not([hidden])', { timeout: 15000 });
      // The status is written once the hash is stored, just after the form switches.
      await options.waitForFunction(() => document.getElementById('lock-status').textContent.includes('verrouillé'), { polling: 100, timeout: 5000 });
      assert.match(await textOf(options, 'lock-status'), /C’est verrouillé/);
      // The code itself is stored nowhere: only the salted hash.
      const stored = await options.evaluate(() => (globalThis.browser || globalThis.chrome).storage.local.get(null));
      assert.equal(stored.codeLock.kdf, 'PBKDF2');
      assert.ok(stored.codeLock.iterations >= 600000);
      assert.ok(!JSON.stringify(stored).includes(CODE));
    });

    it('after a reload, the settings that protect are locked; the rest stays free', async () => {
      await reload(options);
      await options.waitForSelector('#unlock:not([hidden])', { timeout: 15000 });
      assert.deepEqual(await optionsView(options), {
        banner: true, enabled: false, largeText: true, language: true, checkedCategories: 0, removeSite: false, addSite: true, state: 'locked',
      });
      await options.evaluate(() => window.scrollTo(0, 0));
      await shot(options, browserName, 'options-code-locked');
    });

    it('a wrong code is refused with a clear message', async () => {
      await options.type('#unlock-code', WRONG);
      await options.keyboard.press('Enter');
      await options.waitForFunction(() => document.getElementById('unlock-message').textContent.includes('pas le bon code'),
        { polling: 100, timeout: 10000 });
      assert.equal(await options.$eval('#unlock-code', (e) => e.getAttribute('aria-invalid')), 'true');
      assert.equal((await optionsView(options)).enabled, false);
      await shot(options, browserName, 'options-code-wrong');
    });

    it('the right code unlocks until the page is closed', async () => {
      await options.type('#unlock-code', CODE);
      await options.keyboard.press('Enter');
      await options.waitForSelector('#unlock[hidden]', { timeout: 15000 });
      const view = await optionsView(options);
      assert.equal(view.enabled && view.removeSite && view.checkedCategories > 0, true, JSON.stringify(view));
      assert.equal(view.state, 'unlocked');
      // A change now goes through (and is undone).
      await options.click('[data-key="attachmentReminder"]');
      await options.waitForFunction(() => document.getElementById('saved').textContent !== '', { polling: 100, timeout: 5000 });
      assert.equal(await options.$eval('[data-key="attachmentReminder"]', (e) => e.checked), false);
      await options.click('[data-key="attachmentReminder"]');
      await options.waitForFunction(() => document.querySelector('[data-key="attachmentReminder"]').checked, { polling: 100, timeout: 5000 });
      // Reopening the page locks again.
      await reload(options);
      await options.waitForSelector('#unlock:not([hidden])', { timeout: 15000 });
      assert.equal((await optionsView(options)).enabled, false);
      await releasePage(ctx, options);
    });

    it('the popup\'s "pause for this site" asks for the code; wrong refused, right pauses', async () => {
      const chat = await openChat(ctx, server.origin);
      // The popup, as a tab behind the chat: it speaks of the active tab (the chatbot).
      const popup = await extensionPage(ctx, 'popup/popup.html');
      await chat.bringToFront();
      await reload(popup);
      await popup.waitForFunction(() => document.getElementById('site-line').textContent.includes('127.0.0.1') &&
        document.getElementById('pause').textContent.trim() !== '', { polling: 100, timeout: 15000 });
      await popup.evaluate(() => document.getElementById('pause').click());
      await popup.waitForSelector('#pause-code:not([hidden])', { timeout: 5000 });
      await popup.bringToFront();
      await popup.setViewport({ width: 480, height: 760 });
      await popup.type('#pause-code-input', WRONG);
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => document.getElementById('pause-code-message').textContent.includes('pas le bon code'),
        { polling: 100, timeout: 10000 });
      await shot(popup, browserName, 'popup-pause-code');
      await popup.type('#pause-code-input', CODE);
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('#pause-code[hidden]', { timeout: 15000 });
      // The chatbot is now paused: the marker on its page says so.
      await chat.bringToFront();
      await chat.click('#prompt-textarea');
      await chat.keyboard.type('Bonjour');
      await chat.waitForSelector('[data-gardefou="marker"][data-state="paused"]', { timeout: 15000 });
      await popup.setViewport({ width: 1100, height: 900 });
      await releasePage(ctx, popup);
      await chat.close();
    });
  });
}
