import { diffWords, type ChangeObject } from 'diff';
import { countWords } from '@shared/rich-text/plain-text';

export interface TextDiff {
  parts: ChangeObject<string>[];
  added: number;
  removed: number;
}

/**
 * Beyond these, a word diff could stall the page: jsdiff gives up and the page says so instead.
 * Real revisions of a reflection stay far below either.
 */
const MAX_EDIT_LENGTH = 5_000;
const TIMEOUT_MS = 250;

/** What changed, word by word, from `before` to `after` (plain texts); null when too much did. */
export function textDiff(before: string, after: string): TextDiff | null {
  const parts = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH, timeout: TIMEOUT_MS });
  if (!parts) return null;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.added) added += countWords(part.value);
    else if (part.removed) removed += countWords(part.value);
  }
  return { parts, added, removed };
}
