// SPDX-License-Identifier: MPL-2.0
// Everything Garde-fou shows on a page: the composer marker, the send dialog, notices
// and the marks on restored names. Each lives in a CLOSED shadow root (the page can
// neither restyle nor read it) under a host element carrying a stable data-gardefou
// attribute. Large readable text, keyboard reachable, announced to screen readers.
// No extension API here: texts come from the translator `t` handed in.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const HAS_SOURCE_URL = 'https://www.has-sante.fr';

  const CSS = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .gf { font: 18px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; }
    .gf.large { font-size: 22px; }
    button, a { font: inherit; }
    button { cursor: pointer; border-radius: 10px; border: 2px solid #1d4f91; padding: .55em 1em; background: #fff; color: #1d4f91; min-height: 48px; }
    button.primary { background: #1d4f91; color: #fff; }
    button.quiet { border-color: #767676; color: #333; }
    button:focus-visible, a:focus-visible, .marker:focus-visible { outline: 4px solid #f0b400; outline-offset: 2px; }
    .marker { position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: .4em;
      padding: .2em .7em; border-radius: 999px; border: 2px solid #1d4f91; background: #fff; color: #1d4f91;
      font-size: 15px; min-height: 32px; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
    .gf.large .marker { font-size: 19px; }
    .marker.warn { border-color: #a04000; color: #7a2e00; background: #fff4e5; }
    .marker.off { border-color: #767676; color: #333; background: #f2f2f2; }
    .pop { position: fixed; z-index: 2147483647; max-width: 28em; background: #fff; border: 2px solid #1d4f91;
      border-radius: 12px; padding: .8em 1em; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
    .pop ul { margin: .3em 0 0; padding-left: 1.2em; }
    .backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(0,0,0,.45);
      display: flex; align-items: center; justify-content: center; padding: 16px; }
    .dialog { background: #fff; border-radius: 16px; max-width: 40em; width: 100%; max-height: calc(100vh - 32px);
      overflow: auto; padding: 1.2em 1.4em; box-shadow: 0 8px 32px rgba(0,0,0,.35); }
    .dialog h2 { font-size: 1.3em; margin: 0 0 .5em; line-height: 1.3; }
    .dialog ul.found { margin: .3em 0 .8em; padding-left: 1.3em; }
    .dialog li { margin: .2em 0; }
    .value { font-weight: 600; background: #fff4e5; border-radius: 4px; padding: 0 .2em; }
    blockquote { margin: .6em 0; padding: .5em .9em; border-left: 5px solid #1d4f91; background: #f1f5fb; }
    cite { display: block; font-size: .85em; color: #444; margin-top: .3em; font-style: normal; }
    .hint { color: #333; }
    .actions { display: flex; flex-wrap: wrap; gap: .6em; margin-top: 1em; }
    .notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 30em; background: #fff;
      border: 2px solid #1d4f91; border-radius: 14px; padding: .9em 1.1em; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
    .notice h2 { font-size: 1.1em; margin: 0 0 .4em; }
    .notice .actions { margin-top: .6em; }
    textarea.copy { width: 100%; min-height: 6em; font: inherit; }
    .restored { background: #e6f4ea; border-bottom: 2px dotted #1e7b34; border-radius: 3px; padding: 0 .15em; color: inherit; }
  `;

  // Inline marks (restored names) inherit the page's font and colour.
  const INLINE_CSS = `
    :host { display: inline; }
    .restored { background: #e6f4ea; border-bottom: 2px dotted #1e7b34; border-radius: 3px; padding: 0 .15em;
      color: inherit; font: inherit; }
  `;

  /** A host element with a closed shadow root: {host, root, container}. */
  function createLayer(doc, kind, options = {}) {
    const host = doc.createElement(options.tag || 'div');
    host.setAttribute('data-gardefou', kind);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = options.inline ? INLINE_CSS : CSS;
    shadow.appendChild(style);
    const container = doc.createElement(options.inline ? 'span' : 'div');
    if (!options.inline) container.className = 'gf' + (options.largeText ? ' large' : '');
    shadow.appendChild(container);
    return { host, root: shadow, container };
  }

  function el(doc, tag, attrs, ...children) {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c) node.append(c);
    return node;
  }

  let idCounter = 0;
  const uid = (p) => `gf-${p}-${++idCounter}`;

  function excerpt(text, start, end) {
    const v = String(text).slice(start, end).replace(/\s+/g, ' ').trim();
    return v.length > 48 ? v.slice(0, 45) + '…' : v;
  }

  function findingsList(doc, t, groups, text) {
    const list = el(doc, 'ul', { class: 'found' });
    const { describeCategory } = ns.categories;
    for (const g of groups) {
      const li = el(doc, 'li', {}, describeCategory(t, g.category, g.count));
      if (text !== undefined) {
        const values = [...new Set(g.items.map((f) => excerpt(text, f.start, f.end)))].slice(0, 4);
        li.append(' : ');
        values.forEach((v, i) => {
          if (i) li.append(', ');
          li.append(el(doc, 'span', { class: 'value', text: `« ${v} »` }));
        });
      }
      list.append(li);
    }
    return list;
  }

  function hasQuote(doc, t) {
    return el(doc, 'blockquote', { lang: 'fr' },
      el(doc, 'span', { text: t('has_quote') }),
      el(doc, 'cite', { text: t('has_attribution') }));
  }

  // ---------------------------------------------------------------- marker

  /**
   * The discreet marker near the composer. update({count, groups, text, state}) where
   * state is 'clean' | 'found' | 'unavailable' | 'paused' | 'checking'.
   */
  function createMarker(doc, t, options = {}) {
    const layer = createLayer(doc, 'marker', options);
    const button = el(doc, 'button', { class: 'marker', type: 'button', 'aria-expanded': 'false' });
    const popId = uid('pop');
    const pop = el(doc, 'div', { class: 'pop', id: popId, role: 'tooltip', hidden: true });
    button.setAttribute('aria-describedby', popId);
    layer.container.append(button, pop);
    let anchor = null;

    function place() {
      if (!anchor || !anchor.isConnected || typeof anchor.getBoundingClientRect !== 'function') return;
      const r = anchor.getBoundingClientRect();
      const win = doc.defaultView;
      const top = Math.max(4, r.top - 38);
      const left = Math.min(win.innerWidth - 260, Math.max(4, r.right - 240));
      button.style.top = `${top}px`;
      button.style.left = `${left}px`;
      pop.style.bottom = `${Math.max(8, win.innerHeight - top + 6)}px`;
      pop.style.left = `${Math.max(8, left - 120)}px`;
    }
    const show = () => {
      pop.hidden = false;
      button.setAttribute('aria-expanded', 'true');
    };
    const hide = () => {
      pop.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    };
    button.addEventListener('mouseenter', show);
    button.addEventListener('mouseleave', hide);
    button.addEventListener('focus', show);
    button.addEventListener('blur', hide);
    button.addEventListener('click', () => (pop.hidden ? show() : hide()));
    button.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hide();
    });
    doc.defaultView.addEventListener('resize', place);
    doc.defaultView.addEventListener('scroll', place, true);

    function update(state) {
      layer.host.setAttribute('data-state', state.state);
      layer.host.setAttribute('data-count', String(state.count || 0));
      button.className = 'marker' + (state.state === 'found' ? ' warn' : state.state === 'unavailable' || state.state === 'paused' ? ' off' : '');
      pop.replaceChildren();
      if (state.state === 'found') {
        button.textContent = state.count > 1 ? t('marker_found_many', state.count) : t('marker_found_one');
        pop.append(el(doc, 'div', { text: t('marker_found_intro') }), findingsList(doc, t, state.groups, state.text));
      } else if (state.state === 'unavailable') {
        button.textContent = t('marker_unavailable');
        pop.append(el(doc, 'div', { text: t('marker_unavailable_detail') }));
      } else if (state.state === 'paused') {
        button.textContent = t('marker_paused');
        pop.append(el(doc, 'div', { text: t('marker_paused_detail') }));
      } else {
        button.textContent = t('marker_clean');
        pop.append(el(doc, 'div', { text: t('marker_clean_detail') }));
      }
      button.setAttribute('aria-label', `Garde-fou : ${button.textContent}`);
      layer.host.hidden = !!state.hidden;
      place();
    }

    return {
      host: layer.host,
      root: layer.root,
      attach(target) {
        anchor = target;
        if (!layer.host.isConnected) doc.documentElement.append(layer.host);
        place();
      },
      update,
      place,
      remove: () => layer.host.remove(),
    };
  }

  // ---------------------------------------------------------------- dialogs

  /**
   * A modal dialog. spec: {kind, title, body: Node[], actions: [{action, label, primary}]}
   * Resolves with the chosen action ('edit' on Escape). Focus goes to the first action
   * and is trapped inside; it returns to `returnFocus` afterwards.
   */
  function openDialog(doc, spec, options = {}) {
    const layer = createLayer(doc, spec.kind || 'send-warning', options);
    if (spec.reason) layer.host.setAttribute('data-reason', spec.reason);
    const titleId = uid('title');
    const bodyId = uid('body');
    const dialog = el(doc, 'div', { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': bodyId });
    const title = el(doc, 'h2', { id: titleId, text: spec.title });
    const body = el(doc, 'div', { id: bodyId }, ...(spec.body || []));
    const actions = el(doc, 'div', { class: 'actions' });
    const buttons = spec.actions.map((a) => el(doc, 'button', {
      type: 'button', class: a.primary ? 'primary' : a.quiet ? 'quiet' : '', 'data-gardefou-action': a.action, text: a.label,
    }));
    actions.append(...buttons);
    dialog.append(title, body, actions);
    const backdrop = el(doc, 'div', { class: 'backdrop' }, dialog);
    layer.container.append(backdrop);
    doc.documentElement.append(layer.host);

    return {
      host: layer.host,
      root: layer.root,
      result: new Promise((resolve) => {
        const close = (action) => {
          layer.host.remove();
          doc.removeEventListener('focusin', keepFocus, true);
          if (options.returnFocus && options.returnFocus.isConnected) options.returnFocus.focus();
          resolve(action);
        };
        buttons.forEach((b) => b.addEventListener('click', (e) => {
          e.stopPropagation();
          close(b.getAttribute('data-gardefou-action'));
        }));
        const focusables = () => [...layer.root.querySelectorAll('button, a[href], textarea')];
        dialog.addEventListener('keydown', (e) => {
          e.stopPropagation(); // the page never sees keys typed in our dialog
          if (e.key === 'Escape') {
            e.preventDefault();
            close(spec.escapeAction || 'edit');
          } else if (e.key === 'Tab') {
            const list = focusables();
            const i = list.indexOf(layer.root.activeElement);
            const next = e.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : (i === list.length - 1 ? 0 : i + 1);
            e.preventDefault();
            list[next].focus();
          }
        });
        ['keyup', 'keypress', 'input', 'paste', 'beforeinput'].forEach((type) => dialog.addEventListener(type, (e) => e.stopPropagation()));
        // Focus that escapes to the page (e.g. a click outside) is brought back.
        function keepFocus(e) {
          if (e.target !== layer.host) buttons[0].focus();
        }
        doc.addEventListener('focusin', keepFocus, true);
        buttons[0].focus();
      }),
    };
  }

  /** The send warning: identifying data found. → 'anonymize' | 'edit' | 'send-anyway' */
  function openSendWarning(doc, t, { groups, text, allowSendAnyway, supportContact, largeText, returnFocus }) {
    const body = [
      el(doc, 'p', { text: t('dlg_found_intro') }),
      findingsList(doc, t, groups, text),
      el(doc, 'p', { text: t('dlg_why') }),
      hasQuote(doc, t),
      el(doc, 'p', { class: 'hint', text: t('dlg_anonymize_hint') }),
    ];
    if (supportContact) body.push(el(doc, 'p', { class: 'hint', text: t('support_contact', supportContact) }));
    const actions = [
      { action: 'anonymize', label: t('dlg_action_anonymize'), primary: true },
      { action: 'edit', label: t('dlg_action_edit') },
    ];
    if (allowSendAnyway) actions.push({ action: 'send-anyway', label: t('dlg_action_send_anyway'), quiet: true });
    return openDialog(doc, { kind: 'send-warning', reason: 'found', title: t('dlg_title'), body, actions }, { largeText, returnFocus });
  }

  /** The host cannot check: never pretend. failClosed → only "edit". */
  function openUnavailableWarning(doc, t, { state, failClosed, onHowToFix, supportContact, largeText, returnFocus }) {
    const detailKey = {
      missing: 'unavailable_missing', forbidden: 'unavailable_forbidden', unresponsive: 'unavailable_unresponsive',
      incompatible: 'unavailable_incompatible',
    }[state] || 'unavailable_stopped';
    const body = [
      el(doc, 'p', { text: t(detailKey) }),
      el(doc, 'p', { text: failClosed ? t('unavailable_blocked') : t('unavailable_choice') }),
    ];
    if (onHowToFix) {
      // A button, not a link: web pages may not navigate to extension pages.
      const help = el(doc, 'button', { type: 'button', class: 'quiet', 'data-gardefou-action': 'help', text: t('unavailable_how_to_fix') });
      help.addEventListener('click', (e) => {
        e.stopPropagation();
        onHowToFix();
      });
      body.push(el(doc, 'p', {}, help));
    }
    if (supportContact) body.push(el(doc, 'p', { class: 'hint', text: t('support_contact', supportContact) }));
    const actions = [{ action: 'edit', label: t('dlg_action_back'), primary: true }];
    if (!failClosed) actions.push({ action: 'send-anyway', label: t('dlg_action_send_unchecked'), quiet: true });
    return openDialog(doc, { kind: 'send-warning', reason: 'host-unavailable', title: t('unavailable_title'), body, actions }, { largeText, returnFocus });
  }

  /** The editor refused the anonymised text: say so, nothing was sent, offer it to copy. */
  function openRewriteFailed(doc, t, { redacted, largeText, returnFocus }) {
    const area = el(doc, 'textarea', { class: 'copy', readonly: true, 'aria-label': t('rewrite_failed_copy_label') });
    area.value = redacted;
    const body = [el(doc, 'p', { text: t('rewrite_failed_body') }), area];
    return openDialog(doc, {
      kind: 'send-warning', reason: 'rewrite-failed', title: t('rewrite_failed_title'), body,
      actions: [{ action: 'edit', label: t('dlg_action_back'), primary: true }],
    }, { largeText, returnFocus });
  }

  // ---------------------------------------------------------------- notices

  /** A non-blocking notice (attachment reminder...), announced politely. */
  function showNotice(doc, { kind, title, paragraphs, closeLabel, largeText, timeoutMs }) {
    const layer = createLayer(doc, kind || 'notice', { largeText });
    const titleId = uid('notice');
    const box = el(doc, 'div', { class: 'notice', role: 'status', 'aria-labelledby': titleId },
      el(doc, 'h2', { id: titleId, text: title }),
      ...paragraphs.map((p) => (typeof p === 'string' ? el(doc, 'p', { text: p }) : p)));
    const close = el(doc, 'button', { type: 'button', 'data-gardefou-action': 'close', text: closeLabel });
    close.addEventListener('click', () => layer.host.remove());
    box.append(el(doc, 'div', { class: 'actions' }, close));
    layer.container.append(box);
    doc.documentElement.append(layer.host);
    if (timeoutMs) setTimeout(() => layer.host.remove(), timeoutMs);
    return { host: layer.host, root: layer.root, close: () => layer.host.remove() };
  }

  // ---------------------------------------------------------------- restored names

  /**
   * An inline element that SHOWS the restored value in a closed shadow root while its
   * light DOM keeps the placeholder: the user sees "Marie Dupont", the page's scripts
   * still read "[NOM 1]". Marked so the user sees it was restored.
   */
  function createRestoredMark(doc, t, placeholder, value) {
    const layer = createLayer(doc, 'restored', { tag: 'span', inline: true });
    layer.host.setAttribute('data-placeholder', placeholder);
    layer.host.textContent = placeholder;
    const mark = el(doc, 'mark', { class: 'restored', title: t('restored_title', placeholder), text: value });
    layer.container.append(mark);
    return layer.host;
  }

  // ---------------------------------------------------------------- answers (issue 4)

  const BANNER_CSS = `
    :host { all: initial; display: block; margin: .4em 0 1.2em; }
    .gf { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; }
    .banner { border: 2px solid #1d4f91; border-radius: 12px; background: #f1f5fb; padding: .5em .9em; font-size: 16px; }
    .gf.large .banner { font-size: 20px; }
    .banner p { margin: .25em 0; }
    .lead { font-weight: 600; }
    .why { background: #fff; border-radius: 10px; padding: .4em .8em; margin: .4em 0; }
    .why ul { margin: .2em 0 .4em; padding-left: 1.2em; }
    .claims { color: #7a2e00; }
    .actions { display: flex; flex-wrap: wrap; gap: .5em; margin: .5em 0 .2em; }
    .progress:empty { display: none; }
    .list { display: flex; flex-direction: column; gap: .4em; margin-top: .4em; }
  `;
  const ACTION_CSS = `
    :host { all: initial; display: inline-block; }
    button { font: 16px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; cursor: pointer; border-radius: 10px;
      border: 2px solid #1d4f91; padding: .45em .9em; background: #fff; color: #1d4f91; min-height: 44px; }
    button.large { font-size: 20px; }
    button.primary { background: #1d4f91; color: #fff; }
    button:disabled { opacity: .6; cursor: progress; }
    button:focus-visible { outline: 4px solid #f0b400; outline-offset: 2px; }
  `;
  const STATUS_CSS = `
    :host { all: initial; display: block; }
    .src { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff;
      border-left: 6px solid #767676; border-radius: 8px; padding: .35em .7em; }
    .src.large { font-size: 20px; }
    .badge { font-weight: 700; }
    .found { border-color: #1e6b32; } .found .badge { color: #1e6b32; }
    .mismatch { border-color: #a04000; } .mismatch .badge { color: #7a2e00; }
    .not_found { border-color: #b00020; } .not_found .badge { color: #b00020; }
    .retracted { border-color: #b00020; } .retracted .badge { color: #b00020; }
    .unverifiable .badge { color: #444; }
    .what { color: #333; overflow-wrap: anywhere; }
    .meta { color: #444; font-size: .9em; }
    .explain { margin: .15em 0 0; color: #333; }
    a { color: #1d4f91; overflow-wrap: anywhere; }
    a:focus-visible { outline: 4px solid #f0b400; outline-offset: 2px; }
  `;
  const CLAIM_CSS = `
    :host { display: inline; }
    .claim { border-bottom: 3px solid #c25400; background: rgba(255, 176, 0, .16); color: inherit; font: inherit; }
    .note { display: inline; margin-left: .3em; padding: 0 .35em; border-radius: 6px; background: #fff4e5; color: #7a2e00;
      font: .85em/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; border: 1px solid #c25400; }
  `;

  function styledLayer(doc, kind, css, tag = 'div') {
    const host = doc.createElement(tag);
    host.setAttribute('data-gardefou', kind);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.appendChild(style);
    return { host, root: shadow };
  }

  /**
   * A button in its own closed shadow root, under a light-DOM host carrying
   * data-gardefou-action (the stable hook). Only a real click on the inner button acts:
   * a page script clicking the host does nothing.
   */
  function createActionButton(doc, { action, label, primary, largeText, slot, onClick }) {
    const host = doc.createElement('span');
    host.setAttribute('data-gardefou-action', action);
    if (slot) host.setAttribute('slot', slot);
    const shadow = host.attachShadow({ mode: 'closed', delegatesFocus: true });
    const style = doc.createElement('style');
    style.textContent = ACTION_CSS;
    const button = el(doc, 'button', { type: 'button', class: [primary ? 'primary' : '', largeText ? 'large' : ''].join(' ').trim() || undefined, text: label });
    shadow.append(style, button);
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      if (!button.disabled) onClick(e);
    });
    return {
      host,
      button,
      setLabel: (text) => { button.textContent = text; },
      setDisabled: (v) => { button.disabled = !!v; host.toggleAttribute('data-busy', !!v); },
      setExpanded: (v) => button.setAttribute('aria-expanded', String(!!v)),
    };
  }

  /**
   * The compact banner under a health answer: the HAS reminder, "Pourquoi ?" (the HAS key
   * messages), the claims line, the sources line, actions and source statuses (slotted).
   */
  function createAnswerBanner(doc, t, { largeText } = {}) {
    const { host, root } = styledLayer(doc, 'answer-banner', BANNER_CSS);
    const container = el(doc, 'div', { class: 'gf' + (largeText ? ' large' : '') });
    const box = el(doc, 'div', { class: 'banner', role: 'region', 'aria-label': t('answers_banner_label') });
    const lead = el(doc, 'p', { class: 'lead' }, t('answers_banner_lead'), ' ', el(doc, 'slot', { name: 'why' }));
    const why = el(doc, 'div', { class: 'why', hidden: true },
      el(doc, 'p', { text: t('answers_why_intro') }),
      el(doc, 'blockquote', { lang: 'fr' }, el(doc, 'span', { text: t('answers_has_quote') }), el(doc, 'cite', { text: t('has_attribution') })),
      el(doc, 'p', { text: t('popup_key_messages') }),
      el(doc, 'ul', {}, ...['has_key_1', 'has_key_2', 'has_key_3', 'has_key_4', 'has_key_5'].map((k) => el(doc, 'li', { text: t(k) }))),
      el(doc, 'cite', { text: t('has_key_source') }));
    const claims = el(doc, 'p', { class: 'claims', hidden: true });
    const sourcesLine = el(doc, 'p', { class: 'sources-line' });
    const actions = el(doc, 'div', { class: 'actions' }, el(doc, 'slot', { name: 'actions' }));
    const progress = el(doc, 'p', { class: 'progress', role: 'status', 'aria-live': 'polite' });
    const list = el(doc, 'div', { class: 'list' }, el(doc, 'slot', { name: 'sources' }));
    box.append(lead, why, claims, sourcesLine, actions, progress, list);
    container.append(box);
    // The quote block borrows the shared look.
    const style = doc.createElement('style');
    style.textContent = 'blockquote { margin: .4em 0; padding: .4em .8em; border-left: 5px solid #1d4f91; background: #f1f5fb; }' +
      ' cite { display: block; font-size: .85em; color: #444; margin-top: .3em; font-style: normal; }';
    root.append(style, container);
    return {
      host,
      setWhyOpen: (open) => { why.hidden = !open; },
      isWhyOpen: () => !why.hidden,
      setClaims(n) {
        claims.hidden = !n;
        claims.textContent = n > 1 ? t('answers_claims_many', n) : n === 1 ? t('answers_claims_one') : '';
      },
      setSourcesLine: (text) => { sourcesLine.textContent = text; },
      setProgress: (text) => { progress.textContent = text || ''; },
      addAction: (action) => host.append(action.host),
      addStatus: (status) => host.append(status.host),
      clearStatuses: () => host.querySelectorAll('[data-gardefou="source-status"]').forEach((n) => n.remove()),
    };
  }

  /** One checked source: data-status, the real title with a link, and what it means. */
  function createSourceStatus(doc, t, { source, result, largeText }) {
    const { host, root } = styledLayer(doc, 'source-status', STATUS_CSS);
    const status = result.status;
    host.setAttribute('data-status', status);
    host.setAttribute('data-kind', source.kind || '');
    host.setAttribute('data-value', source.value || '');
    host.setAttribute('slot', 'sources');
    const kindLabel = {
      doi: t('source_kind_doi', source.check.target), pmid: t('source_kind_pmid', source.check.target),
      url: t('source_kind_url', source.value), reference: t('source_kind_reference', source.value),
    }[source.kind] || source.value;
    const box = el(doc, 'div', { class: `src ${status}${largeText ? ' large' : ''}`, role: 'group', 'aria-label': `${t(`status_${status}`)} : ${kindLabel}` });
    box.append(el(doc, 'span', { class: 'badge', text: `${STATUS_ICON[status] || ''} ${t(`status_${status}`)}` }), ' — ',
      el(doc, 'span', { class: 'what', text: kindLabel }));
    if (source.trust === 'official') box.append(' ', el(doc, 'span', { class: 'meta', text: t('source_official') }));
    const link = result.url && /^https?:\/\//.test(result.url) && status !== 'not_found' ? result.url : null;
    if (result.title || link) {
      const line = el(doc, 'div', {});
      if (link) line.append(el(doc, 'a', { href: link, target: '_blank', rel: 'noopener noreferrer', text: result.title || link }));
      else line.append(el(doc, 'span', { text: result.title }));
      const meta = [(result.authors || []).slice(0, 2).join(', ') + ((result.authors || []).length > 2 ? ' et al.' : ''), result.journal, result.year]
        .filter((x) => x).join(' · ');
      if (meta) line.append(' ', el(doc, 'span', { class: 'meta', text: `(${meta})` }));
      box.append(line);
    }
    const detailKey = status === 'not_found' && source.kind === 'url' ? 'status_not_found_url_detail' : `status_${status}_detail`;
    box.append(el(doc, 'p', { class: 'explain', text: t(detailKey) }));
    root.append(box);
    return { host };
  }

  const STATUS_ICON = { found: '✔', mismatch: '≠', not_found: '✖', retracted: '⚠', unverifiable: '?' };

  /**
   * Underlines one piece of a claim: the page's own text node moves into a host whose
   * closed shadow root shows it (slot) underlined; the last piece carries the note.
   * The page's scripts still read the same text.
   */
  function createClaimMark(doc, t, { kind, textNode, note }) {
    const { host, root } = styledLayer(doc, 'claim', CLAIM_CSS, 'span');
    host.setAttribute('data-kind', kind);
    const mark = el(doc, 'span', { class: 'claim' }, el(doc, 'slot', {}));
    root.append(mark);
    if (note) {
      const text = t(kind === 'prescription' ? 'claim_note_prescription' : 'claim_note_diagnosis');
      root.append(el(doc, 'span', { class: 'note', role: 'note', text: `⚠ ${text}` }));
      host.setAttribute('data-note', 'true');
    }
    textNode.replaceWith(host);
    host.append(textNode);
    return host;
  }

  ns.ui = {
    HAS_SOURCE_URL, createLayer, createMarker, openDialog, openSendWarning, openUnavailableWarning,
    openRewriteFailed, showNotice, createRestoredMark, findingsList,
    createActionButton, createAnswerBanner, createSourceStatus, createClaimMark,
  };
})(globalThis);
