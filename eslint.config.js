import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { forbiddenImports } from './client/layers.js';

// ── Client layering (client/src): see client/layers.js and ARCHITECTURE.md ──────────────────
// A file N folders deep reaches another top-level folder of client/src as `../` N times; the
// pattern names exactly those, so a folder's own subfolders are never mistaken for them. The
// folders' own order within a layer is kept by the import-cycle test (client/src/layering.test.ts).
const CLIENT_MAX_DEPTH = 4;
const clientLayering = [...forbiddenImports()].flatMap(([folder, forbidden]) =>
  Array.from({ length: CLIENT_MAX_DEPTH }, (_, i) => ({
    files: [`client/src/${folder}/${'*/'.repeat(i)}*.{ts,tsx}`],
    // A test may build its fixtures from higher layers (the board's real shapes, say).
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./){${i + 1}}(${forbidden.join('|')})(/|$)`,
              message: `client/src/${folder} may not import this layer or feature (client/layers.js).`,
            },
          ],
        },
      ],
    },
  })),
);
// ── end of the client layering ───────────────────────────────────────────────────────────────

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // WCAG 2.1 AA starts in the markup: labels, roles, names, keyboard handlers (issue 14).
  { files: ['client/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['client/**/*.tsx'],
    rules: {
      // Focus moves on purpose only: into a modal dialog's first field (the WAI-ARIA dialog pattern) and into a card's field when its editing starts.
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  ...clientLayering,
);
