// SPDX-License-Identifier: MPL-2.0
// The family code lock end to end in Debian's Firefox ESR (headless), real host. See lib/lock-scenarios.mjs.
import { lockSuite } from './lib/lock-scenarios.mjs';

lockSuite('firefox');
