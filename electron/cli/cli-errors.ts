/** The program name in every message, so a line in a script's log says who wrote it. */
export const PROGRAM = 'cto-portfolio';

/** Wrong usage (unknown command or option, a missing value): exit code 2 and a pointer to help. */
export class UsageError extends Error {
  /** The command whose help explains the right usage; null for the program's own help. */
  readonly command: string | null;
  constructor(message: string, command: string | null = null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

export const EXIT = { ok: 0, userError: 1, usage: 2 } as const;

/** Messages go to a terminal as exactly one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function quotedName(message: string): string | null {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? null;
}

/**
 * node:util parseArgs throws TypeErrors with long multi-sentence messages; turn them into one
 * short sentence. Anything else is returned unchanged.
 */
export function fromParseArgsError(error: unknown, command: string | null): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return error;
  const message = error instanceof Error ? error.message : '';
  const option = quotedName(message);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Unknown option ${option ?? ''}.`.replace(' .', '.'), command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        /does not take an argument/.test(message)
          ? `Option ${option} does not take a value.`
          : `Option ${option} needs a value.`,
        command,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const argument = /'([^']*)'/.exec(message)?.[1];
      return new UsageError(`Unexpected argument "${argument ?? ''}".`, command);
    }
    default:
      return new UsageError(oneLine(message), command);
  }
}
