// SPDX-License-Identifier: MPL-2.0
// Background entry point (Chrome service worker / Firefox event page, one file for both).
// Wires the platform, the host client, the settings and the message router, then lets
// each feature register its handlers. To add a feature (e.g. the answers features of
// issue 4: background/answers.js registering 'answers.*' and 'sources.*'), import it and
// append it to FEATURES.

import '../shared/platform.js';
import '../shared/i18n.js';
import '../shared/categories.js';
import '../shared/settings.js';
import '../shared/sites.js';
import '../shared/lock.js';
import { HostClient } from './native-port.js';
import { createRouter } from './router.js';
import { createSettingsStore } from './settings-store.js';
import { createLocales } from './locales.js';
import { registerProtection } from './protection.js';
import { registerAnswers } from './answers.js';
import { createCodeLock, registerCodeLock } from './code-lock.js';

const FEATURES = [registerProtection, registerAnswers, registerCodeLock];

const { platform } = globalThis.GardeFou;
const router = createRouter();
const settingsStore = createSettingsStore(platform.storage);
// The policy's custom detectors go to the host with `configure` on every (re)connection...
const host = new HostClient((name) => platform.connectNative(name), {
  customDetectors: async () => (await settingsStore.get()).values.customDetectors,
});
// ...and to a running host as soon as the policy changes (the store drops its cache first:
// it registered its own listener before this one).
platform.storage.onChanged((changes, area) => {
  if (area === 'managed') host.reconfigure().catch(() => {});
});
const deps = {
  platform,
  host,
  settingsStore,
  locales: createLocales(platform),
  codeLock: createCodeLock({ storage: platform.storage, settingsStore }),
};
for (const register of FEATURES) register(router, deps);

// Registered synchronously at start-up so a waking worker never misses a message.
platform.onMessage((message, sender) => router.handle(message, sender));

// First install by a person: open the practice page so they see it work right away.
// Not when an administrator deploys it (a policy is present): no surprise tabs at work.
platform.onInstalled(async (reason) => {
  if (reason !== 'install') return;
  const managed = await platform.storage.getManaged();
  if (Object.keys(managed).length === 0) await platform.tabs.create(platform.extensionUrl('practice/practice.html?welcome=1'));
});
