import type { OptionHelp } from './command';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fromParseArgsError } from './cli-errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The `--data DIR` option every command shares. */
export const DATA_OPTION = { data: { type: 'string' } } as const satisfies Options;
export const DATA_OPTION_HELP: OptionHelp = [
  '--data DIR',
  'The data folder (default: $CTO_PORTFOLIO_DATA, else the desktop app’s folder)',
];

/** Strict parsing: unknown options, missing values and stray arguments are usage errors. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw fromParseArgsError(error, command);
  }
}

/** The same, for commands that take files after their options: the files are the positionals. */
export function parseCommandArgsAndFiles<O extends Options>(
  command: string,
  args: string[],
  options: O,
) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values, files: positionals };
  } catch (error) {
    throw fromParseArgsError(error, command);
  }
}
