// ESLint (flat config): typescript-eslint's type-checked rules over src/, test/ and bench/.
// Formatting is Prettier's job (.prettierrc); no rule here is about layout.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'var/', 'bench/.build/', 'bench/results/', 'desk-assets/']),
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // One program for everything: tsconfig.json includes src, test, bench and vitest.config.ts
        // (the project service would also load bench/tsconfig.json and check src/ twice).
        project: './tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        // A leading underscore marks a parameter a signature needs but the body does not use.
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // One engine, thin adapters: Discord, the terminal and the desk reach the database through src/app and
    // src/admin (its types may be named), so a storage change never reaches into an adapter.
    files: ['src/bot/**/*.ts', 'src/cli/**/*.ts', 'src/desk/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/storage/*'], allowTypeImports: true, message: 'Adapters use src/app or src/admin, not storage.' }] },
      ],
    },
  },
  {
    // The question-answering core and the knowledge-base model know nothing of storage, Discord or the terminal.
    files: ['src/engine/**/*.ts', 'src/kb/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['discord.js', 'better-sqlite3', 'i18next'],
          patterns: [
            {
              group: ['**/storage/*', '**/app/*', '**/admin/*', '**/bot/*', '**/cli/*', '**/desk/*', '**/ops/*'],
              message: 'The engine depends on nothing outside it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest types its asymmetric matchers (expect.any, expect.stringMatching …) as `any`, so every
      // toMatchObject({ id: expect.any(Number) }) would count as an unsafe assignment. An `any` that is
      // then used is still caught by no-unsafe-member-access, -call, -argument and -return.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // This file itself: plain JavaScript, outside the TypeScript program.
    files: ['eslint.config.js'],
    extends: [js.configs.recommended],
  },
);
