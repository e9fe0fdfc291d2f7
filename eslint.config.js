import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'build', 'node_modules', 'test-results', 'playwright-report', 'docs', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Core is pure: it runs in the page, a Web Worker, the CLI and tests alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/core is pure: no React.' },
            { name: 'react-dom', message: 'src/core is pure: no React.' },
            ...['fs', 'path', 'os', 'child_process', 'vm', 'crypto', 'url', 'util', 'stream', 'process', 'buffer'].map((name) => ({
              name,
              message: 'src/core is pure: no Node modules (it runs in the page and a Web Worker too).',
            })),
          ],
          patterns: [
            { group: ['**/ui/**', '**/cli/**'], message: 'src/core must not import the UI or the CLI.' },
            { group: ['node:*'], message: 'src/core is pure: no Node modules (it runs in the page and a Web Worker too).' },
          ],
        },
      ],
    },
  },
  {
    // Tests in core, and their helpers in core/testing, may use Node (fixtures, generated docs, node:vm).
    files: ['src/core/**/*.test.ts', 'src/core/testing/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
);
