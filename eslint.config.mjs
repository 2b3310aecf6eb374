// SPDX-License-Identifier: MPL-2.0
// ESLint for the extension and its tests (the C++ host has its own tooling).
import js from '@eslint/js';
import globals from 'globals';

const webext = { chrome: 'readonly', browser: 'readonly' };

export default [
  { ignores: ['node_modules/**', 'build/**', 'build-*/**', 'tests/e2e/artifacts/**', 'native-host/**', 'tests/corpus/**', 'tests/host/**'] },
  js.configs.recommended,
  {
    // Classic scripts shared by content scripts, pages and the background (universal).
    files: ['extension/shared/**/*.js', 'extension/content/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 2022, globals: { ...globals.browser, ...webext } },
  },
  {
    files: ['extension/background/**/*.js', 'extension/popup/**/*.js', 'extension/options/**/*.js',
      'extension/practice/**/*.js', 'extension/pages/**/*.js'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2022, globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    // Only shared/platform.js may touch chrome/browser: everywhere else they are errors.
    files: ['extension/**/*.js'],
    ignores: ['extension/shared/platform.js'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'chrome', message: 'Use GardeFou.platform (extension/shared/platform.js).' },
        { name: 'browser', message: 'Use GardeFou.platform (extension/shared/platform.js).' }],
    },
  },
  {
    files: ['tests/**/*.{js,mjs}', 'eslint.config.mjs'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2022, globals: { ...globals.node } },
  },
  {
    // e2e code passes callbacks to page.evaluate: they run in the page.
    files: ['tests/e2e/**/*.{js,mjs}'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
];
