import { importFileKindByName, REVIEW_FILE_EXTENSION } from '@shared/review/review-file-schema';

/** The extension of a portfolio bundle; what the file input offers and the window drop accepts. */
export const BUNDLE_EXTENSION = '.ctoportfolio';

/** What the Import button's file dialog offers: bundles and the review files reviewers send. */
export const IMPORT_ACCEPT = `${BUNDLE_EXTENSION},${REVIEW_FILE_EXTENSION}`;

export const isBundleFileName = (name: string): boolean =>
  name.toLowerCase().endsWith(BUNDLE_EXTENSION);

export const isReviewFileName = (name: string): boolean => importFileKindByName(name) === 'review';

/** A file the window's drop imports: a bundle or a review file. */
export const isImportFileName = (name: string): boolean =>
  isBundleFileName(name) || isReviewFileName(name);
