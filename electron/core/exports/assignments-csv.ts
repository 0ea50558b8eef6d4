import Papa from 'papaparse';
import type { ExportedFile } from '@shared/contract/contract';
import { ASSIGNMENT_KIND_LABELS, ASSIGNMENT_STATUS_LABELS } from '@shared/domain/assignment';
import type { Portfolio } from '@shared/domain/portfolio';
import { isLive } from '@shared/domain/record';
import { sessionLabel } from '@shared/domain/session';
import { bySessionThenDue } from './assignment-order';
import { exportFileName } from './export-file-name';

export const CSV_MIME_TYPE = 'text/csv';

/** Excel reads a CSV file as the system code page unless it starts with a UTF-8 byte order mark. */
export const UTF8_BOM = '\uFEFF';

export const ASSIGNMENT_CSV_HEADER = ['Session', 'Kind', 'Title', 'Due', 'Status', 'Grade'];

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"). papaparse's own
 * `escapeFormulae: true` pattern ends in `.*$`, which misses a formula followed by a line break,
 * so the pattern here only looks at the first character. Such cells get a leading `'`.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The live assignments as a spreadsheet: one row each, human labels, RFC 4180 quoting, CRLF line
 * endings and a UTF-8 BOM.
 */
export function assignmentsToCsv(portfolio: Portfolio): string {
  const rows = portfolio.assignments
    .filter(isLive)
    .sort(bySessionThenDue)
    .map((a) => [
      a.session === null ? '' : sessionLabel(a.session),
      ASSIGNMENT_KIND_LABELS[a.kind],
      a.title,
      a.due ?? '',
      ASSIGNMENT_STATUS_LABELS[a.status],
      a.grade,
    ]);
  const csv = Papa.unparse([ASSIGNMENT_CSV_HEADER, ...rows], {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  return `${UTF8_BOM}${csv}\r\n`;
}

export function assignmentsCsvFileName(portfolio: Portfolio): string {
  return exportFileName(portfolio, 'assignments', 'csv');
}

/** What the 'csv-export' channel answers. */
export function assignmentsCsvExport(portfolio: Portfolio): ExportedFile {
  return {
    fileName: assignmentsCsvFileName(portfolio),
    mimeType: CSV_MIME_TYPE,
    content: assignmentsToCsv(portfolio),
  };
}
