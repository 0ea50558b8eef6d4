import { shellStrings } from './strings';

/** Always visible on a data folder that cannot be written, so a disabled button never puzzles. */
export function ReadOnlyBanner() {
  return (
    <aside className="read-only-banner" aria-label={shellStrings.readOnlyBannerLabel}>
      <p>{shellStrings.readOnlyBanner}</p>
    </aside>
  );
}
