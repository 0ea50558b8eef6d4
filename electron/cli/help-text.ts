import { PROGRAM } from './cli-errors';
import type { Command } from './command';

export function programHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'The CTO Mentor Portfolio from the command line, over the same data as the desktop app.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}Show help for a command: ${PROGRAM} help <command>`,
    '',
    'Options:',
    '  -h, --help     Show this help',
    '  -v, --version  Show the version',
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
    ...command.options.map((line) => `  ${line}`),
    '  -h, --help    Show this help',
    '',
  ].join('\n');
}
