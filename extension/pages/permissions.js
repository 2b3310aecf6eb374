// SPDX-License-Identifier: MPL-2.0
// Asks for the host permissions the source check needs, at first use: browsers only
// show the prompt after a click in an extension page, so the background opens this one.
import '../shared/platform.js';
import '../shared/i18n.js';

const { platform, i18n } = globalThis.GardeFou;
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const id = params.get('id') || '';
const origins = (params.get('origins') || '').split(' ').filter((o) => /^https?:\/\/[^/]+\/\*$/.test(o));

async function init() {
  const r = await platform.send({ type: 'settings.get' });
  const t = i18n.createTranslator(r && r.messages);
  if (r && r.lang) document.documentElement.lang = r.lang;
  i18n.localizeDocument(document, t);
  for (const o of origins) {
    const li = document.createElement('li');
    li.textContent = o.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
    $('origins').append(li);
  }
  const finish = async (granted) => {
    $('result').textContent = granted ? t('perm_granted') : t('perm_refused');
    $('allow').disabled = true;
    $('deny').disabled = true;
    await platform.send({ type: 'sources.permission.done', id, granted });
  };
  $('allow').addEventListener('click', async () => {
    const granted = await platform.permissions.request(origins).catch(() => false);
    finish(granted);
  });
  $('deny').addEventListener('click', () => finish(false));
}

init();
