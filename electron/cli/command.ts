import type { CliIo } from './cli-io';

/** One option in a command's help: how it is written, and what it does. */
export type OptionHelp = readonly [flag: string, text: string];

/** One `cto-portfolio <name>` command: its help text and what it does with its own arguments. */
export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** "init [--data DIR] [--sample]" */
  usage: string;
  /** Options for `cto-portfolio help <name>`, e.g. [["--sample", "Fill it with ..."]]. */
  options: readonly OptionHelp[];
  /** Returns the exit code; throws UsageError, UserError, or (a bug) anything else. */
  run(args: string[], io: CliIo): Promise<number>;
}
