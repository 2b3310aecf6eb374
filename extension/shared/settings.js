// SPDX-License-Identifier: MPL-2.0
// Settings: defaults, the user's choices (storage.local) and the administrator's policy
// (storage.managed, see managed_schema.json). Policy always wins; a key set by policy is
// "locked" and the options page shows it so. Pure functions, tested in Node.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});
  const CATEGORIES = ns.categories ? ns.categories.CATEGORIES : [];

  const DEFAULTS = Object.freeze({
    enabled: true,              // user: protection on/off everywhere
    failClosed: false,          // policy/user: block instead of warn
    allowSendAnyway: true,      // policy/user: offer "send anyway"
    additionalSites: [],        // policy/user: extra chatbot origins
    categories: CATEGORIES.slice(),
    trustedSourceDomains: [],   // policy: used by the answers features (issue 4)
    customDetectors: [],        // policy: {pattern, category, label}
    supportContact: '',         // policy: shown to users
    language: 'auto',           // user: 'auto' | 'fr' | 'en'
    largeText: false,           // user: bigger on-page text
    pausedSites: [],            // user: origins paused from the popup
    restoreAnswers: true,       // user: show real names in answers
    attachmentReminder: true,   // user: remind about documents
    answerBanner: true,         // user: advice and source check under health answers (issue 4)
    crossrefBase: 'https://api.crossref.org',                   // source check endpoints:
    ncbiBase: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',  // configurable (tests, mirrors)
    sourcesContact: '',         // e-mail given to Crossref (mailto) and NCBI (email): polite pool
    allowCodeLock: true,        // policy only: false switches the family code lock off (shared/lock.js)
  });

  // Keys an administrator may set (managed_schema.json lists the same, a test checks it).
  const POLICY_KEYS = Object.freeze([
    'failClosed', 'allowSendAnyway', 'additionalSites', 'categories',
    'trustedSourceDomains', 'customDetectors', 'supportContact',
    'answerBanner', 'crossrefBase', 'ncbiBase', 'sourcesContact', 'allowCodeLock',
  ]);
  // Keys only a policy may set: the user's storage cannot switch the code lock off.
  const POLICY_ONLY = Object.freeze(['allowCodeLock']);
  const USER_KEYS = Object.freeze(Object.keys(DEFAULTS).filter((k) => !POLICY_ONLY.includes(k)));

  function isStringArray(v) {
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  }

  function isHttpUrl(v) {
    return typeof v === 'string' && /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v);
  }

  // Type guards: a wrong value is ignored (the default stays), never crashes the extension.
  const VALID = {
    enabled: (v) => typeof v === 'boolean',
    failClosed: (v) => typeof v === 'boolean',
    allowSendAnyway: (v) => typeof v === 'boolean',
    additionalSites: isStringArray,
    categories: isStringArray,
    trustedSourceDomains: isStringArray,
    customDetectors: (v) => Array.isArray(v) && v.every((d) => d && typeof d.pattern === 'string'),
    supportContact: (v) => typeof v === 'string',
    language: (v) => ['auto', 'fr', 'en'].includes(v),
    largeText: (v) => typeof v === 'boolean',
    pausedSites: isStringArray,
    restoreAnswers: (v) => typeof v === 'boolean',
    attachmentReminder: (v) => typeof v === 'boolean',
    answerBanner: (v) => typeof v === 'boolean',
    crossrefBase: isHttpUrl,
    ncbiBase: isHttpUrl,
    sourcesContact: (v) => typeof v === 'string' && (v === '' || /^[^\s@]+@[^\s@]+$/.test(v)),
    allowCodeLock: (v) => typeof v === 'boolean',
  };

  function clean(values, allowedKeys) {
    const out = {};
    for (const key of allowedKeys) {
      if (values && Object.prototype.hasOwnProperty.call(values, key) && VALID[key](values[key])) out[key] = values[key];
    }
    return out;
  }

  /** → { values, locked: [keys set by policy] } */
  function effectiveSettings(user, managed) {
    const u = clean(user, USER_KEYS);
    const m = clean(managed, POLICY_KEYS);
    const values = { ...structuredCloneSafe(DEFAULTS), ...u, ...m };
    // The user cannot remove sites an administrator added; both lists apply.
    if (m.additionalSites && u.additionalSites) {
      values.additionalSites = [...new Set([...m.additionalSites, ...u.additionalSites])];
    }
    return { values, locked: Object.keys(m) };
  }

  function structuredCloneSafe(obj) {
    return JSON.parse(JSON.stringify(obj));
  }

  /** A user update, minus the keys the policy locks. */
  function acceptUserUpdate(update, locked) {
    const allowed = USER_KEYS.filter((k) => !locked.includes(k) || k === 'additionalSites');
    return clean(update, allowed);
  }

  ns.settings = { DEFAULTS, POLICY_KEYS, POLICY_ONLY, effectiveSettings, acceptUserUpdate };
})(globalThis);
