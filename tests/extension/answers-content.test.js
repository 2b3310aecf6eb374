// SPDX-License-Identifier: MPL-2.0
// The answers feature on the page (extension/content/answers.js) in jsdom: reading an
// answer with offsets, streaming-stop detection, the banner under health answers only,
// the underlined claims, "Demander les sources" (written, never sent) and the source
// statuses after the user's click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageWith, messages, delay } from './helpers.mjs';

const CHAT = `<!doctype html><html><body>
  <main id="thread"></main>
  <form id="f"><textarea id="prompt-textarea"></textarea><button type="submit" data-testid="send-button">Send</button></form>
</body></html>`;

const HEALTH = 'Vous avez très probablement une sinusite. Prenez 1 g de paracétamol toutes les 6 heures. La sinusite est une inflammation des sinus.';

function setup({ analyze, settleMs = 120, isUserClick, lang = 'fr' } = {}) {
  const win = pageWith(CHAT);
  const doc = win.document;
  const ns = win.GardeFou;
  const t = ns.i18n.createTranslator(messages(lang));
  const calls = [];
  const bg = async (m) => {
    calls.push(m);
    if (m.type === 'answers.analyze') return analyze ? analyze(m) : { ok: true, health: false, claims: [], sources: [] };
    if (m.type === 'sources.check') {
      return { ok: true, results: m.sources.map((s) => ({ status: s.check.target.includes('404') ? 'not_found' : 'found', title: `Titre de ${s.value}`, url: 'https://doi.org/' + s.check.target })) };
    }
    return { ok: true };
  };
  const config = {
    site: { ...ns.sites.SITES.find((s) => s.id === 'chatgpt') }, settings: { answerBanner: true }, lang: 'fr', answerSettleMs: settleMs,
  };
  const feature = ns.features.list.find((f) => f.id === 'answers');
  const running = feature.start({ doc, win, t, config, bg, isUserClick });
  return { win, doc, ns, calls, running, t };
}

function addTurn(doc, role, text) {
  const turn = doc.createElement('div');
  turn.setAttribute('data-message-author-role', role);
  const md = doc.createElement('div');
  md.className = 'markdown';
  const p = doc.createElement('p');
  p.textContent = text;
  md.append(p);
  turn.append(md);
  doc.getElementById('thread').append(turn);
  return { turn, p };
}

const claimsOf = (text) => [
  { kind: 'diagnosis', start: 0, end: text.indexOf('.') + 1 },
  { kind: 'prescription', start: text.indexOf('Prenez'), end: text.indexOf('heures.') + 7 },
];

test('collectText: blocks are lines, our UI and scripts are left out, offsets map back to nodes', () => {
  const win = pageWith('<div id="a"><p>Un <b>deux</b></p><p>trois<br>quatre</p><script>x()</script><div data-gardefou="answer-banner">UI</div></div>');
  const { collectText, nodesForRange } = win.GardeFou.answers;
  const el = win.document.getElementById('a');
  const reading = collectText(el);
  assert.equal(reading.text, 'Un deux\ntrois\nquatre');
  const nodes = nodesForRange(reading, 1, 5); // "n de"
  assert.deepEqual([...nodes].map((n) => n.data), ['n ', 'de']);
  assert.equal(collectText(el).text, 'Un deux\ntrois\nquatre', 'splitting nodes does not change the text');
});

test('streaming: nothing until the answer stops changing, then one analysis of the whole text', async () => {
  const { doc, calls, running } = setup({ settleMs: 150 });
  const { p } = addTurn(doc, 'assistant', 'Vous avez');
  for (const piece of [' très probablement', ' une sinusite.', ' Prenez 1 g', ' de paracétamol.']) {
    await delay(60);
    p.textContent += piece;
    assert.equal(calls.filter((c) => c.type === 'answers.analyze').length, 0, 'not while streaming');
  }
  await delay(300);
  const analyses = calls.filter((c) => c.type === 'answers.analyze');
  assert.equal(analyses.length, 1);
  assert.equal(analyses[0].text, 'Vous avez très probablement une sinusite. Prenez 1 g de paracétamol.');
  running.stop();
});

test('settle watcher: each element has its own quiet time', async () => {
  const win = pageWith('<p></p>');
  const settled = [];
  const w = win.GardeFou.answers.createSettleWatcher(win, { quietMs: 80, onSettled: (el) => settled.push(el) });
  w.touch('a');
  await delay(50);
  w.touch('b');
  w.touch('a');
  await delay(50);
  assert.deepEqual(settled, []);
  await delay(60);
  assert.deepEqual(settled.sort(), ['a', 'b']);
});

test('a health answer gets the banner, its claims underlined with a note; the question is sent as prompt', async () => {
  const { doc, win, calls, running } = setup({
    analyze: (m) => ({ ok: true, health: true, claims: claimsOf(m.text), sources: [] }),
  });
  addTurn(doc, 'user', "J'ai mal au front depuis 10 jours");
  const { turn, p } = addTurn(doc, 'assistant', HEALTH);
  await delay(300);
  const analyze = calls.find((c) => c.type === 'answers.analyze');
  assert.equal(analyze.prompt, "J'ai mal au front depuis 10 jours");
  const banner = turn.nextElementSibling;
  assert.equal(banner.getAttribute('data-gardefou'), 'answer-banner');
  assert.equal(banner.getAttribute('data-claims'), '2');
  const text = win.__shadow(banner).textContent;
  assert.match(text, /L'IA vous informe : seul un professionnel de santé peut établir un diagnostic\./);
  assert.match(text, /ni un outil de diagnostic ni un prescripteur/);
  const marks = [...p.querySelectorAll('[data-gardefou="claim"]')];
  assert.deepEqual(marks.map((m) => m.getAttribute('data-kind')), ['diagnosis', 'prescription']);
  assert.equal(marks[0].textContent, 'Vous avez très probablement une sinusite.');
  assert.match(win.__shadow(marks[0]).textContent, /Ceci ressemble à un diagnostic/);
  assert.equal(p.textContent, HEALTH, 'the page still reads the same text');
  // No sources: "Demander les sources" instead of "Vérifier les sources".
  assert.ok(banner.querySelector('[data-gardefou-action="ask-sources"]'));
  assert.equal(banner.querySelector('[data-gardefou-action="check-sources"]'), null);
  // "Pourquoi ?" opens the HAS key messages.
  const why = banner.querySelector('[data-gardefou-action="why"]');
  const whyButton = win.__shadow(why).querySelector('button');
  assert.equal(whyButton.getAttribute('aria-expanded'), 'false');
  whyButton.click();
  assert.equal(whyButton.getAttribute('aria-expanded'), 'true');
  assert.match(win.__shadow(banner).querySelector('.why').textContent, /sources inventées/);
  assert.equal(win.__shadow(banner).querySelector('.why').hidden, false);
  // Later mutations that do not change the text do not analyse again.
  await delay(300);
  assert.equal(calls.filter((c) => c.type === 'answers.analyze').length, 1);
  running.stop();
  assert.equal(p.querySelectorAll('[data-gardefou="claim"]').length, 0, 'stop() gives the page its text back');
  assert.equal(doc.querySelector('[data-gardefou="answer-banner"]'), null);
});

test('a non-health answer gets nothing', async () => {
  const { doc, calls, running } = setup();
  addTurn(doc, 'assistant', 'Mélangez 250 g de farine et 4 œufs.');
  await delay(300);
  assert.equal(calls.filter((c) => c.type === 'answers.analyze').length, 1);
  assert.equal(doc.querySelector('[data-gardefou="answer-banner"]'), null);
  running.stop();
});

test('"Demander les sources" puts the request in the composer and sends nothing', async () => {
  const { doc, win, running } = setup({ analyze: () => ({ ok: true, health: true, claims: [], sources: [] }) });
  let submitted = 0;
  doc.getElementById('f').addEventListener('submit', (e) => {
    e.preventDefault();
    submitted++;
  });
  addTurn(doc, 'assistant', HEALTH);
  await delay(300);
  const ask = doc.querySelector('[data-gardefou-action="ask-sources"]');
  win.__shadow(ask).querySelector('button').click();
  await delay(600);
  assert.equal(doc.getElementById('prompt-textarea').value,
    'Peux-tu citer tes sources (liens vers des publications scientifiques ou des sites officiels de santé) pour chacune de tes affirmations ?');
  assert.equal(submitted, 0);
  running.stop();
});

test('"Vérifier les sources": only a trusted click sends, then each source shows its status', async () => {
  const sources = [
    { kind: 'doi', value: '10.1177/0194599815572097', trust: 'scientific', start: 0, end: 1, check: { method: 'doi', target: '10.1177/0194599815572097' } },
    { kind: 'doi', value: '10.404/invented', trust: 'scientific', start: 0, end: 1, check: { method: 'doi', target: '10.404/invented' } },
  ];
  let trusted = false; // jsdom events are never trusted: the test says when a person clicked
  const { doc, win, calls, running } = setup({ analyze: () => ({ ok: true, health: true, claims: [], sources }), isUserClick: () => trusted });
  addTurn(doc, 'assistant', HEALTH + ' doi:10.1177/0194599815572097 doi:10.404/invented');
  await delay(300);
  const banner = doc.querySelector('[data-gardefou="answer-banner"]');
  assert.equal(banner.getAttribute('data-sources'), '2');
  const check = banner.querySelector('[data-gardefou-action="check-sources"]');
  const button = win.__shadow(check).querySelector('button');
  assert.equal(calls.filter((c) => c.type === 'sources.check').length, 0, 'nothing is checked before the click');
  check.click(); // a page script clicking the host: the inner button never sees it
  button.click(); // an untrusted click on the button itself: still nothing
  await delay(50);
  assert.equal(calls.filter((c) => c.type === 'sources.check').length, 0);
  trusted = true;
  button.click();
  await delay(50);
  const sent = calls.find((c) => c.type === 'sources.check');
  assert.deepEqual(sent.sources.map((s) => s.check.target), ['10.1177/0194599815572097', '10.404/invented']);
  assert.ok(!JSON.stringify(sent).includes('sinusite'), 'the conversation is not part of the check');
  const statuses = [...banner.querySelectorAll('[data-gardefou="source-status"]')];
  assert.deepEqual(statuses.map((s) => s.getAttribute('data-status')), ['found', 'not_found']);
  assert.match(win.__shadow(statuses[0]).textContent, /Titre de 10\.1177/);
  assert.equal(win.__shadow(statuses[0]).querySelector('a').getAttribute('href'), 'https://doi.org/10.1177/0194599815572097');
  assert.match(win.__shadow(statuses[1]).textContent, /inventée/);
  running.stop();
});

test('answerBanner off, or a site without known answers: the feature does nothing', () => {
  const win = pageWith(CHAT);
  const ns = win.GardeFou;
  const feature = ns.features.list.find((f) => f.id === 'answers');
  const t = ns.i18n.createTranslator(messages('fr'));
  const base = { doc: win.document, win, t, bg: async () => assert.fail('no message') };
  feature.start({ ...base, config: { site: ns.sites.SITES[0], settings: { answerBanner: false } } }).stop();
  feature.start({ ...base, config: { site: ns.sites.GENERIC, settings: {} } }).stop();
});

test('one entry per cited work: a reference with its DOI stands for the bare DOI', () => {
  const win = pageWith('<p></p>');
  const ref = { kind: 'reference', value: 'Smith J. Lancet. 2019. doi:10.1/a', check: { method: 'doi', target: '10.1/a' } };
  const doi = { kind: 'doi', value: '10.1/a', check: { method: 'doi', target: '10.1/a' } };
  const other = { kind: 'doi', value: '10.1/b', check: { method: 'doi', target: '10.1/b' } };
  const out = win.GardeFou.answers.dedupeSources([ref, doi, other, { ...other }]);
  assert.deepEqual([...out].map((s) => s.value), [ref.value, '10.1/b']);
});

test('"Demander les sources" in English for English browsers, after the draft already typed', async () => {
  const { doc, win, running } = setup({ lang: 'en', analyze: () => ({ ok: true, health: true, claims: [], sources: [] }) });
  doc.getElementById('prompt-textarea').value = 'Thanks.';
  addTurn(doc, 'assistant', 'You most likely have the flu. Take 1 g of paracetamol.');
  await delay(300);
  const banner = doc.querySelector('[data-gardefou="answer-banner"]');
  assert.match(win.__shadow(banner).textContent, /AI informs you: only a health professional can make a diagnosis\./);
  win.__shadow(banner.querySelector('[data-gardefou-action="ask-sources"]')).querySelector('button').click();
  await delay(600);
  assert.equal(doc.getElementById('prompt-textarea').value,
    'Thanks.\nCan you cite your sources (links to scientific publications or official health websites) for each of your statements?');
  running.stop();
});

test('an answer the site marks as streaming waits until the mark goes', async () => {
  const { doc, calls, running } = setup({ settleMs: 80 });
  const { turn } = addTurn(doc, 'assistant', 'Vous avez une grippe.');
  turn.setAttribute('data-is-streaming', 'true');
  await delay(300);
  assert.equal(calls.filter((c) => c.type === 'answers.analyze').length, 0);
  turn.setAttribute('data-is-streaming', 'false');
  await delay(300);
  assert.equal(calls.filter((c) => c.type === 'answers.analyze').length, 1);
  running.stop();
});

test('a banner the page drops on re-render is put back, within reason', async () => {
  const { doc, running } = setup({ analyze: () => ({ ok: true, health: true, claims: [], sources: [] }) });
  addTurn(doc, 'assistant', HEALTH);
  await delay(300);
  const banner = doc.querySelector('[data-gardefou="answer-banner"]');
  banner.remove();
  await delay(50);
  assert.ok(banner.isConnected, 'put back');
  for (let i = 0; i < 4; i++) {
    doc.querySelector('[data-gardefou="answer-banner"]')?.remove();
    await delay(30);
  }
  assert.equal(doc.querySelector('[data-gardefou="answer-banner"]'), null, 'gives up after a few tries');
  running.stop();
});

test('when the host cannot tell, nothing is shown and the next change tries again', async () => {
  let n = 0;
  const { doc, running } = setup({ analyze: () => (++n === 1 ? { ok: false, error: { code: 'host_unavailable' } } : { ok: true, health: true, claims: [], sources: [] }) });
  const { p } = addTurn(doc, 'assistant', HEALTH);
  await delay(300);
  assert.equal(doc.querySelector('[data-gardefou="answer-banner"]'), null);
  p.append(' ');
  await delay(300);
  assert.equal(n, 2);
  assert.ok(doc.querySelector('[data-gardefou="answer-banner"]'));
  running.stop();
});
