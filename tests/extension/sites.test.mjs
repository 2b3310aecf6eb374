// SPDX-License-Identifier: MPL-2.0
// Site adapters (pure functions of the DOM) against pages shaped like each chatbot,
// plus the generic fallback when a site is redesigned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageWith } from './helpers.mjs';
import { SITE_PAGES } from './fixtures/sites.mjs';

for (const [id, page] of Object.entries(SITE_PAGES)) {
  test(`${id}: composer, send button and answers are found`, () => {
    const win = pageWith(page.html, { url: page.url });
    const { sites, text } = win.GardeFou;
    const adapter = sites.siteForUrl(page.url, []);
    assert.equal(adapter.id, id);
    const composer = sites.findComposer(win.document, adapter);
    assert.equal(composer, win.document.querySelector(page.composer));
    assert.equal(text.readText(composer), 'Bonjour');
    assert.equal(sites.findSendButton(win.document, adapter, composer), win.document.querySelector(page.send));
    assert.ok(sites.isSendControl(win.document.querySelector(page.send), win.document, adapter, composer));
    assert.ok(!sites.isSendControl(composer, win.document, adapter, composer));
  });
}

test('siteForUrl: exact hostnames over https, added origins, nothing else', () => {
  const { sites } = pageWith('').GardeFou;
  assert.equal(sites.siteForUrl('https://chatgpt.com/c/abc', []).id, 'chatgpt');
  assert.equal(sites.siteForUrl('https://evilchatgpt.com/', []), null);
  assert.equal(sites.siteForUrl('https://chatgpt.com.evil.org/', []), null);
  assert.equal(sites.siteForUrl('https://chat.example.fr/x', ['https://chat.example.fr/']).id, 'additional');
  assert.equal(sites.siteForUrl('https://chat.example.fr:444/x', ['https://chat.example.fr']), null);
  assert.equal(sites.siteForUrl('file:///etc/passwd', ['file:///etc']), null);
  assert.equal(sites.normalizeOrigin('HTTPS://Chat.Example.FR/path?q'), 'https://chat.example.fr');
  assert.equal(sites.normalizeOrigin('javascript:alert(1)'), null);
});

test('a redesigned site degrades to the generic adapter', () => {
  const html = `<main><div class="new-editor" contenteditable="true"><p>Salut</p></div>
    <div class="toolbar"><button aria-label="Envoyer">OK</button></div></main>`;
  const win = pageWith(html, { url: 'https://chatgpt.com/' });
  const { sites } = win.GardeFou;
  const adapter = sites.byId('chatgpt');
  const composer = sites.findComposer(win.document, adapter);
  assert.equal(composer, win.document.querySelector('.new-editor'));
  assert.equal(sites.findSendButton(win.document, adapter, composer).textContent, 'OK');
});

test('the focused editable wins when the adapter finds nothing; search boxes are ignored', () => {
  const html = `<input type="search" id="s"><div id="a" contenteditable="true">x</div><textarea id="b">y</textarea>`;
  const win = pageWith(html, { url: 'https://example.org/' });
  const { sites } = win.GardeFou;
  win.document.getElementById('b').focus();
  assert.equal(sites.findComposer(win.document, sites.GENERIC).id, 'b');
});

test('a bad selector in adapter data never throws', () => {
  const win = pageWith('<textarea></textarea>', { url: 'https://example.org/' });
  const { sites } = win.GardeFou;
  const adapter = { composer: ['<<<bad'], send: ['::nope('], answers: ['[['] };
  assert.ok(sites.findComposer(win.document, adapter));
  assert.equal(sites.findAnswers(win.document, adapter).length, 0);
});

test('readText: ProseMirror, Lexical and Quill paragraphs, trailing breaks', () => {
  const win = pageWith(`
    <div id="pm"><p>Ligne 1</p><p><br class="ProseMirror-trailingBreak"></p><p>Ligne <strong>3</strong></p></div>
    <div id="lx"><p dir="ltr"><span data-lexical-text="true">Un</span></p><p dir="ltr"><span data-lexical-text="true">Deux</span><br><span data-lexical-text="true">Trois</span></p></div>
    <div id="plain">a<br>b</div>`);
  const { text } = win.GardeFou;
  const $ = (id) => win.document.getElementById(id);
  assert.equal(text.readText($('pm')), 'Ligne 1\n\nLigne 3');
  assert.equal(text.readText($('lx')), 'Un\nDeux\nTrois');
  assert.equal(text.readText($('plain')), 'a\nb');
  assert.equal(text.normalizeForCompare('a\u00a0b \n\n c\n'), 'a b\nc');
});
