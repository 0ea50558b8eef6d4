import { ZodError } from 'zod';
import { describeIssues, type AppErrorPayload, type ErrorCode } from '@shared/contract/errors';

/**
 * A problem the user can act on: bad input, a missing folder, a full disk. The message is one
 * sentence saying what was wrong and what to do. Anything else thrown is a bug.
 */
export class UserError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
    this.code = code;
  }
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : undefined;
}

/**
 * Translate file-system failures into sentences. `what` names the thing being done, e.g.
 * "save your portfolio" or "write the calendar file".
 */
export function userErrorFromFs(error: unknown, what: string, path: string): UserError | null {
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(
        'disk-full',
        `Could not ${what}: the disk is full. Free some space and try again.`,
        { cause: error },
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserError(
        'read-only',
        `Could not ${what}: ${path} is read-only or not yours. Choose a folder you can write to.`,
        { cause: error },
      );
    case 'ENOENT':
      return new UserError(
        'not-found',
        `Could not ${what}: ${path} does not exist. Check the path and try again.`,
        { cause: error },
      );
    case 'ENOTDIR':
      return new UserError(
        'invalid-input',
        `Could not ${what}: part of ${path} is a file, not a folder. Choose a folder.`,
        { cause: error },
      );
    case 'EISDIR':
      return new UserError(
        'invalid-input',
        `Could not ${what}: ${path} is a folder. Give a file name.`,
        { cause: error },
      );
    default:
      return null;
  }
}

/** What travels across IPC/HTTP: user errors as they are, bugs as one generic sentence. */
export function toErrorPayload(error: unknown): AppErrorPayload {
  if (error instanceof UserError) return { code: error.code, message: error.message };
  if (error instanceof ZodError) return { code: 'invalid-input', message: describeIssues(error) };
  return {
    code: 'internal',
    message:
      'Something went wrong inside the app; your data is unchanged. Please try again, and report it if it happens again.',
  };
}
