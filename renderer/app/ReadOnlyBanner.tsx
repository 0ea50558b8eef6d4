import { strings } from '../strings';

/** Always visible on a data folder that cannot be written, so a disabled button never puzzles. */
export function ReadOnlyBanner() {
  return (
    <aside className="read-only-banner" aria-label={strings.shell.readOnlyBannerLabel}>
      <p>{strings.shell.readOnlyBanner}</p>
    </aside>
  );
}
