import {
  outcomeFor,
  type ImportChanges,
  type ImportResult,
  type ImportSummary,
} from '@shared/bundle/import-summary';
import { formatSize } from '@shared/format/format-size';

/** What each kind does; `will` is "would" in a dry run, where nothing is done. */
const KIND_TEXT: Record<ImportSummary['kind'], (will: string) => string> = {
  merge: (will) => `a bundle of your own portfolio: it ${will} be merged record by record`,
  adopt: (will) =>
    `this computer has no work of its own yet: the bundle ${will} become your portfolio`,
  'review-new': (will) =>
    `someone else’s portfolio: it ${will} be added to the reviewed portfolios`,
  'review-update': (will) =>
    `another copy of a reviewed portfolio: it ${will} replace the copy here, keeping what you wrote about it`,
};

export function changesText(changes: ImportChanges): string {
  return `${changes.added} new, ${changes.updated} updated, ${changes.deleted} deleted, ${changes.conflicts} conflicts, ${changes.unchanged} unchanged`;
}

/**
 * What an import would do, in a few lines for a terminal, for the kind `summary` was made for
 * (inspect was given the user's --as). `chosen`: the user said --as, so the choice between mine
 * and review is not offered again; `dryRun`: nothing will be done, and the text says so.
 */
export function importSummaryText(
  summary: ImportSummary,
  { chosen = false, dryRun = false } = {},
): string {
  const { origin } = summary;
  const { kind, changes, artifacts, olderThanCurrent, nothingToChange } = outcomeFor(summary);
  const who = origin.name === '' ? 'an unnamed candidate' : origin.name;
  const lines = [
    `Bundle: ${summary.fileName} (${formatSize(summary.bundleBytes)}), portfolio of ${who}, exported ${origin.exportedAt}.`,
    `Import${dryRun ? ' (dry run)' : ''}: ${KIND_TEXT[kind](dryRun ? 'would' : 'will')}.`,
    `Records: ${changesText(changes)}.`,
    `Artifacts: ${artifacts.count} in the bundle, ${artifacts.newCount} new here (${formatSize(artifacts.newBytes)}).`,
  ];
  if (summary.canAdoptInstead && !chosen) {
    const otherwise = kind === 'adopt' ? 'it becomes your portfolio' : 'it is reviewed';
    lines.push(
      `Choose with --as mine (make it your portfolio) or --as review (add it to the reviewed portfolios); without --as ${otherwise}.`,
    );
  }
  if (olderThanCurrent) lines.push('Note: this bundle is older than the copy already here.');
  if (nothingToChange) {
    lines.push('Nothing to change: everything in this bundle is already here.');
  }
  if (dryRun) lines.push('Dry run: nothing was changed.');
  return `${lines.join('\n')}\n`;
}

export function importResultText(result: ImportResult): string {
  const conflicts =
    result.openConflicts > 0
      ? ` ${result.openConflicts} conflicts wait for you in the app (Conflicts).`
      : '';
  return `Imported: ${changesText(result.changes)}.${conflicts}\n`;
}
