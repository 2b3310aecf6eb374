// SPDX-License-Identifier: MPL-2.0
// Message router of the background: content scripts and extension pages send
// {type: '<area>.<verb>', ...}; each feature module registers its handlers here.
// The protection (issue 3) registers 'page.*', 'protect.*', 'host.*', 'settings.*';
// the answers features (issue 4) will register 'answers.*' and 'sources.*' the same way,
// without touching this file.

export function createRouter() {
  const handlers = new Map();
  return {
    /** handler(message, sender) → answer (or a promise of it). */
    on(type, handler) {
      if (handlers.has(type)) throw new Error(`handler already registered for ${type}`);
      handlers.set(type, handler);
    },
    types: () => [...handlers.keys()],
    async handle(message, sender) {
      if (!message || typeof message.type !== 'string') {
        return { ok: false, error: { code: 'bad_request', message: 'message without type' } };
      }
      const handler = handlers.get(message.type);
      if (!handler) return { ok: false, error: { code: 'unknown_type', message: message.type } };
      try {
        return await handler(message, sender || {});
      } catch (e) {
        return { ok: false, error: { code: e.code || 'internal', message: String(e && e.message), state: e.state } };
      }
    },
  };
}
