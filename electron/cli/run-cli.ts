import { UserError } from '../core';
import { EXIT, PROGRAM, UsageError, oneLine } from './cli-errors';
import type { CliIo } from './cli-io';
import type { Command } from './command';
import { addArtifactCommand } from './commands/add-artifact-command';
import { artifactsCommand } from './commands/artifacts-command';
import { exportCommand } from './commands/export-command';
import { calendarCommand, csvCommand } from './commands/export-commands';
import { importCommand } from './commands/import-command';
import { initCommand } from './commands/init-command';
import { reflectionsCommand } from './commands/reflections-command';
import { reviewCommand } from './commands/review-command';
import { searchCommand } from './commands/search-command';
import { statusCommand } from './commands/status-command';
import { verifyCommand } from './commands/verify-command';
import { cliAppVersion } from './data-folder';
import { commandHelp, programHelp } from './help-text';

export const COMMANDS: readonly Command[] = [
  initCommand,
  statusCommand,
  reflectionsCommand,
  searchCommand,
  calendarCommand,
  csvCommand,
  addArtifactCommand,
  artifactsCommand,
  exportCommand,
  verifyCommand,
  importCommand,
  reviewCommand,
];

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  return command;
}

const isHelpFlag = (arg: string) => arg === '--help' || arg === '-h';

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || isHelpFlag(first)) {
    io.stdout.write(programHelp(COMMANDS));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${cliAppVersion()}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    if (rest.length > 1) throw new UsageError('Give one command name after "help".');
    io.stdout.write(
      rest[0] === undefined ? programHelp(COMMANDS) : commandHelp(findCommand(rest[0])),
    );
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw new UsageError(`Unknown option ${first}; give a command first.`);
  const command = findCommand(first);
  if (rest.some(isHelpFlag)) {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  return command.run(rest, io);
}

/**
 * The whole command line as a function: arguments in, exit code out, text written to io. Every
 * failure ends as exactly one line on stderr: wrong usage (2), a problem the user can fix (1), or
 * a bug (1, worded as an internal error, no stack trace).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ? `${PROGRAM} help ${error.command}` : `${PROGRAM} --help`;
      io.stderr.write(`${PROGRAM}: ${oneLine(error.message)} Run \`${help}\` for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      io.stderr.write(`${PROGRAM}: ${oneLine(error.message)}\n`);
      return EXIT.userError;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `${PROGRAM}: internal error (a bug, not your mistake; please report it): ${oneLine(detail)}\n`,
    );
    return EXIT.userError;
  }
}
