// SPDX-License-Identifier: MPL-2.0
// Options page: categories checked, added sites, behaviour, language, larger text.
// Settings fixed by an administrator's policy (storage.managed) are shown locked; with a
// family code in force (lock-section.js), the controls that would weaken protection are
// disabled until the code is typed.
import '../shared/platform.js';
import '../shared/i18n.js';
import '../shared/categories.js';
import '../shared/sites.js';
import '../shared/lock.js';
import '../shared/lock-prompt.js';
import './lock-section.js';

const { platform, i18n, categories, sites, lock, lockSection } = globalThis.GardeFou;
const $ = (id) => document.getElementById(id);
let t = (k) => k;
let state = null;
let byCode = new Set(); // keys the family code locks right now
const codeLock = lockSection.createLockSection(platform, () => load());

/** Disables `input` with a note: set by the policy, or (byCode) locked by the family code. */
function lockNote(key, input, byFamilyCode = false) {
  const note = document.createElement('span');
  note.className = byFamilyCode ? 'locked code-locked' : 'locked';
  note.textContent = t(byFamilyCode ? 'lock_locked_note' : 'options_locked');
  note.title = t(byFamilyCode ? 'lock_locked_help' : 'options_locked_help');
  note.id = `locked-${key}`;
  input.disabled = true;
  input.setAttribute('aria-describedby', byFamilyCode ? `${note.id} unlock-intro` : note.id);
  return note;
}

/** One note under a section's heading when the code locks some of its controls. */
function sectionNote(section, show) {
  section.querySelectorAll('.code-locked-note').forEach((n) => n.remove());
  if (!show) return;
  const note = document.createElement('p');
  note.className = 'locked code-locked-note';
  note.textContent = t('lock_section_note');
  section.querySelector('h2').after(note);
}

async function save(values) {
  const r = await platform.send({ type: 'settings.update', values, unlock: codeLock.token() });
  if (r && !r.ok && r.error && r.error.code === 'locked') return codeLock.expired();
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
    else if (byCode.has('categories') && input.checked) {
      input.disabled = true;
      input.setAttribute('aria-describedby', 'unlock-intro');
    }
    input.addEventListener('change', () => {
      const checked = [...box.querySelectorAll('input:checked')].map((i) => i.value);
      save({ categories: checked });
    });
    box.append(label);
  }
  sectionNote(box.closest('section'), !locked && byCode.has('categories'));
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
      remove.disabled = byCode.has('additionalSites');
      if (remove.disabled) remove.setAttribute('aria-describedby', 'unlock-intro');
      li.append(remove);
    }
    list.append(li);
  }
  sectionNote(list.closest('section'), !!list.querySelector('button:disabled'));
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
    input.removeAttribute('aria-describedby');
    if (state.locked.includes(key)) label.append(lockNote(key, input));
    else if (byCode.has(key) && lock.weakens(key, value, input.type === 'checkbox' ? !value : undefined)) {
      label.append(lockNote(key, input, true));
    }
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
  await codeLock.refresh();
  byCode = new Set(codeLock.lockedKeys());
  document.documentElement.lang = r.lang;
  document.documentElement.classList.toggle('large', !!r.values.largeText);
  i18n.localizeDocument(document, t);
  if (r.values.supportContact) {
    $('support').hidden = false;
    $('support').textContent = t('options_support', r.values.supportContact);
  }
  codeLock.render(t, state.locked);
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
