import { UserError } from '../errors';

/**
 * Why a bundle was refused, as a stable word scripts and tests can rely on (`verify --json`).
 * The app-wide `code` stays `invalid-input` (or `disk-full`), so IPC and HTTP carry it unchanged.
 */
export type BundleProblem =
  | 'not-a-zip'
  | 'truncated'
  | 'corrupt-zip'
  | 'too-many-entries'
  | 'too-large'
  /** More records of a kind than the caps allow (shared/bundle/bundle-data-limits.ts). */
  | 'too-many-records'
  /** A JSON file bigger, or holding more values or nesting, than the caps allow. */
  | 'too-much-data'
  | 'zip-bomb'
  | 'unsafe-path'
  | 'symlink'
  | 'duplicate-name'
  | 'missing-file'
  | 'unlisted-file'
  | 'hash-mismatch'
  | 'size-mismatch'
  | 'newer-format'
  | 'invalid-data'
  | 'cancelled';

/** A bundle refused for one reason, said in one sentence. */
export class BundleError extends UserError {
  readonly problem: BundleProblem;
  constructor(problem: BundleProblem, message: string, options?: { cause?: unknown }) {
    super(problem === 'too-large' ? 'disk-full' : 'invalid-input', message, options);
    this.name = 'BundleError';
    this.problem = problem;
  }
}
