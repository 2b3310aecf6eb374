// SPDX-License-Identifier: MPL-2.0
// The registry of on-page features. Each content module registers
//   { id, start(ctx) → { stop(), onComposerText?(text) } }
// and content/main.js starts them all with the same context once the page is known to
// be a guarded chatbot. The protection registers 'guard', 'restore' and 'attachments';
// the answers features of issue 4 (answer banner, source check) will be new modules
// registering themselves here (e.g. content/answers.js → 'answers'), listed in the
// manifest before content/main.js, with no change to the existing ones.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});
  if (ns.features) return;
  const list = [];
  ns.features = {
    list,
    register(feature) {
      if (!feature || typeof feature.start !== 'function' || list.some((f) => f.id === feature.id)) return;
      list.push(feature);
    },
  };
})(globalThis);
