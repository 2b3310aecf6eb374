// SPDX-License-Identifier: MPL-2.0
// The protocol v1 categories and how to say them to a person.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  // Exact strings from docs/protocol.md.
  const CATEGORIES = [
    'person', 'health_professional', 'health_facility', 'phone', 'email', 'postal_address',
    'birth_date', 'nir', 'health_identifier', 'financial', 'national_id',
  ];

  // Message keys: cat_<category>_one ("un numéro de téléphone") and _many ("$1 numéros...").
  function describeCategory(t, category, count) {
    const known = CATEGORIES.includes(category) ? category : 'other';
    return count > 1 ? t(`cat_${known}_many`, count) : t(`cat_${known}_one`);
  }

  /** Groups findings by category, in the order of CATEGORIES: [{category, count, items}] */
  function groupFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
      if (!groups.has(f.category)) groups.set(f.category, []);
      groups.get(f.category).push(f);
    }
    const order = (c) => (CATEGORIES.includes(c) ? CATEGORIES.indexOf(c) : CATEGORIES.length);
    return [...groups.entries()]
      .sort((a, b) => order(a[0]) - order(b[0]))
      .map(([category, items]) => ({ category, count: items.length, items }));
  }

  ns.categories = { CATEGORIES, describeCategory, groupFindings };
})(globalThis);
