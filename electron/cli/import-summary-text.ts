import type { ImportChanges, ImportResult, ImportSummary } from '@shared/bundle/import-summary';

const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

const KIND_TEXT: Record<ImportSummary['kind'], string> = {
  merge: 'a bundle of your own portfolio: it will be merged record by record',
  adopt: 'this computer has no work of its own yet: the bundle will become your portfolio',
  'review-new': 'someone else’s portfolio: it will be added to the reviewed portfolios',
  'review-update': 'a newer copy of a reviewed portfolio: it will replace the copy here',
};

export function changesText(changes: ImportChanges): string {
  return `${changes.added} new, ${changes.updated} updated, ${changes.deleted} deleted, ${changes.conflicts} conflicts, ${changes.unchanged} unchanged`;
}

/** What an import would do, in a few lines for a terminal. */
export function importSummaryText(summary: ImportSummary): string {
  const { origin, artifacts } = summary;
  const who = origin.name === '' ? 'an unnamed candidate' : origin.name;
  const lines = [
    `Bundle: ${summary.fileName} (${megabytes(summary.bundleBytes)}), portfolio of ${who}, exported ${origin.exportedAt}.`,
    `Import: ${KIND_TEXT[summary.kind]}.`,
    `Records: ${changesText(summary.changes)}.`,
    `Artifacts: ${artifacts.count} in the bundle, ${artifacts.newCount} new here (${megabytes(artifacts.newBytes)}).`,
  ];
  if (summary.canAdoptInstead) {
    lines.push(
      'Choose with --as mine (make it your portfolio) or --as review (add it to the reviewed portfolios).',
    );
  }
  if (summary.olderThanCurrent)
    lines.push('Note: this bundle is older than the copy already here.');
  if (summary.nothingToChange) lines.push('Nothing to change: this bundle is already imported.');
  return `${lines.join('\n')}\n`;
}

export function importResultText(result: ImportResult): string {
  const conflicts =
    result.openConflicts > 0
      ? ` ${result.openConflicts} conflicts wait for you in the app (Conflicts).`
      : '';
  return `Imported: ${changesText(result.changes)}.${conflicts}\n`;
}
