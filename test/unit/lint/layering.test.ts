import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering of docs/architecture.md lives in eslint.config.js. These cases lint one import
 * line as if it were in a real file of each layer (the files exist, so the config applies as it
 * does in `npm run lint`) and check that the wrong way fails with the teaching message and the
 * right way passes. Only no-restricted-imports is looked at: an unused import is not the point.
 */
const root = path.resolve(import.meta.dirname, '../../..');

interface Case {
  /** A real file of the layer, relative to the repository. */
  file: string;
  from: string;
}

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function layeringMessages({ file, from }: Case): Promise<string[]> {
  const code = `import * as imported from '${from}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const wrongWay: ReadonlyArray<Case & { teaches: string }> = [
  {
    file: 'electron/main/ipc.ts',
    from: '../host/serve-app',
    teaches: 'electron/main is the Electron main process',
  },
  {
    file: 'electron/main/ipc.ts',
    from: '../cli/run-cli',
    teaches: 'never another shell (host, cli, launch)',
  },
  {
    file: 'electron/host/api-route.ts',
    from: '../main/security',
    teaches: 'electron/host is the browser host',
  },
  {
    file: 'electron/host/api-route.ts',
    from: 'electron',
    teaches: 'only electron/main runs inside Electron',
  },
  {
    file: 'electron/cli/run-cli.ts',
    from: '../host/serve-app',
    teaches: 'electron/cli is the command line',
  },
  {
    file: 'electron/cli/commands/import-command.ts',
    from: '../../main/ipc',
    teaches: 'electron/cli is the command line',
  },
  {
    file: 'electron/launch/start.ts',
    from: '../main/security',
    teaches: 'electron/launch decides which shell to start',
  },
  {
    file: 'electron/cli/commands/import-command.ts',
    from: '../../core/workspace',
    teaches: 'only through its face, electron/core/index.ts',
  },
  {
    file: 'electron/host/api-route.ts',
    from: '../core/dispatch',
    teaches: 'only through its face, electron/core/index.ts',
  },
  {
    file: 'electron/core/app-core.ts',
    from: '../host/serve-app',
    teaches: 'electron/core is tested under plain Node and serves every shell',
  },
  {
    file: 'electron/core/handlers/bundle-handlers.ts',
    from: '../../shell-common/app-origin',
    teaches: 'never a shell (main, host, cli, launch, shell-common)',
  },
  {
    file: 'electron/core/app-core.ts',
    from: 'electron',
    teaches: "electron/core is tested under plain Node: it may never import 'electron'",
  },
  {
    file: 'electron/shell-common/app-origin.ts',
    from: '../main/security',
    teaches: 'electron/shell-common holds what main and host both need',
  },
  { file: 'shared/contract/contract.ts', from: 'node:path', teaches: 'shared/ is pure TypeScript' },
  { file: 'shared/contract/contract.ts', from: 'react', teaches: 'shared/ is pure TypeScript' },
];

const rightWay: readonly Case[] = [
  { file: 'electron/main/ipc.ts', from: '../core' },
  { file: 'electron/main/ipc.ts', from: '../shell-common/app-origin' },
  { file: 'electron/main/ipc.ts', from: 'electron' },
  { file: 'electron/host/api-route.ts', from: '../shell-common/content-security-policy' },
  { file: 'electron/cli/commands/import-command.ts', from: '../../core' },
  // The CLI's own entry is cli/main.ts: `../main` from commands/ is the CLI, not the Electron shell.
  { file: 'electron/cli/commands/import-command.ts', from: '../main' },
  { file: 'electron/launch/start.ts', from: '../host/serve-app' },
  { file: 'electron/core/handlers/bundle-handlers.ts', from: '../bundle/export/bundle-exports' },
  { file: 'shared/contract/contract.ts', from: 'zod' },
];

describe('layering lint', () => {
  it.each(wrongWay)('refuses $from in $file and says why', async (entry) => {
    const messages = await layeringMessages(entry);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(entry.teaches);
  });

  it.each(rightWay)('allows $from in $file', async (entry) => {
    expect(await layeringMessages(entry)).toEqual([]);
  });
});
