// SPDX-License-Identifier: MPL-2.0
// Answers features end-to-end in Debian's Firefox ESR (headless, WebDriver BiDi), real host. See lib/answers-scenarios.mjs.
import { answersSuite } from './lib/answers-scenarios.mjs';

answersSuite('firefox');
