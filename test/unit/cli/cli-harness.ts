import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';

export const FIXED_NOW = new Date(2026, 10, 28, 12, 0); // 28 November 2026, local time

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the command line in-process, as a user in `cwd` with `env`, at a fixed time. */
export async function cli(
  argv: string[],
  { cwd, env = {} }: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let next = 0;
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd,
    clock: { now: () => new Date(FIXED_NOW) },
    newId: () => `cli-${++next}`,
    homedir: cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** Exactly one line, ending in a newline: what a script's log or a terminal shows. */
export function expectOneLine(text: string): void {
  if (!/^[^\n]+\n$/.test(text)) throw new Error(`Expected one line, got: ${JSON.stringify(text)}`);
}
