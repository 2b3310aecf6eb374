// SPDX-License-Identifier: MPL-2.0
// Plain install help, linked from every "protection unavailable" message.
import '../shared/platform.js';
import '../shared/i18n.js';

const { platform, i18n } = globalThis.GardeFou;
platform.send({ type: 'settings.get' }).then((r) => {
  if (!r || !r.ok) return;
  document.documentElement.lang = r.lang;
  i18n.localizeDocument(document, i18n.createTranslator(r.messages));
});
