import type { Paragraph } from '@shared/rich-text/paragraphs';
import type { PassageAnchor } from '@shared/review/review-layer';

/** How much context either side of a quote an anchor keeps. */
export const PASSAGE_CONTEXT = 40;
const MAX_QUOTE = 2_000;

/**
 * The passage `selected` (as the browser gives a selection's text: blank lines between blocks)
 * in the reflection's plain text (one line per block). Where the words occur more than once, the
 * occurrence nearest `offsetGuess` (characters of text before the selection) is taken.
 */
export function passageIn(
  plain: string,
  selected: string,
  offsetGuess: number,
): PassageAnchor | null {
  const quote = selected.replace(/\s*\n\s*/g, '\n').trim();
  if (quote === '' || quote.length > MAX_QUOTE) return null;
  let best = -1;
  let bestDistance = Infinity;
  for (let at = plain.indexOf(quote); at !== -1; at = plain.indexOf(quote, at + 1)) {
    // The DOM's text has no line breaks between blocks; the plain text has one per block.
    const domOffset = at - (plain.slice(0, at).match(/\n/g)?.length ?? 0);
    const distance = Math.abs(domOffset - offsetGuess);
    if (distance < bestDistance) [best, bestDistance] = [at, distance];
  }
  if (best === -1) return null;
  return {
    quote,
    prefix: plain.slice(Math.max(0, best - PASSAGE_CONTEXT), best),
    suffix: plain.slice(best + quote.length, best + quote.length + PASSAGE_CONTEXT),
  };
}

/**
 * A whole paragraph of the reflection as a passage (chosen from a list, without a mouse): its
 * text, cut to the longest quote an anchor keeps, with the plain text either side as context.
 */
export function paragraphPassage(plain: string, { text, start }: Paragraph): PassageAnchor {
  const quote = text.slice(0, MAX_QUOTE).trimEnd();
  return {
    quote,
    prefix: plain.slice(Math.max(0, start - PASSAGE_CONTEXT), start),
    suffix: plain.slice(start + quote.length, start + quote.length + PASSAGE_CONTEXT),
  };
}

/** The current selection, when it lies inside `root` (the shown reflection text). */
export function selectedPassageIn(root: HTMLElement | null, plain: string): PassageAnchor | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  return passageIn(plain, selection.toString(), before.toString().length);
}
