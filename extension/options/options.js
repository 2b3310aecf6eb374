// SPDX-License-Identifier: MPL-2.0
// Options page: categories checked, added sites, behaviour, language, larger text.
// Settings fixed by an administrator's policy (storage.managed) are shown locked.
import '../shared/platform.js';
import '../shared/i18n.js';
import '../shared/categories.js';
import '../shared/sites.js';

const { platform, i18n, categories, sites } = globalThis.GardeFou;
const $ = (id) => document.getElementById(id);
let t = (k) => k;
let state = null;

function lockNote(key, input) {
  const note = document.createElement('span');
  note.className = 'locked';
  note.textContent = t('options_locked');
  note.title = t('options_locked_help');
  note.id = `locked-${key}`;
  input.disabled = true;
  input.setAttribute('aria-describedby', note.id);
  return note;
}

async function save(values) {
  await platform.send({ type: 'settings.update', values });
  await load(); // first: a language change must show "saved" in the new language
  $('saved').textContent = t('options_saved');
  setTimeout(() => ($('saved').textContent = ''), 2000);
}

function renderCategories() {
  const box = $('categories');
  box.replaceChildren();
  const locked = state.locked.includes('categories');
  for (const c of categories.CATEGORIES) {
    const label = document.createElement('label');
    label.className = 'check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = c;
    input.checked = state.values.categories.includes(c);
    const text = document.createElement('span');
    text.textContent = categories.describeCategory(t, c, 1);
    label.append(input, text);
    if (locked) label.append(lockNote(`cat-${c}`, input));
    input.addEventListener('change', () => {
      const checked = [...box.querySelectorAll('input:checked')].map((i) => i.value);
      save({ categories: checked });
    });
    box.append(label);
  }
}

function renderSites() {
  const list = $('sites');
  list.replaceChildren();
  const managed = new Set(state.managedSites || []);
  for (const origin of state.values.additionalSites) {
    const li = document.createElement('li');
    li.textContent = origin;
    if (managed.has(origin)) {
      const note = document.createElement('span');
      note.className = 'locked';
      note.textContent = t('options_locked');
      li.append(note);
    } else {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t('options_site_remove', origin);
      remove.addEventListener('click', () => save({ additionalSites: state.userSites.filter((s) => s !== origin) }));
      li.append(remove);
    }
    list.append(li);
  }
}

function renderInputs() {
  for (const input of document.querySelectorAll('[data-key]')) {
    const key = input.dataset.key;
    const value = state.values[key];
    if (input.type === 'checkbox') input.checked = !!value;
    else input.value = value;
    const label = input.closest('label') || input.parentElement;
    label.querySelectorAll('.locked').forEach((n) => n.remove());
    input.disabled = false;
    if (state.locked.includes(key)) label.append(lockNote(key, input));
    input.onchange = () => save({ [key]: input.type === 'checkbox' ? input.checked : input.value });
  }
  // "Send anyway" is never offered while sending is blocked (failClosed): say so.
  const anyway = document.querySelector('[data-key="allowSendAnyway"]');
  if (anyway && state.values.failClosed) {
    anyway.checked = false;
    anyway.disabled = true;
    const label = anyway.closest('label');
    if (!label.querySelector('.locked')) {
      const note = document.createElement('span');
      note.className = 'locked';
      note.id = 'locked-allowSendAnyway';
      note.textContent = t('options_send_anyway_off');
      anyway.setAttribute('aria-describedby', note.id);
      label.append(note);
    }
  }
}

/** The policy's custom detectors, locked, with what the host made of each. */
function renderDetectors(custom) {
  const detectors = state.values.customDetectors || [];
  $('detectors').hidden = detectors.length === 0;
  const list = $('detector-list');
  list.replaceChildren();
  const invalid = new Map(((custom && custom.invalid) || []).map((d) => [d.index, d]));
  detectors.forEach((d, index) => {
    const li = document.createElement('li');
    li.dataset.gardefou = 'detector';
    li.dataset.index = String(index);
    const name = document.createElement('strong');
    name.textContent = d.label || t('detector_unnamed', index + 1);
    const what = document.createElement('span');
    what.textContent = ` — ${categories.describeCategory(t, d.category, 1)}`;
    const status = document.createElement('span');
    status.className = 'detector-status';
    const bad = invalid.get(index);
    if (!custom || custom.pending) {
      li.dataset.state = 'checking';
      status.className += ' muted';
      status.textContent = t('detector_checking');
    } else if (bad) {
      li.dataset.state = 'invalid';
      status.className += ' error';
      status.textContent = t('detector_invalid', bad.message);
    } else if (custom.unsupported) {
      li.dataset.state = 'unsupported';
      status.className += ' error';
      status.textContent = t('detectors_unsupported');
    } else {
      li.dataset.state = 'active';
      status.textContent = t('detector_active');
    }
    const note = document.createElement('span');
    note.className = 'locked';
    note.textContent = t('options_locked');
    note.title = t('options_locked_help');
    li.append(name, what, status, note);
    list.append(li);
  });
  $('detectors-tell-admin').hidden = !(custom && (invalid.size > 0 || custom.unsupported));
}

async function loadDetectorStatus() {
  // Asks again while the host is still being told about the detectors (pending).
  for (let attempt = 0; attempt < 20 && (state.values.customDetectors || []).length; attempt++) {
    const r = await platform.send({ type: 'host.status' });
    if (!r || !r.ok || !r.host || r.host.state !== 'ok') return;
    renderDetectors(r.host.customDetectors);
    if (!r.host.customDetectors || !r.host.customDetectors.pending) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function load() {
  const r = await platform.send({ type: 'settings.get' });
  if (!r || !r.ok) return;
  state = r;
  // Sites the policy adds cannot be removed here; the user's own can.
  const local = await platform.storage.getLocal('settings');
  state.userSites = ((local.settings && local.settings.additionalSites) || []).slice();
  const managed = await platform.storage.getManaged();
  state.managedSites = (managed.additionalSites || []).map(sites.normalizeOrigin).filter(Boolean);
  t = i18n.createTranslator(r.messages);
  document.documentElement.lang = r.lang;
  document.documentElement.classList.toggle('large', !!r.values.largeText);
  i18n.localizeDocument(document, t);
  if (r.values.supportContact) {
    $('support').hidden = false;
    $('support').textContent = t('options_support', r.values.supportContact);
  }
  renderInputs();
  renderCategories();
  renderSites();
  renderDetectors(null);
  loadDetectorStatus();
}

$('add-site').addEventListener('submit', (e) => {
  e.preventDefault();
  const origin = sites.normalizeOrigin($('site-input').value);
  if (!origin) {
    $('site-error').textContent = t('options_site_invalid');
    $('site-input').focus();
    return;
  }
  $('site-error').textContent = '';
  $('site-input').value = '';
  save({ additionalSites: [...new Set([...state.userSites, origin])] });
});

load();
