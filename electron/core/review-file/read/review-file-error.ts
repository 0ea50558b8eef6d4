import { BundleError, type BundleProblem } from '../../bundle/bundle-error';

/** A review file refused by the review file's own checks: its sentence already says so. */
export class ReviewFileError extends BundleError {
  constructor(problem: BundleProblem, message: string, options?: { cause?: unknown }) {
    super(problem, message, options);
    this.name = 'ReviewFileError';
  }
}
