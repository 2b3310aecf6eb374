// SPDX-License-Identifier: MPL-2.0
// Content-script entry point: runs once per page (double injection is a no-op), asks
// the background whether this page is a guarded chatbot, then starts every registered
// feature (content/features.js) with one shared context. Settings changes restart them.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});
  if (ns.started) return;
  ns.started = true;

  const platform = ns.platform;
  if (!platform) return;

  let running = [];

  async function boot() {
    const config = await platform.send({ type: 'page.config', url: root.location.href });
    for (const f of running) f.stop();
    running = [];
    if (!config || !config.ok || !config.active || !config.site) return;
    const t = ns.i18n.createTranslator(config.messages);
    const ctx = {
      doc: root.document,
      win: root,
      config,
      t,
      bg: (message) => platform.send(message),
    };
    for (const feature of ns.features.list) {
      try {
        running.push(feature.start(ctx));
      } catch (e) {
        // One broken feature never takes the others down.
        console.warn('[Garde-fou]', feature.id, e);
      }
    }
    ns.running = running;
  }

  let again = null;
  platform.storage.onChanged((changes, area) => {
    if (area !== 'managed' && !(area === 'local' && changes.settings)) return;
    clearTimeout(again);
    again = setTimeout(boot, 200);
  });

  boot();
})(globalThis);
