import type { HighlightedText as Highlighted } from '@shared/search/search-result';

export interface HighlightedTextProps {
  value: Highlighted;
}

/** Splits text into plain runs and <mark>ed matches; overlapping or stray ranges are ignored. */
export function splitByMatches(value: Highlighted): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  const ranges = [...value.matches].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of ranges) {
    if (start < at || end <= start || end > value.text.length) continue;
    if (start > at) parts.push({ text: value.text.slice(at, start), match: false });
    parts.push({ text: value.text.slice(start, end), match: true });
    at = end;
  }
  if (at < value.text.length) parts.push({ text: value.text.slice(at), match: false });
  return parts;
}

/** Search text with its matches marked, so they stand out to sight and to screen readers. */
export function HighlightedText({ value }: HighlightedTextProps) {
  return (
    <>
      {splitByMatches(value).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
