// SPDX-License-Identifier: MPL-2.0
// "Préparer pour mon médecin": the question (anonymised by the host), the AI's answer with
// its diagnosis/prescription-like passages marked, the sources and what the check found,
// and the HAS advice to share one's research with one's caregivers. Printable. Nothing
// leaves the browser: the background keeps the summary in memory for this page.
import '../shared/platform.js';
import '../shared/i18n.js';

const { platform, i18n } = globalThis.GardeFou;
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** The answer's text with the claims' passages marked. */
function answerWithClaims(text, claims) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  const spans = [];
  for (const c of claims) {
    const at = text.indexOf(c.text, pos);
    if (at >= 0 && c.text) {
      spans.push({ start: at, end: at + c.text.length, kind: c.kind });
      pos = at + c.text.length;
    }
  }
  pos = 0;
  for (const s of spans) {
    if (s.start > pos) frag.append(text.slice(pos, s.start));
    frag.append(el('mark', { class: 'claim', 'data-kind': s.kind, text: text.slice(s.start, s.end) }));
    pos = s.end;
  }
  frag.append(text.slice(pos));
  return frag;
}

async function init() {
  const id = new URLSearchParams(location.search).get('id') || '';
  const r = await platform.send({ type: 'answers.summary.get', id });
  const t = i18n.createTranslator(r && r.messages);
  if (r && r.lang) document.documentElement.lang = r.lang;
  document.documentElement.classList.toggle('large', !!(r && r.largeText));
  i18n.localizeDocument(document, t);
  document.title = `Garde-fou — ${t('doctor_title')}`;
  $('print').addEventListener('click', () => window.print());
  const main = $('summary');
  if (!r || !r.ok || !r.summary) {
    $('missing').hidden = false;
    main.setAttribute('aria-busy', 'false');
    main.dataset.state = 'missing';
    return;
  }
  const s = r.summary;
  const date = new Date(s.createdAt).toLocaleString(r.lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' });
  $('meta').textContent = [t('doctor_date', date), s.site ? t('doctor_site', s.site) : ''].filter(Boolean).join(' · ');
  if (s.question) $('question').textContent = s.question;
  else $('question').textContent = s.questionWithheld ? t('doctor_question_withheld') : t('doctor_question_none');
  $('answer').append(answerWithClaims(s.answer, s.claims));
  if (s.claims.length) {
    $('claims-section').hidden = false;
    for (const c of s.claims) {
      $('claims').append(el('li', {}, el('strong', { text: t(c.kind === 'prescription' ? 'doctor_claim_prescription' : 'doctor_claim_diagnosis') }), ' ', `« ${c.text} »`));
    }
  }
  if (!s.sources.length) $('sources').append(el('li', { text: t('doctor_no_sources') }));
  for (const src of s.sources) {
    const res = src.result;
    const status = res ? res.status : 'unchecked';
    const li = el('li', { 'data-status': status },
      el('span', { class: `status ${status}`, text: res ? t(`status_${status}`) : t('doctor_unchecked') }), ' — ', src.value);
    if (res && res.title) {
      const link = res.url && /^https?:\/\//.test(res.url) ? el('a', { href: res.url, text: res.title }) : el('span', { text: res.title });
      li.append(el('br'), link, res.year ? ` (${[res.journal, res.year].filter(Boolean).join(', ')})` : '');
    }
    const detailKey = status === 'not_found' && src.kind === 'url' ? 'status_not_found_url_detail' : `status_${status}_detail`;
    if (res) li.append(el('br'), el('span', { class: 'muted', text: t(detailKey) }));
    $('sources').append(li);
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.state = 'ready';
}

init();
