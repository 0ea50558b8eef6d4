import type { ReactNode } from 'react';
import type { PassageAnchor } from '@shared/review/review-layer';
import { reviewLayerStrings } from './strings';

export interface PassageQuoteProps {
  anchor: PassageAnchor;
  /** True when the quote is no longer in the reflection's current text. */
  earlier: boolean;
  children?: ReactNode;
}

const text = reviewLayerStrings.threads;

/** The passage a comment is about, and a note when the reflection no longer has it. */
export function PassageQuote({ anchor, earlier, children }: PassageQuoteProps) {
  return (
    <figure className="review-passage">
      <figcaption>{text.passage}</figcaption>
      <blockquote>{anchor.quote}</blockquote>
      {earlier ? <p className="review-earlier">{text.earlierVersion}</p> : null}
      {children}
    </figure>
  );
}
