/** The extension of a portfolio bundle; what the file input offers and the window drop accepts. */
export const BUNDLE_EXTENSION = '.ctoportfolio';

export const isBundleFileName = (name: string): boolean =>
  name.toLowerCase().endsWith(BUNDLE_EXTENSION);
