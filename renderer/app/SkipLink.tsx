import { shellStrings } from './strings';

export interface SkipLinkProps {
  targetId: string;
}

/**
 * The first stop of the Tab key. It moves focus itself: with hash routing a plain "#main" link
 * would be read as a route.
 */
export function SkipLink({ targetId }: SkipLinkProps) {
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {shellStrings.skipLink}
    </a>
  );
}
