import type { ImportChanges, ImportResult, ImportSummary } from '@shared/bundle/import-summary';
import { formatSize } from '@shared/format/format-size';

const KIND_TEXT: Record<ImportSummary['kind'], string> = {
  merge: 'a bundle of your own portfolio: it will be merged record by record',
  adopt: 'this computer has no work of its own yet: the bundle will become your portfolio',
  'review-new': 'someone else’s portfolio: it will be added to the reviewed portfolios',
  'review-update': 'a newer copy of a reviewed portfolio: it will replace the copy here',
};

export function changesText(changes: ImportChanges): string {
  return `${changes.added} new, ${changes.updated} updated, ${changes.deleted} deleted, ${changes.conflicts} conflicts, ${changes.unchanged} unchanged`;
}

/**
 * What an import would do, in a few lines for a terminal. `chosen`: the user said --as, so the
 * choice between mine and review is not offered again.
 */
export function importSummaryText(summary: ImportSummary, { chosen = false } = {}): string {
  const { origin, artifacts } = summary;
  const who = origin.name === '' ? 'an unnamed candidate' : origin.name;
  const lines = [
    `Bundle: ${summary.fileName} (${formatSize(summary.bundleBytes)}), portfolio of ${who}, exported ${origin.exportedAt}.`,
    `Import: ${KIND_TEXT[summary.kind]}.`,
    `Records: ${changesText(summary.changes)}.`,
    `Artifacts: ${artifacts.count} in the bundle, ${artifacts.newCount} new here (${formatSize(artifacts.newBytes)}).`,
  ];
  if (summary.canAdoptInstead && !chosen) {
    lines.push(
      'Choose with --as mine (make it your portfolio) or --as review (add it to the reviewed portfolios); without --as it becomes your portfolio.',
    );
  }
  if (summary.olderThanCurrent)
    lines.push('Note: this bundle is older than the copy already here.');
  if (summary.nothingToChange) {
    lines.push('Nothing to change: everything in this bundle is already here.');
  }
  return `${lines.join('\n')}\n`;
}

export function importResultText(result: ImportResult): string {
  const conflicts =
    result.openConflicts > 0
      ? ` ${result.openConflicts} conflicts wait for you in the app (Conflicts).`
      : '';
  return `Imported: ${changesText(result.changes)}.${conflicts}\n`;
}
