// SPDX-License-Identifier: MPL-2.0
// Reads the user's settings (storage.local, key "settings") and the policy
// (storage.managed), merges them with shared/settings.js, and caches the result until
// either changes.

const { settings } = globalThis.GardeFou;

export function createSettingsStore(storage) {
  let cache = null;

  async function load() {
    const [local, managed] = await Promise.all([storage.getLocal('settings'), storage.getManaged()]);
    return settings.effectiveSettings((local && local.settings) || {}, managed || {});
  }

  storage.onChanged((changes, area) => {
    if (area === 'managed' || (area === 'local' && changes.settings)) cache = null;
  });

  return {
    async get() {
      if (!cache) cache = load();
      return cache;
    },
    /** Saves what the user may change; returns the keys actually saved. */
    async update(values) {
      const { locked } = await this.get();
      const accepted = settings.acceptUserUpdate(values, locked);
      const local = await storage.getLocal('settings');
      await storage.setLocal({ settings: { ...((local && local.settings) || {}), ...accepted } });
      cache = null;
      return Object.keys(accepted);
    },
  };
}
