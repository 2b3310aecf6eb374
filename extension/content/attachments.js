// SPDX-License-Identifier: MPL-2.0
// Attaching a file (file input or drag-and-drop) shows a reminder that documents such as
// lab results carry the name, the NIR and the lab's name. Plain-text files are read
// locally and scanned, and the reminder then says what they hold.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const TEXT_FILE = /\.(txt|csv|md|json|xml|html?|rtf|log)$/i;
  const MAX_TEXT_BYTES = 2 * 1024 * 1024;

  function isPlainText(file) {
    return (file.type && file.type.startsWith('text/')) || TEXT_FILE.test(file.name || '');
  }

  function start(ctx) {
    const { doc, win, t, config, bg } = ctx;
    const { ui, categories } = ns;
    if (!config.settings.attachmentReminder) return { stop() {} };
    let notice = null;

    async function remind(files) {
      if (!files || !files.length) return;
      const paragraphs = [t('attach_body')];
      for (const file of [...files].slice(0, 5)) {
        if (!isPlainText(file) || file.size > MAX_TEXT_BYTES) continue;
        let text;
        try {
          text = await file.text();
        } catch {
          continue;
        }
        const r = await bg({ type: 'protect.scan', text, lang: config.lang });
        if (r && r.ok && r.findings.length) {
          const list = ui.findingsList(doc, t, categories.groupFindings(r.findings));
          paragraphs.push(t('attach_found', file.name), list);
        } else if (r && r.ok) {
          paragraphs.push(t('attach_clean', file.name));
        }
      }
      if (notice) notice.close();
      notice = ui.showNotice(doc, {
        kind: 'attachment-reminder', title: t('attach_title'), paragraphs, closeLabel: t('close'),
        largeText: config.settings.largeText,
      });
    }

    const onChange = (e) => {
      const input = e.target;
      if (input && input.tagName === 'INPUT' && input.type === 'file') remind(input.files);
    };
    const onDrop = (e) => {
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) remind(e.dataTransfer.files);
    };
    win.addEventListener('change', onChange, true);
    win.addEventListener('drop', onDrop, true);
    return {
      stop() {
        win.removeEventListener('change', onChange, true);
        win.removeEventListener('drop', onDrop, true);
        if (notice) notice.close();
      },
    };
  }

  ns.features.register({ id: 'attachments', start });
})(globalThis);
