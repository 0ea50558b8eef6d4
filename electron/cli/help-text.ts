import { PROGRAM } from './cli-errors';
import type { Command, OptionHelp } from './command';

/** Two columns, the second starting where the longest first column ends, plus two spaces. */
export function alignedColumns(rows: readonly OptionHelp[]): string[] {
  const width = Math.max(...rows.map(([first]) => first.length)) + 2;
  return rows.map(([first, second]) => `  ${first.padEnd(width)}${second}`);
}

export function programHelp(commands: readonly Command[]): string {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'The CTO Mentor Portfolio from the command line, over the same data as the desktop app.',
    '',
    'Commands:',
    ...alignedColumns([
      ...commands.map((c): OptionHelp => [c.name, c.summary]),
      ['help', `Show help for a command: ${PROGRAM} help <command>`],
    ]),
    '',
    'Options:',
    ...alignedColumns([
      ['-h, --help', 'Show this help'],
      ['-v, --version', 'Show the version'],
    ]),
    '',
    'The data folder is --data DIR, else $CTO_PORTFOLIO_DATA, else the desktop app’s own folder.',
    'Exit codes: 0 success, 1 a problem to fix (the message says what), 2 wrong usage.',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return [
    `Usage: ${PROGRAM} ${command.usage}`,
    '',
    `${command.summary}.`,
    '',
    'Options:',
    ...alignedColumns([...command.options, ['-h, --help', 'Show this help']]),
    '',
  ].join('\n');
}
