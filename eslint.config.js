// Lint rules that encode how we write Tafel. The layering itself is checked by
// dependency-cruiser (npm run boundaries); here: strict TypeScript habits, React hooks and
// a few restricted imports that keep each area honest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/boundary-violation/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the machine only through HostApi.' },
            { name: 'zustand', message: 'Import the store from renderer/store instead.' },
          ],
          patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser too: no Node modules.' }],
        },
      ],
    },
  },
  {
    // The store module is the one place allowed to build zustand stores.
    files: ['renderer/store/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ runs in every process: no Electron.' }],
          patterns: [{ group: ['node:*'], message: 'shared/ runs in every process: use a port from shared/platform.' }],
        },
      ],
    },
  },
  {
    files: ['main/**/*.{ts,cts}', 'server/**/*.ts', 'scripts/**/*.{js,mjs}', 'tests/**/*.ts', '*.config.{js,ts,cjs}', '.dependency-cruiser.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.mjs', 'tests/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    // Command-line tools and tests print to the console on purpose.
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
