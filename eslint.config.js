// Lint is where the layering rules of docs/architecture.md live: a wrong import fails `npm test`
// with a message that names the allowed layers.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'stream/*',
  'zlib',
  'util',
  'events',
  'worker_threads',
];

const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      'shared/ is pure TypeScript (no Electron, Node or React): it may import only shared/ and pure libraries such as zod. Move platform code to electron/core or renderer/.',
      [
        'electron',
        'electron/*',
        'react',
        'react-dom',
        'react/*',
        'react-dom/*',
        ...nodeBuiltins,
        '**/electron/**',
        '**/renderer/**',
      ],
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      ...layer(
        'renderer/ runs in a sandboxed page: it may import shared/ (as @shared/...) and browser libraries, never Electron, Node or electron/. Reach the core through renderer/api.',
        ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'],
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: layer(
      "electron/core is tested under plain Node: it may import shared/ and Node, never 'electron', renderer/ or the shell (main, preload, ipc, host, cli). Pass platform effects in as parameters.",
      [
        'electron',
        'electron/*',
        '**/renderer/**',
        '**/main',
        '**/preload',
        '**/ipc',
        '**/host/**',
        '**/cli',
      ],
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/**'],
    rules: layer('electron/ shell code may import electron/core and shared/, never renderer/.', [
      '**/renderer/**',
    ]),
  },
);
