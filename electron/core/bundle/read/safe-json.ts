import { BundleError } from '../bundle-error';

/**
 * Keys that mean something to JavaScript objects. JSON.parse makes `__proto__` an own property,
 * harmless by itself, but a later spread or merge could turn it into a prototype change; refusing
 * these keys in bundle files (which never need them) rules that out at the border.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parse a bundle's JSON file; `what` names it in the sentence, e.g. "manifest.json". */
export function parseBundleJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      throw new BundleError(
        'invalid-data',
        `The bundle's ${what} holds a field named "${error.key}", which this app never writes: it was refused and nothing was imported.`,
      );
    }
    throw new BundleError(
      'invalid-data',
      `The bundle's ${what} is not valid JSON: the bundle is damaged, so nothing was imported.`,
      { cause: error },
    );
  }
}

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}
