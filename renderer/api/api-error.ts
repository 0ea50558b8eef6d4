import type { ErrorCode } from '@shared/contract/errors';

/** A failed call, as one sentence for people: what went wrong and what to do. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}
