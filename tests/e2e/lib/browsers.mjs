// SPDX-License-Identifier: MPL-2.0
// Starts Debian's Chromium or Firefox ESR headless (or headed for the demo) with the
// unpacked extension and the host registered in a throwaway profile: Chromium reads
// <user-data-dir>/NativeMessagingHosts/, Firefox reads $HOME/.mozilla/native-messaging-hosts/.
// Never downloads a browser (puppeteer-core + executablePath).
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { ROOT } from './server.mjs';

export const EXTENSION_DIR = path.join(ROOT, 'extension');
export const CHROME_EXTENSION_ID = 'nfahmhdncnipgomgobnoejmknhfhhide';
export const FIREFOX_EXTENSION_ID = 'gardefou@gardefou.org';
// Pinned through the extensions.webextensions.uuids pref so pages have a known URL.
export const FIREFOX_UUID = '5b3f0a2e-6c1d-4e7a-9f21-8a6f3c2d9e01';
export const HOST_NAME = 'org.gardefou.host';

export function hostPath() {
  return path.resolve(ROOT, process.env.GARDEFOU_HOST || 'build/native-host/gardefou-host');
}

export function browserPath(name) {
  if (name === 'firefox') return process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
  return process.env.CHROMIUM_BIN || '/usr/bin/chromium';
}

/** The unpacked extension and its ids; policy.mjs passes a copy with other ids. */
export const EXTENSION = Object.freeze({
  dir: EXTENSION_DIR, chromeId: CHROME_EXTENSION_ID, firefoxId: FIREFOX_EXTENSION_ID, firefoxUuid: FIREFOX_UUID,
});

/** Chrome extension id from a DER public key: SHA-256, first 32 hex digits mapped 0-f → a-p. */
export function chromeIdFor(derPublicKey) {
  return [...crypto.createHash('sha256').update(derPublicKey).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * A copy of extension/ with its own identity (fresh Chrome `key`, Firefox `gecko.id`), and
 * `patch(manifest)` applied: {tmp, ext: {dir, chromeId, firefoxId, firefoxUuid}} for launch().
 */
export async function copyExtension({ firefoxId, firefoxUuid, prefix = 'gardefou-copy-', patch = () => {} }) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const dir = path.join(tmp, 'extension');
  await fs.cp(EXTENSION_DIR, dir, { recursive: true });
  const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await fs.readFile(manifestPath, 'utf8'));
  manifest.key = der.toString('base64');
  manifest.browser_specific_settings.gecko.id = firefoxId;
  patch(manifest);
  await fs.writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { tmp, ext: { dir, chromeId: chromeIdFor(der), firefoxId, firefoxUuid } };
}

function manifestFor(name, host, ext) {
  const base = { name: HOST_NAME, description: 'Garde-fou native host (test profile)', path: host, type: 'stdio' };
  return name === 'firefox'
    ? { ...base, allowed_extensions: [ext.firefoxId] }
    : { ...base, allowed_origins: [`chrome-extension://${ext.chromeId}/`] };
}

/**
 * The one launcher of the e2e tests (the demo, the scenarios and the policy tests).
 * @param {'chromium'|'firefox'} name
 * @param {{host?: string|null, headless?: boolean, ext?: object, tmpDir?: string, welcome?: boolean}} options
 *   host null = not registered; ext = EXTENSION or a copy ({dir, chromeId, firefoxId, firefoxUuid});
 *   tmpDir = where the throwaway profile goes; welcome = the extension opens its welcome tab on
 *   install (not under a policy): Chromium closes it.
 * @returns {{name, browser, extensionBase, ext, tmp, close}}
 */
export async function launch(name, { host = hostPath(), headless = true, ext = EXTENSION, tmpDir = os.tmpdir(), welcome = true } = {}) {
  const tmp = await fs.mkdtemp(path.join(tmpDir, `gardefou-${name}-`));
  if (host && !existsSync(host)) throw new Error(`gardefou-host not found at ${host}: build it or set GARDEFOU_HOST`);
  const hostManifest = JSON.stringify(manifestFor(name, host, ext), null, 2);
  let browser;
  let extensionBase;
  if (name === 'chromium') {
    const profile = path.join(tmp, 'profile');
    if (host) {
      await fs.mkdir(path.join(profile, 'NativeMessagingHosts'), { recursive: true });
      await fs.writeFile(path.join(profile, 'NativeMessagingHosts', `${HOST_NAME}.json`), hostManifest);
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
    // Wait for the extension's service worker: proof the unpacked extension loaded.
    await browser.waitForTarget((t) => t.url().startsWith(extensionBase), { timeout: 15000 });
    // The welcome tab (practice page on first install) would leave our pages in the
    // background, where requestAnimationFrame-based waits stall: close it.
    const shown = welcome && await browser.waitForTarget((t) => t.url().includes('practice.html?welcome'), { timeout: 5000 }).catch(() => null);
    if (shown) await (await shown.page()).close();
  } else {
    const home = path.join(tmp, 'home');
    await fs.mkdir(path.join(home, '.mozilla', 'native-messaging-hosts'), { recursive: true });
    if (host) await fs.writeFile(path.join(home, '.mozilla', 'native-messaging-hosts', `${HOST_NAME}.json`), hostManifest);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserPath(name),
      headless,
      userDataDir: path.join(tmp, 'profile'),
      defaultViewport: { width: 1100, height: 900 },
      env: { ...process.env, HOME: home },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ext.firefoxId]: ext.firefoxUuid }),
        'intl.locale.requested': 'fr',
        'intl.accept_languages': 'fr-FR, fr',
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    });
    await browser.installExtension(ext.dir);
    extensionBase = `moz-extension://${ext.firefoxUuid}/`;
  }
  return {
    name,
    extPage: null,
    browser,
    extensionBase,
    ext,
    tmp,
    async close() {
      await browser.close().catch(() => {});
      await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
    },
  };
}

async function documentUrl(page) {
  try {
    return await page.evaluate(() => (document.readyState === 'complete' ? document.URL : ''));
  } catch {
    return '';
  }
}

async function waitFor(fn, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A page showing extension page `path` (e.g. 'options/options.html').
 * Chromium: a new tab. Firefox: WebDriver BiDi may not navigate to moz-extension:
 * URLs, so we reuse the practice tab the extension opens on first install and let the
 * page navigate itself (extension pages may open their own pages).
 */
export async function extensionPage(ctx, relPath) {
  const url = ctx.extensionBase + relPath;
  if (ctx.name === 'chromium') {
    const page = await ctx.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    return page;
  }
  if (!ctx.extPage) {
    ctx.extPage = await waitFor(async () => {
      for (const p of await ctx.browser.pages()) if ((await documentUrl(p)).startsWith(ctx.extensionBase)) return p;
      return null;
    }, 15000, 'the extension welcome tab');
  }
  const page = ctx.extPage;
  await page.evaluate((u) => { location.href = u; }, url);
  await waitFor(async () => (await documentUrl(page)) === url, 10000, url);
  return page;
}

/** Closes a page from extensionPage (Firefox keeps its single extension tab). */
export async function releasePage(ctx, page) {
  if (ctx.name === 'chromium') await page.close();
}

/** Adds an origin to the guarded sites through the real options page. */
export async function addSiteThroughOptions(ctx, origin) {
  const page = await extensionPage(ctx, 'options/options.html');
  await page.waitForSelector('#site-input');
  await page.waitForFunction(() => document.querySelector('#add-site button').textContent.trim() !== '', { polling: 100 });
  await page.type('#site-input', origin);
  await page.click('#add-site button[type="submit"]');
  await page.waitForFunction((o) => [...document.querySelectorAll('#sites li')].some((li) => li.textContent.includes(o)), { polling: 100 }, origin);
  await releasePage(ctx, page);
}

/** Sets the options page's language select (the e2e runs in French). */
export async function setLanguageThroughOptions(ctx, lang) {
  const page = await extensionPage(ctx, 'options/options.html');
  await page.waitForSelector('#language');
  await page.waitForFunction(() => document.querySelector('#add-site button').textContent.trim() !== '', { polling: 100 });
  await page.select('#language', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, { polling: 100 }, lang);
  await releasePage(ctx, page);
}
