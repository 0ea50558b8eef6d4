import type { ImportResult } from '@shared/bundle/import-summary';
import { paths } from '../../app/paths';
import { bundleImportStrings } from './strings';

/**
 * What the status region says after an import, in one or two sentences, in the user's words:
 * whose portfolio came in and the work it holds (a merge: what was new or changed), never
 * the store's count of records.
 */
export function importedMessage(result: ImportResult): string {
  const text = bundleImportStrings.imported;
  const done =
    result.kind === 'merge'
      ? text.merge(result.changes)
      : text[result.kind](result.contents.name, text.work(result.contents));
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
