// SPDX-License-Identifier: MPL-2.0
// End-to-end for the answers features (issue 4), identical for Chromium and Firefox: the
// practice page's canned answers, the real gardefou-host (analyze_answer,
// match_reference), and a local server answering as Crossref, NCBI and the cited sites
// (lib/services.mjs). Screenshots go to docs/screenshots/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { startServices } from './services.mjs';
import { launch, setLanguageThroughOptions, extensionPage } from './browsers.mjs';

const SHOTS = path.join(ROOT, 'docs/screenshots');
const ASK = 'Peux-tu citer tes sources (liens vers des publications scientifiques ou des sites officiels de santé) pour chacune de tes affirmations ?';
const BANNER = '[data-gardefou="answer-banner"]';

async function shot(page, browserName, name, options = {}) {
  await fs.mkdir(SHOTS, { recursive: true });
  const file = browserName === 'chromium' ? `${name}.png` : `${browserName}-${name}.png`;
  await page.screenshot({ path: path.join(SHOTS, file), ...options });
}

/**
 * The answer with its underlined claims and banner. Firefox: the whole bubble as one
 * picture. Chromium: the viewport around the banner (its beyond-the-viewport element
 * capture leaves later clicks on our shadow hosts unanswered).
 */
async function shotAnswer(page, browserName, name, block) {
  if (browserName === 'chromium') {
    await page.$eval(BANNER, (e, b) => e.scrollIntoView({ block: b }), block);
    return shot(page, browserName, name);
  }
  await fs.mkdir(SHOTS, { recursive: true });
  const bubbles = await page.$$('.practice-answer');
  // The sticky composer would cover part of a tall capture: hide it for the picture.
  await page.evaluate(() => { document.getElementById('practice-form').style.visibility = 'hidden'; });
  await bubbles[bubbles.length - 1].screenshot({ path: path.join(SHOTS, `${browserName}-${name}.png`) });
  await page.evaluate(() => { document.getElementById('practice-form').style.visibility = ''; });
}

async function documentUrl(page) {
  try {
    return await page.evaluate(() => (document.readyState === 'complete' ? document.URL : ''));
  } catch {
    return '';
  }
}

async function findPage(ctx, fragment, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const p of await ctx.browser.pages()) if ((await documentUrl(p)).includes(fragment)) return p;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no page ${fragment}`);
}

/** Sends one of the practice page's sample questions and waits for its answer to stream in. */
async function askSample(page, sample) {
  const before = await page.$$eval('.practice-answer', (els) => els.length);
  await page.click(`[data-sample="${sample}"]`);
  await page.focus('#practice-composer');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.practice-answer').length === n + 1, { timeout: 15000, polling: 100 }, before);
}

const statuses = (page) => page.$$eval(`${BANNER} [data-gardefou="source-status"]`,
  (els) => els.map((e) => ({ status: e.getAttribute('data-status'), kind: e.getAttribute('data-kind'), value: e.getAttribute('data-value') })));

export function answersSuite(browserName) {
  describe(`${browserName}: answers — HAS banner, claims, source check, doctor summary`, { timeout: 300000 }, () => {
    let services;
    let ctx;
    let page;

    before(async () => {
      services = await startServices();
      ctx = await launch(browserName);
      await setLanguageThroughOptions(ctx, 'fr');
      // Point the source check at the local services (the settings are configurable).
      const options = await extensionPage(ctx, 'options/options.html');
      const saved = await options.evaluate((o) => globalThis.GardeFou.platform.send({
        type: 'settings.update', values: { crossrefBase: `${o}/crossref`, ncbiBase: `${o}/ncbi`, sourcesContact: 'e2e@example.org' },
      }), services.origin);
      assert.ok(saved && saved.ok, JSON.stringify(saved));
      page = await extensionPage(ctx, `practice/practice.html?cited=${encodeURIComponent(services.origin)}`);
      if (ctx.name === 'chromium') await page.close().then(async () => {
        page = await extensionPage(ctx, `practice/practice.html?cited=${encodeURIComponent(services.origin)}`);
      });
      await page.waitForSelector('[data-sample="sources"]');
      await page.waitForFunction(() => document.querySelector('[data-sample="sources"]').textContent.trim() !== '', { polling: 100 });
    });

    after(async () => {
      if (ctx) await ctx.close();
      if (services) await services.close();
    });

    it('a health answer gets the banner once streaming stops, with its claims underlined', async () => {
      await askSample(page, 'sources');
      await page.waitForSelector(BANNER, { timeout: 15000 });
      const banner = await page.$eval(BANNER, (e) => ({ claims: e.getAttribute('data-claims'), sources: e.getAttribute('data-sources') }));
      assert.equal(banner.claims, '2');
      assert.equal(banner.sources, '7');
      const claims = await page.$$eval('.practice-answer [data-gardefou="claim"]', (els) => els.map((e) => [e.getAttribute('data-kind'), e.textContent]));
      assert.deepEqual(claims.map((c) => c[0]), ['diagnosis', 'prescription']);
      assert.match(claims[0][1], /Vous avez très probablement une sinusite/);
      // The answer's text is untouched for the page; nothing was checked yet.
      assert.equal(services.requests.length, 0, 'no request before the click');
      await shotAnswer(page, browserName, 'answer-banner', 'center');
    });

    it('"Vérifier les sources": each source gets its status, within the services\' limits', async () => {
      await page.click(`${BANNER} [data-gardefou-action="check-sources"]`);
      await page.waitForSelector(`${BANNER}[data-checked="true"]`, { timeout: 30000 });
      const list = await statuses(page);
      const statusOf = (needle) => (list.find((s) => s.value.toLowerCase().includes(needle)) || {}).status;
      assert.equal(list.length, 7, JSON.stringify(list));
      assert.equal(statusOf('rosenfeld'), 'found', 'real DOI');
      assert.equal(statusOf('martin p'), 'not_found', 'invented DOI');
      assert.equal(statusOf('dupont'), 'mismatch', 'a real DOI that is another article');
      assert.equal(statusOf('wakefield'), 'retracted', 'retracted article');
      assert.equal(statusOf('25832968'), 'found', 'PMID');
      assert.equal(statusOf('/has-sante/'), 'found', 'official page');
      assert.equal(statusOf('/ameli/'), 'not_found', 'dead page');

      const crossref = services.requests.filter((r) => r.path.startsWith('/crossref/'));
      const ncbi = services.requests.filter((r) => r.path.startsWith('/ncbi/'));
      assert.equal(crossref.length, 4);
      assert.equal(ncbi.length, 1);
      // Politeness: identified, 1 at a time and at most 5 per second for Crossref.
      assert.ok(crossref.every((r) => r.query.mailto === 'e2e@example.org'));
      assert.equal(ncbi[0].query.tool, 'garde-fou');
      for (let i = 1; i < crossref.length; i++) assert.ok(crossref[i].start >= crossref[i - 1].end, 'one Crossref request at a time');
      for (let i = 5; i < crossref.length; i++) assert.ok(crossref[i].start - crossref[i - 5].start >= 1000);
      // Only identifiers left: nothing from the question or the answer's prose.
      for (const r of services.requests) assert.ok(!/front|bouch|probablement|parac/i.test(decodeURIComponent(r.url)), r.url);
      const heads = services.requests.filter((r) => r.path.startsWith('/has-sante/')).map((r) => r.method);
      assert.deepEqual(heads, ['HEAD', 'GET']);
      await shotAnswer(page, browserName, 'sources', 'start');
    });

    it('checking again is served from the session cache', async () => {
      const before = services.requests.length;
      await page.click(`${BANNER} [data-gardefou-action="check-sources"]`);
      await page.waitForFunction((sel) => document.querySelectorAll(`${sel} [data-gardefou="source-status"]`).length === 7, { timeout: 15000, polling: 100 }, BANNER);
      await new Promise((r) => setTimeout(r, 500));
      const again = services.requests.slice(before).filter((r) => !r.path.startsWith('/ameli/'));
      assert.deepEqual(again.map((r) => r.path), [], 'found results are not fetched twice');
    });

    it('"Préparer pour mon médecin" opens a printable page with the question, the answer, the sources and the HAS advice', async () => {
      await page.click(`${BANNER} [data-gardefou-action="doctor-summary"]`);
      const doctor = await findPage(ctx, 'pages/doctor.html');
      await doctor.waitForSelector('main[data-state="ready"]', { timeout: 15000 });
      const content = await doctor.evaluate(() => ({
        question: document.getElementById('question').textContent,
        answer: document.getElementById('answer').textContent,
        claims: document.querySelectorAll('#answer mark.claim').length,
        sources: [...document.querySelectorAll('#sources li')].map((li) => li.getAttribute('data-status')),
        has: document.querySelector('.has').textContent,
      }));
      assert.match(content.question, /mal au front/);
      assert.match(content.answer, /sinusite aiguë/);
      assert.equal(content.claims, 2);
      assert.deepEqual(content.sources.slice().sort(), ['found', 'found', 'found', 'mismatch', 'not_found', 'not_found', 'retracted']);
      assert.match(content.has, /Partagez vos recherches avec vos soignants/);
      assert.match(content.has, /Haute Autorité de Santé/);
      await doctor.setViewport({ width: 1000, height: 1400 });
      await shot(doctor, browserName, 'doctor-summary');
      if (ctx.name === 'chromium') await doctor.close();
      else await page.bringToFront();
    });

    it('an answer without sources offers "Demander les sources", written in the composer and not sent', async () => {
      await askSample(page, 'nosources');
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, { timeout: 15000, polling: 100 }, BANNER);
      const last = await page.$$eval(BANNER, (els) => els.map((e) => e.getAttribute('data-sources')));
      assert.deepEqual(last, ['7', '0']);
      const bubbles = await page.$$eval('.bubble', (els) => els.length);
      const asks = await page.$$(`${BANNER} [data-gardefou-action="ask-sources"]`);
      assert.equal(asks.length, 1);
      await asks[0].click();
      await page.waitForFunction((text) => document.getElementById('practice-composer').value === text, { timeout: 10000, polling: 100 }, ASK);
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await page.$$eval('.bubble', (els) => els.length), bubbles, 'nothing was sent');
      await page.evaluate(() => { document.getElementById('practice-composer').value = ''; });
    });

    it('a non-health answer gets nothing', async () => {
      await askSample(page, 'recipe');
      await new Promise((r) => setTimeout(r, 3500)); // streaming + the quiet time + the host
      assert.equal(await page.$$eval(BANNER, (els) => els.length), 2);
      const last = await page.$$eval('.practice-answer', (els) => els[els.length - 1].textContent);
      assert.match(last, /farine/);
    });

    it('services out of reach: the sources are "unverifiable", never "not found"', async () => {
      // Crossref and NCBI now point at a closed port (offline); the cited pages still answer.
      const saved = await page.evaluate(() => globalThis.GardeFou.platform.send({
        type: 'settings.update', values: { crossrefBase: 'http://127.0.0.1:9/crossref', ncbiBase: 'http://127.0.0.1:9/ncbi' },
      }));
      assert.ok(saved && saved.ok);
      // A settings change restarts the on-page features: the banners come back.
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, { timeout: 5000, polling: 50 }, BANNER).catch(() => {});
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, { timeout: 20000, polling: 100 }, BANNER);
      assert.equal(await page.$$eval('.practice-answer [data-gardefou="claim"]', (els) => els.length), 4, 'claims underlined once each');
      await page.click(`${BANNER} [data-gardefou-action="check-sources"]`);
      await page.waitForSelector(`${BANNER}[data-checked="true"]`, { timeout: 30000 });
      const list = await statuses(page);
      const statusOf = (needle) => (list.find((s) => s.value.toLowerCase().includes(needle)) || {}).status;
      for (const n of ['rosenfeld', 'martin p', 'dupont', 'wakefield', '25832968']) assert.equal(statusOf(n), 'unverifiable', n);
      assert.equal(statusOf('/has-sante/'), 'found');
      assert.equal(statusOf('/ameli/'), 'not_found');
    });
  });
}
