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

/**
 * electron/ is one folder per layer: the core, and the shells over it (main, host, cli, launch)
 * with shell-common below them. Which sibling a relative import reaches depends on how far up it
 * climbs, so each folder's rules are written once per nesting depth: from electron/cli/commands/
 * (depth 2) `../../host/x` is the host, while `../main` is the CLI's own main.ts.
 */
const SHELLS = ['main', 'host', 'cli', 'launch'];
const MAX_DEPTH = 6;

const CORE_FACE =
  'Shells import the core only through its face, electron/core/index.ts (import from "…/core"): it lists what a shell may use, so the core can change behind it. Export what you need there.';
const NOT_IN_ELECTRON =
  "runs under plain Node: only electron/main runs inside Electron and may import 'electron'.";
const NOT_RENDERER =
  'renderer/ is the sandboxed page: Node-side code reaches it only through the contract (shared/contract), never by import.';

/** What each folder of electron/ may import; `refuse` lists the siblings it must not reach. */
const ELECTRON_LAYERS = {
  core: {
    refuse: [...SHELLS, 'shell-common'],
    message:
      "electron/core is tested under plain Node and serves every shell: it may import shared/ and Node, never a shell (main, host, cli, launch, shell-common), 'electron' or renderer/. Pass platform effects in as parameters.",
    electron:
      "electron/core is tested under plain Node: it may never import 'electron'. Pass platform effects in as parameters from electron/main.",
  },
  main: {
    refuse: ['host', 'cli', 'launch'],
    message:
      'electron/main is the Electron main process: it may import the core (its index), electron/shell-common, shared/, Node and Electron, never another shell (host, cli, launch). What two shells share belongs in electron/shell-common.',
  },
  host: {
    refuse: ['main', 'cli', 'launch'],
    message:
      'electron/host is the browser host: it may import the core (its index), electron/shell-common, shared/ and Node, never another shell (main, cli, launch). What it shares with electron/main belongs in electron/shell-common.',
    electron: `electron/host ${NOT_IN_ELECTRON}`,
  },
  cli: {
    refuse: ['main', 'host', 'launch'],
    message:
      'electron/cli is the command line: it may import the core (its index: it builds its core with openCore like the app), electron/shell-common, shared/ and Node, never another shell (main, host, launch).',
    electron: `electron/cli ${NOT_IN_ELECTRON}`,
  },
  launch: {
    refuse: ['main', 'cli'],
    message:
      'electron/launch decides which shell to start: it may import electron/host (to serve the app in the browser when Electron is missing), the core (its index), electron/shell-common, shared/ and Node, never electron/main (Electron loads the built main.js itself) or electron/cli.',
    electron: `electron/launch ${NOT_IN_ELECTRON}`,
  },
  'shell-common': {
    refuse: [...SHELLS, 'core'],
    message:
      'electron/shell-common holds what main and host both need (origin, CSP, headers, content types): it may import shared/ and Node, never a shell (they import it) or the core.',
    electron: `electron/shell-common ${NOT_IN_ELECTRON}`,
  },
};

function electronLayerRules(folder, depth) {
  const { refuse, message, electron } = ELECTRON_LAYERS[folder];
  const up = `^(\\.\\./){${depth}}`;
  const patterns = [
    { regex: `${up}(${refuse.join('|')})(/|$)`, message },
    { group: ['**/renderer/**'], message: NOT_RENDERER },
  ];
  if (folder !== 'core' && folder !== 'shell-common') {
    patterns.push({ regex: `${up}core/`, message: CORE_FACE });
  }
  if (electron) patterns.push({ group: ['electron', 'electron/*'], message: electron });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

function electronLayers() {
  return Object.keys(ELECTRON_LAYERS).flatMap((folder) =>
    Array.from({ length: MAX_DEPTH }, (_, index) => ({
      files: [`electron/${folder}/${'*/'.repeat(index)}*.ts`],
      rules: electronLayerRules(folder, index + 1),
    })),
  );
}

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
    // Type-aware rules: a promise nobody awaits loses its error (an unhandled rejection, or a
    // save reported as done before it is), and an async function where a void callback is
    // expected does the same silently. Every TypeScript file is checked with its layer's types.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Size limits of the "Done when", counted as `wc -l` counts (comments and blank lines
    // included) so the rule and the criterion agree; a file or function past them has more than one job.
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    // JSX layouts that read top to bottom, one field after another: splitting them would make
    // the form harder to read, not easier. Name each one here; logic in them still counts.
    files: [
      'renderer/features/assignments/AssignmentForm.tsx', // AssignmentForm: eight fields in page order
    ],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // Sample data is a long literal, not logic: splitting it would only scatter one story.
    files: ['electron/core/sample/**/*.ts'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // A test file's describe(...) callback is a list of cases, not a function with one job; the
    // cases are already split into it(...). The file itself keeps the 400-line limit.
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { 'max-lines-per-function': 'off' },
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
  ...electronLayers(),
);
