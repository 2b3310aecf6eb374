// SPDX-License-Identifier: MPL-2.0
// Starts Debian's Chromium or Firefox ESR headless (or headed for the demo) with the
// unpacked extension and the host registered in a throwaway profile: Chromium reads
// <user-data-dir>/NativeMessagingHosts/, Firefox reads $HOME/.mozilla/native-messaging-hosts/.
// Never downloads a browser (puppeteer-core + executablePath).
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

function manifestFor(name, host) {
  const base = { name: HOST_NAME, description: 'Garde-fou native host (test profile)', path: host, type: 'stdio' };
  return name === 'firefox'
    ? { ...base, allowed_extensions: [FIREFOX_EXTENSION_ID] }
    : { ...base, allowed_origins: [`chrome-extension://${CHROME_EXTENSION_ID}/`] };
}

/**
 * @param {'chromium'|'firefox'} name
 * @param {{host?: string|null, headless?: boolean}} options host null = not registered
 * @returns {{browser, extensionBase, tmp, close}}
 */
export async function launch(name, { host = hostPath(), headless = true } = {}) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `gardefou-${name}-`));
  if (host && !existsSync(host)) throw new Error(`gardefou-host not found at ${host}: build it or set GARDEFOU_HOST`);
  let browser;
  let extensionBase;
  if (name === 'chromium') {
    const profile = path.join(tmp, 'profile');
    if (host) {
      await fs.mkdir(path.join(profile, 'NativeMessagingHosts'), { recursive: true });
      await fs.writeFile(path.join(profile, 'NativeMessagingHosts', `${HOST_NAME}.json`), JSON.stringify(manifestFor(name, host), null, 2));
    }
    browser = await puppeteer.launch({
      executablePath: browserPath(name),
      headless,
      userDataDir: profile,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--load-extension=${EXTENSION_DIR}`, `--disable-extensions-except=${EXTENSION_DIR}`,
        '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--lang=fr-FR', '--window-size=1100,900',
      ],
      defaultViewport: { width: 1100, height: 900 },
      env: { ...process.env, LANGUAGE: 'fr' },
    });
    extensionBase = `chrome-extension://${CHROME_EXTENSION_ID}/`;
    // Wait for the extension's service worker: proof the unpacked extension loaded.
    await browser.waitForTarget((t) => t.url().startsWith(extensionBase), { timeout: 15000 });
    // The welcome tab (practice page on first install) would leave our pages in the
    // background, where requestAnimationFrame-based waits stall: close it.
    const welcome = await browser.waitForTarget((t) => t.url().includes('practice.html?welcome'), { timeout: 5000 }).catch(() => null);
    if (welcome) await (await welcome.page()).close();
  } else {
    const home = path.join(tmp, 'home');
    await fs.mkdir(path.join(home, '.mozilla', 'native-messaging-hosts'), { recursive: true });
    if (host) {
      await fs.writeFile(path.join(home, '.mozilla', 'native-messaging-hosts', `${HOST_NAME}.json`), JSON.stringify(manifestFor(name, host), null, 2));
    }
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserPath(name),
      headless,
      userDataDir: path.join(tmp, 'profile'),
      defaultViewport: { width: 1100, height: 900 },
      env: { ...process.env, HOME: home },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_UUID }),
        'intl.locale.requested': 'fr',
        'intl.accept_languages': 'fr-FR, fr',
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    });
    await browser.installExtension(EXTENSION_DIR);
    extensionBase = `moz-extension://${FIREFOX_UUID}/`;
  }
  return {
    name,
    extPage: null,
    browser,
    extensionBase,
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
