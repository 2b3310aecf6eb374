// SPDX-License-Identifier: MPL-2.0
// The practice page: a pretend chatbot that answers canned replies and sends nothing
// anywhere. The protection itself is the real one (the content scripts are loaded by
// practice.html exactly as on a chatbot site); this file only plays the chatbot.
import '../shared/platform.js';
import '../shared/i18n.js';

const { platform, i18n } = globalThis.GardeFou;
const PLACEHOLDER = /\[[\p{Lu}][\p{Lu}\p{M}'’ _-]{0,40} \d{1,4}\]/gu;
const $ = (id) => document.getElementById(id);
let t = (k) => k;

/** kind: 'user' (what the chatbot received), 'welcome', or 'answer' (restored by Garde-fou). */
function bubble(kind, text) {
  const div = document.createElement('div');
  div.className = `bubble ${kind === 'user' ? 'user' : 'bot'}${kind === 'answer' ? ' practice-answer' : ''}`;
  const name = document.createElement('span');
  name.className = 'who';
  name.textContent = kind === 'user' ? t('practice_received') : t('practice_bot');
  const body = document.createElement('p');
  body.textContent = text;
  div.append(name, body);
  $('log').append(div);
  div.scrollIntoView({ block: 'end' });
  return div;
}

async function reply(received) {
  const placeholders = [...new Set(received.match(PLACEHOLDER) || [])];
  if (placeholders.length) return t('practice_reply_redacted', placeholders.join(', '));
  const scan = await platform.send({ type: 'protect.scan', text: received });
  if (scan && scan.ok && scan.findings.length) return t('practice_reply_sent_anyway');
  return t('practice_reply_clean');
}

async function init() {
  const r = await platform.send({ type: 'settings.get' });
  if (r && r.ok) {
    t = i18n.createTranslator(r.messages);
    document.documentElement.lang = r.lang;
    document.documentElement.classList.toggle('large', !!r.values.largeText);
    i18n.localizeDocument(document, t);
  }
  bubble('welcome', t('practice_welcome'));
}

// Only a send that the protection let through arrives here (it holds the others).
$('practice-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const composer = $('practice-composer');
  const received = composer.value.trim();
  if (!received) return;
  composer.value = '';
  bubble('user', received);
  const text = await reply(received);
  setTimeout(() => bubble('answer', text), 500);
});

$('practice-composer').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    $('practice-form').requestSubmit();
  }
});

$('use-example').addEventListener('click', () => {
  const composer = $('practice-composer');
  composer.value = $('example-text').textContent;
  composer.dispatchEvent(new Event('input', { bubbles: true }));
  composer.focus();
});

init();
