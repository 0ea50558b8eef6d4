import { EXPORT_FORMAT_INFO, type ExportFormat } from './export-formats';

/** Characters no common file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * The names the app suggests for the files it saves, the same in the core (the browser host's
 * download) and in the page (the desktop's save dialog), so one file never has two names.
 *
 * The name an export suggests: "<name> portfolio <YYYY-MM-DD>.ctoportfolio", or "Portfolio
 * <date>…" while the profile has no name. Safe on Windows, macOS and Linux, and short. A review
 * file passes its own `kind`: "<candidate> review <date>.ctoreview".
 */
export function bundleFileName(
  personName: string,
  exportedAt: Date,
  kind: { label: string; extension: string } = { label: 'portfolio', extension: '.ctoportfolio' },
): string {
  const date = exportedAt.toISOString().slice(0, 10);
  const name = personName
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .replace(/^[.\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const label = kind.label.charAt(0).toUpperCase() + kind.label.slice(1);
  const stem =
    name === '' ? `${label} ${date}` : `${name.slice(0, 80).trim()} ${kind.label} ${date}`;
  return `${stem}${kind.extension}`;
}

/** "Jordan Rivera 2026-11 progress report 2026-12-05.pdf": one monthly report's PDF. */
export function reportPdfFileName(candidateName: string, month: string, savedAt: Date): string {
  return bundleFileName(`${candidateName} ${month}`.trim(), savedAt, {
    label: 'progress report',
    extension: '.pdf',
  });
}

/** "Jordan Rivera portfolio 2026-12-05.ctoportfolio", "… web portfolio ….zip", "….pdf". */
export function portfolioExportFileName(
  personName: string,
  exportedAt: Date,
  format: ExportFormat,
): string {
  return bundleFileName(personName, exportedAt, EXPORT_FORMAT_INFO[format]);
}

/** The page's "today" (YYYY-MM-DD) as the moment the names above take. */
export const dayAsDate = (day: string): Date => new Date(`${day}T12:00:00.000Z`);
