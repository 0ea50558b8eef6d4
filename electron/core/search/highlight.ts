import type { HighlightedText } from '@shared/search/search-result';
import { wordSpans } from './search-text';

/** `text` with every word the search matched (as an index term) marked. */
export function highlight(text: string, matchedTerms: ReadonlySet<string>): HighlightedText {
  return {
    text,
    matches: wordSpans(text)
      .filter((w) => matchedTerms.has(w.term))
      .map((w): [number, number] => [w.start, w.end]),
  };
}

export const SNIPPET_LENGTH = 160;

/**
 * A window of about SNIPPET_LENGTH characters of `text` around its first matched word, on one
 * line, cut at spaces, with "…" where text was left out; null when no matched word is in it.
 */
export function snippetAround(
  text: string,
  matchedTerms: ReadonlySet<string>,
  length = SNIPPET_LENGTH,
): HighlightedText | null {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const first = wordSpans(flat).find((w) => matchedTerms.has(w.term));
  if (!first) return null;
  let start = Math.max(0, first.start - Math.floor(length / 3));
  let end = Math.min(flat.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space === -1 || space >= first.start ? start : space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space <= first.end ? end : space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const window = highlight(flat.slice(start, end), matchedTerms);
  return {
    text: `${prefix}${window.text}${suffix}`,
    matches: window.matches.map(([a, b]): [number, number] => [
      a + prefix.length,
      b + prefix.length,
    ]),
  };
}
