import { diffWords, type ChangeObject } from 'diff';
import { countWords } from '@shared/rich-text/plain-text';

export interface TextDiff {
  parts: ChangeObject<string>[];
  added: number;
  removed: number;
}

/**
 * Above this, a word diff could take long enough to stall the page: jsdiff gives up and the page
 * says so instead. Real reflections stay far below.
 */
const MAX_EDIT_LENGTH = 5_000;

/** What changed, word by word, from `before` to `after` (plain texts); null when too much did. */
export function textDiff(before: string, after: string): TextDiff | null {
  const parts = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) return null;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.added) added += countWords(part.value);
    else if (part.removed) removed += countWords(part.value);
  }
  return { parts, added, removed };
}
