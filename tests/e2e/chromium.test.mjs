// SPDX-License-Identifier: MPL-2.0
// End-to-end in Debian's Chromium (headless), real host. See lib/scenarios.mjs.
import { protectionSuite } from './lib/scenarios.mjs';

protectionSuite('chromium');
