import { BundleError } from '../../bundle/bundle-error';
import { ReviewFileError } from './review-file-error';

/**
 * The zip and JSON primitives the review file shares with bundles (electron/core/bundle/zip and
 * read) speak of "the bundle"; a refused review file is told as one. Only the nouns change: the
 * problem word and the rest of the sentence stay as the primitive said them.
 */
const REWORDINGS: readonly (readonly [RegExp, string])[] = [
  [/CTO Mentor Portfolio bundle/g, 'CTO Mentor Portfolio review file'],
  [/choose a \.ctoportfolio file/g, 'choose a .ctoreview file'],
  [/\bbundles\b/g, 'review files'],
  [/\bBundle\b/g, 'Review file'],
  [/\bbundle\b/g, 'review file'],
];

export function reviewFileWording(sentence: string): string {
  return REWORDINGS.reduce((text, [pattern, words]) => text.replace(pattern, words), sentence);
}

/** A BundleError from a shared primitive, told of the review file; anything else unchanged. */
export function asReviewFileError(error: unknown): unknown {
  if (!(error instanceof BundleError) || error instanceof ReviewFileError) return error;
  return new ReviewFileError(error.problem, reviewFileWording(error.message), { cause: error });
}
