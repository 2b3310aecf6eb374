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

// Canned health answers (issue 4): sources of every kind the source check knows. The
// DOIs and the PMID look real (and most are: Crossref and PubMed answer for them), one DOI
// is made up, one article was retracted, one DOI exists but is another article, one page
// is official and one is gone. The cited pages' origin can be changed with ?cited=<origin>
// (the end-to-end tests point it at their local server).
const params = new URLSearchParams(location.search);
const cited = /^https?:\/\/[^/]+$/.test(params.get('cited') || '') ? params.get('cited') : null;
const OFFICIAL_URL = cited ? `${cited}/has-sante/sinusite-de-l-adulte` : 'https://www.has-sante.fr/jcms/c_2722827/fr/sinusite-de-l-adulte';
const DEAD_URL = cited ? `${cited}/ameli/sinusite-ancienne-page` : 'https://www.ameli.fr/assure/sante/themes/sinusite-aigue/ancienne-page-2019';
const REFERENCES = [
  'Rosenfeld RM, et al. Clinical practice guideline (update): adult sinusitis. Otolaryngol Head Neck Surg. 2015;152:S1-S39. doi:10.1177/0194599815572097',
  'Martin P, Leroy S. Paracétamol et sinusite aiguë de l\'adulte : essai randomisé. Rev Prat. 2021;71:512-8. doi:10.1016/j.revprat.2021.04.017',
  'Dupont M, et al. Antibiotiques et sinusite de l\'enfant. Pediatrics. 2019;143:e20181234. doi:10.1056/NEJMoa2034577',
  'Wakefield AJ, et al. Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children. Lancet. 1998;351:637-41. doi:10.1016/S0140-6736(97)11096-0',
  'PMID: 25832968',
];
const CANNED = {
  fr: {
    sources: {
      question: "J'ai mal au front et le nez bouché depuis 10 jours, qu'est-ce que j'ai ?",
      answer: 'Vous avez très probablement une sinusite aiguë. Prenez 1 g de paracétamol toutes les 6 heures, sans dépasser 3 g par jour. ' +
        "La sinusite est une inflammation des sinus, le plus souvent d'origine virale, qui guérit en général en 7 à 10 jours.\n\nSources :\n" +
        REFERENCES.map((r, i) => `${i + 1}. ${r}`).join('\n') +
        `\n6. Haute Autorité de Santé : ${OFFICIAL_URL}\n7. Assurance maladie : ${DEAD_URL}`,
    },
    nosources: {
      question: "J'ai 38,5 de fièvre depuis hier, que dois-je faire ?",
      answer: "Une fièvre à 38,5 °C depuis hier chez un adulte en bonne santé est le plus souvent due à une infection virale bénigne. Il s'agit sans doute d'une grippe. " +
        "Reposez-vous, buvez beaucoup d'eau et prenez 1 g de paracétamol si besoin, sans dépasser 3 g par jour. " +
        'Consultez un médecin si la fièvre dure plus de 3 jours, si vous avez du mal à respirer ou si vous vous sentez très mal.',
    },
    recipe: {
      question: 'Comment réussir une pâte à crêpes ?',
      answer: 'Mélangez 250 g de farine, 4 œufs et une pincée de sel, puis versez petit à petit 50 cl de lait en fouettant. ' +
        'Ajoutez 50 g de beurre fondu et laissez reposer une heure. Faites cuire dans une poêle bien chaude, une louche à la fois.',
    },
  },
  en: {
    sources: {
      question: 'My forehead hurts and my nose has been blocked for 10 days, what do I have?',
      answer: 'You most likely have acute sinusitis. Take 1 g of paracetamol every 6 hours, no more than 3 g a day. ' +
        'Sinusitis is an inflammation of the sinuses, usually viral, which generally clears up in 7 to 10 days.\n\nSources:\n' +
        REFERENCES.map((r, i) => `${i + 1}. ${r}`).join('\n') +
        `\n6. Haute Autorité de Santé: ${OFFICIAL_URL}\n7. Assurance maladie: ${DEAD_URL}`,
    },
    nosources: {
      question: 'I have had a fever of 38.5 since yesterday, what should I do?',
      answer: 'A fever of 38.5 °C since yesterday in a healthy adult is most often caused by a mild viral infection. It is probably the flu. ' +
        'Rest, drink plenty of water and take 1 g of paracetamol if needed, no more than 3 g a day. ' +
        'See a doctor if the fever lasts more than 3 days, if you find it hard to breathe or if you feel very unwell.',
    },
    recipe: {
      question: 'How do I make a good pancake batter?',
      answer: 'Mix 250 g of flour, 4 eggs and a pinch of salt, then slowly pour in 500 ml of milk while whisking. ' +
        'Add 50 g of melted butter and let it rest for an hour. Cook in a very hot pan, one ladle at a time.',
    },
  },
};
let lang = 'fr';

/** kind: 'user' (what the chatbot received), 'welcome', or 'answer' (restored by Garde-fou). */
function bubble(kind, text) {
  const div = document.createElement('div');
  div.className = `bubble ${kind === 'user' ? 'user' : 'bot'}${kind === 'answer' ? ' practice-answer' : ''}`;
  const name = document.createElement('span');
  name.className = 'who';
  name.textContent = kind === 'user' ? t('practice_received') : t('practice_bot');
  const body = document.createElement('p');
  body.className = 'text';
  body.textContent = text;
  div.append(name, body);
  $('log').append(div);
  div.scrollIntoView({ block: 'end' });
  return div;
}

/** The canned answer for one of the sample questions, or null. */
function cannedFor(received) {
  const norm = (x) => x.replace(/\s+/g, ' ').trim();
  for (const l of Object.keys(CANNED)) {
    for (const sample of Object.values(CANNED[l])) if (norm(sample.question) === norm(received)) return sample.answer;
  }
  return null;
}

/** Streams an answer in a few pieces, as chatbots do. */
function stream(text) {
  const div = bubble('answer', '');
  const body = div.querySelector('.text');
  const node = document.createTextNode('');
  body.append(node);
  const pieces = text.match(/[\s\S]{1,60}/g) || [];
  pieces.forEach((piece, i) => setTimeout(() => {
    node.data += piece;
  }, 80 * (i + 1)));
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
    lang = r.lang === 'en' ? 'en' : 'fr';
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
  const canned = cannedFor(received);
  if (canned) {
    setTimeout(() => stream(canned), 300);
    return;
  }
  const text = await reply(received);
  setTimeout(() => bubble('answer', text), 500);
});

$('practice-composer').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    $('practice-form').requestSubmit();
  }
});

for (const button of document.querySelectorAll('[data-sample]')) {
  button.addEventListener('click', () => {
    const composer = $('practice-composer');
    composer.value = CANNED[lang][button.dataset.sample].question;
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    composer.focus();
  });
}

$('use-example').addEventListener('click', () => {
  const composer = $('practice-composer');
  composer.value = $('example-text').textContent;
  composer.dispatchEvent(new Event('input', { bubbles: true }));
  composer.focus();
});

init();
