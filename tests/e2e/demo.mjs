// SPDX-License-Identifier: MPL-2.0
// Used by scripts/demo-browser.sh: opens the practice page ("S'entraîner sans risque")
// with the extension and the host registered in a throwaway profile. With a display the
// browser stays open for you; without one, the same scenario runs headless and the
// screenshots' paths are printed.
import path from 'node:path';
import fs from 'node:fs/promises';
import { launch, extensionPage, hostPath, setLanguageThroughOptions } from './lib/browsers.mjs';
import { ROOT } from './lib/server.mjs';

const name = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const headless = !process.env.DISPLAY;
const outDir = path.join(ROOT, 'tests/e2e/artifacts');

console.log(`Garde-fou demo: ${name}${headless ? ' (headless, no display)' : ''}, host ${hostPath()}`);
const ctx = await launch(name, { headless });
// The throwaway profile's browser may be in English: the demo speaks French unless asked.
await setLanguageThroughOptions(ctx, process.env.GARDEFOU_LANG === 'en' ? 'en' : 'fr');
const page = await extensionPage(ctx, 'practice/practice.html');

if (!headless) {
  console.log('The practice page is open. Close the browser window to finish.');
  await new Promise((resolve) => ctx.browser.on('disconnected', resolve));
  await ctx.close();
  process.exit(0);
}

try {
  await fs.mkdir(outDir, { recursive: true });
  await page.waitForSelector('[data-gardefou="marker"]', { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('#use-example').textContent.trim() !== '', { polling: 100 });
  await page.click('#use-example');
  await page.waitForSelector('[data-gardefou="marker"][data-state="found"]', { timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-gardefou="send-warning"]', { timeout: 10000 });
  const warning = path.join(outDir, `demo-${name}-warning.png`);
  await page.screenshot({ path: warning });
  await page.keyboard.press('Enter'); // "Anonymiser et envoyer"
  await page.waitForSelector('.practice-answer [data-gardefou="restored"]', { timeout: 15000 });
  const answer = path.join(outDir, `demo-${name}-answer.png`);
  await page.screenshot({ path: answer });
  console.log(`Warning dialog: ${warning}`);
  console.log(`Anonymised message and answer: ${answer}`);
} finally {
  await ctx.close();
}
