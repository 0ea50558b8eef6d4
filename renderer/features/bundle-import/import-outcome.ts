import type { ImportResult } from '@shared/bundle/import-summary';
import { paths } from '../../app/paths';
import { bundleImportStrings } from './strings';

/** What the status region says after an import, in one or two sentences. */
export function importedMessage(result: ImportResult): string {
  const { added, updated, deleted } = result.changes;
  const done = bundleImportStrings.imported(
    bundleImportStrings.importedKind[result.kind],
    added,
    updated,
    deleted,
  );
  return result.openConflicts > 0
    ? `${done} ${bundleImportStrings.openConflicts(result.openConflicts)}`
    : done;
}

/**
 * Where the user goes after an import: the conflicts a merge left, the candidate's screens of
 * the copy just added or updated, or the dashboard of the portfolio that changed.
 */
export function pathAfterImport(result: ImportResult): string {
  if (result.kind === 'merge' && result.openConflicts > 0) return paths.conflicts;
  if (
    (result.kind === 'review-new' || result.kind === 'review-update') &&
    result.reviewedPortfolioId
  )
    return paths.candidate(result.reviewedPortfolioId);
  return paths.dashboard;
}
