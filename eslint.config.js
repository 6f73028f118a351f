import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LAYERS, PACKAGE_OWNERS } from './scripts/layers.mjs';

/** no-restricted-imports for one part of src/: every part and package it may not import. */
function layerRule(part) {
  const allowed = new Set([part, ...LAYERS[part]]);
  // src/index.ts is left to test/architecture.test.ts: `../index.js` names it from one folder deep
  // and a folder's own index from two deep, which a pattern cannot tell apart.
  const patterns = Object.keys(LAYERS)
    .filter((other) => !allowed.has(other) && other !== 'index.ts')
    .map((other) => ({
      regex: other.endsWith('.ts') ? `(^|/)${other.replace(/\.ts$/, '')}\\.js$` : `^(\\.\\./)+${other}/`,
      message: `src/${part} may not import src/${other}: imports point down the layers (scripts/layers.mjs, the README's design section).`,
    }));
  const paths = Object.entries(PACKAGE_OWNERS)
    .filter(([, owner]) => owner !== part)
    .map(([name, owner]) => ({ name, message: `only src/${owner} imports ${name}.` }));
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

const layers = Object.keys(LAYERS).map((part) => ({
  files: part.endsWith('.ts') ? [`src/${part}`] : [`src/${part}/**/*.ts`],
  rules: layerRule(part),
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'coverage/', '**/*.generated.ts', 'test/**/__snapshots__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', structuredClone: 'readonly', performance: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly', fetch: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Only the CLI and scripts may print; the core emits events instead.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/simulator/cli.ts'],
    rules: { 'no-console': 'error' },
  },
  ...layers,
);
