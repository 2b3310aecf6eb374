// SPDX-License-Identifier: MPL-2.0
// Site adapters, kept as data: where the composer, the send button and the answers are
// on each chatbot. Selectors are tried in order; when none matches (a redesign), the
// generic adapter takes over (the focused textarea or contenteditable and the nearest
// send button), so a changed site degrades instead of breaking.
//
// The functions below are pure functions of a Document (no extension API), tested in
// tests/extension/sites.test.js against fixture pages shaped like each site.
(function (root) {
  'use strict';
  const ns = (root.GardeFou = root.GardeFou || {});

  const GENERIC = {
    id: 'generic',
    composer: [
      'textarea:not([readonly]):not([disabled])',
      '[contenteditable="true"]',
      '[contenteditable=""]',
      '[contenteditable="plaintext-only"]',
      '[role="textbox"]',
    ],
    send: [
      'button[type="submit"]',
      'button[aria-label*="send" i]',
      'button[aria-label*="envoy" i]',
      'button[data-testid*="send" i]',
      'button[data-testid*="submit" i]',
      '[role="button"][aria-label*="send" i]',
    ],
    answers: [],
  };

  const SITES = [
    {
      id: 'chatgpt',
      hosts: ['chatgpt.com', 'chat.openai.com'],
      composer: ['#prompt-textarea[contenteditable]', 'div.ProseMirror[contenteditable="true"]', 'textarea#prompt-textarea'],
      send: ['button[data-testid="send-button"]', 'button#composer-submit-button', 'button[aria-label*="send" i]'],
      answers: ['[data-message-author-role="assistant"]'],
      questions: ['[data-message-author-role="user"]'],
    },
    {
      id: 'gemini',
      hosts: ['gemini.google.com'],
      composer: ['rich-textarea .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"]'],
      send: ['button.send-button', 'button[aria-label*="send" i]', 'button[aria-label*="envoyer" i]'],
      answers: ['message-content', '.model-response-text'],
      questions: ['user-query', '.query-text'],
    },
    {
      id: 'claude',
      hosts: ['claude.ai'],
      composer: ['div.ProseMirror[contenteditable="true"]', '[data-testid="chat-input"]'],
      send: ['button[aria-label="Send message"]', 'button[aria-label*="send" i]', 'button[aria-label*="envoyer" i]'],
      answers: ['.font-claude-message', '[data-is-streaming]'],
      questions: ['[data-testid="user-message"]'],
    },
    {
      id: 'copilot',
      hosts: ['copilot.microsoft.com'],
      composer: ['textarea#userInput', 'textarea[data-testid="composer-input"]'],
      send: ['button[data-testid="submit-button"]', 'button[aria-label*="submit" i]', 'button[aria-label*="envoyer" i]'],
      answers: ['[data-content="ai-message"]'],
      questions: ['[data-content="user-message"]'],
    },
    {
      id: 'mistral',
      hosts: ['chat.mistral.ai'],
      composer: ['div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]', 'textarea'],
      send: ['button[type="submit"]', 'button[aria-label*="send" i]', 'button[aria-label*="envoyer" i]'],
      answers: ['[data-message-author-role="assistant"]', '.prose'],
      questions: ['[data-message-author-role="user"]'],
    },
    {
      id: 'perplexity',
      hosts: ['www.perplexity.ai', 'perplexity.ai'],
      composer: ['#ask-input[contenteditable="true"]', 'div[data-lexical-editor="true"]', 'textarea#ask-input', 'textarea[placeholder]'],
      send: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]', 'button[aria-label*="envoyer" i]'],
      answers: ['.prose', '[id^="markdown-content"]'],
    },
    {
      id: 'deepseek',
      hosts: ['chat.deepseek.com'],
      composer: ['textarea#chat-input', 'textarea'],
      send: ['div[role="button"][aria-disabled]', 'button[type="submit"]'],
      answers: ['.ds-markdown'],
    },
  ];

  /** The practice page inside the extension uses this adapter. */
  const PRACTICE = {
    id: 'practice',
    composer: ['#practice-composer'],
    send: ['#practice-send'],
    answers: ['.practice-answer > .text'],
    questions: ['.bubble.user > .text'],
  };

  /** 'https://Example.org:8443/x' → 'https://example.org:8443', or null when not http(s). */
  function normalizeOrigin(value) {
    try {
      const url = new URL(String(value).trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      return url.origin;
    } catch {
      return null;
    }
  }

  /**
   * Which adapter guards this URL: a built-in site by exact hostname, or the generic
   * adapter for an origin listed in additionalSites; null when the page is not guarded.
   */
  function siteForUrl(url, additionalSites) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    const host = parsed.hostname.toLowerCase();
    const builtin = SITES.find((s) => parsed.protocol === 'https:' && s.hosts.includes(host));
    if (builtin) return builtin;
    const extra = (additionalSites || []).map(normalizeOrigin).filter(Boolean);
    if (extra.includes(parsed.origin)) return { ...GENERIC, id: 'additional' };
    return null;
  }

  function byId(id) {
    if (id === 'practice') return PRACTICE;
    if (id === 'generic' || id === 'additional') return GENERIC;
    return SITES.find((s) => s.id === id) || GENERIC;
  }

  function isVisible(el) {
    if (!el || !el.isConnected) return false;
    if (el.hidden || el.closest('[hidden],[aria-hidden="true"]')) return false;
    // jsdom has no layout: treat it as visible there.
    if (typeof el.getClientRects === 'function' && el.ownerDocument.defaultView &&
        el.ownerDocument.defaultView.navigator && !/jsdom/i.test(el.ownerDocument.defaultView.navigator.userAgent)) {
      return el.getClientRects().length > 0;
    }
    return true;
  }

  function isEditable(el) {
    if (!el) return false;
    if (el.tagName === 'TEXTAREA') return !el.readOnly && !el.disabled;
    if (el.tagName === 'INPUT') return false; // search boxes and the like are not prompts
    return el.isContentEditable || ['true', '', 'plaintext-only'].includes(el.getAttribute('contenteditable'));
  }

  function firstMatch(scope, selectors, accept) {
    for (const selector of selectors) {
      let list;
      try {
        list = scope.querySelectorAll(selector);
      } catch {
        continue; // a bad selector in data never breaks the page
      }
      for (const el of list) if (!accept || accept(el)) return el;
    }
    return null;
  }

  /** The composer root: the adapter's selectors, else the focused editable, else any. */
  function findComposer(doc, adapter) {
    const own = firstMatch(doc, adapter.composer || [], (el) => isEditable(el) && isVisible(el));
    if (own) return own;
    let active = doc.activeElement;
    if (active && !isEditable(active) && active.closest) active = active.closest('[contenteditable="true"]');
    if (active && isEditable(active) && isVisible(active)) return outermostEditable(active);
    return firstMatch(doc, GENERIC.composer, (el) => isEditable(el) && isVisible(el));
  }

  function outermostEditable(el) {
    let top = el;
    for (let p = el.parentElement; p; p = p.parentElement) if (p.isContentEditable || p.getAttribute('contenteditable') === 'true') top = p;
    return top;
  }

  /**
   * The send button for a composer: the adapter's selectors first (page-wide), else the
   * generic ones searched from the composer outwards (nearest form or container first).
   */
  function findSendButton(doc, adapter, composer) {
    const own = firstMatch(doc, adapter.send || [], isVisible);
    if (own) return own;
    for (let scope = composer && composer.parentElement; scope; scope = scope.parentElement) {
      const found = firstMatch(scope, GENERIC.send, isVisible);
      if (found) return found;
      if (scope === doc.body) break;
    }
    return null;
  }

  /** Whether a click target is (inside) the send button of this composer. */
  function isSendControl(target, doc, adapter, composer) {
    if (!target || !target.closest) return false;
    const button = findSendButton(doc, adapter, composer);
    if (button && (button === target || button.contains(target))) return true;
    const sels = (adapter.send || []).concat(GENERIC.send.slice(1));
    return sels.some((s) => {
      try {
        const hit = target.closest(s);
        return !!hit && (!composer || !hit.contains(composer));
      } catch {
        return false;
      }
    });
  }

  /** Answer containers (may be empty: the caller then falls back to the whole page). */
  function findAnswers(doc, adapter) {
    const out = [];
    for (const selector of adapter.answers || []) {
      try {
        for (const el of doc.querySelectorAll(selector)) if (!out.some((o) => o.contains(el))) out.push(el);
      } catch {
        /* ignore bad selector */
      }
    }
    return out;
  }

  ns.sites = {
    SITES, GENERIC, PRACTICE, normalizeOrigin, siteForUrl, byId, isEditable, isVisible,
    findComposer, findSendButton, isSendControl, findAnswers,
  };
})(globalThis);
