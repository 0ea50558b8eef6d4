import { createHash } from 'node:crypto';
import type { ProgressReport } from '@shared/review/review-layer';
import { reportHashText } from '@shared/review/report-hash';

/**
 * The SHA-256 a final report is signed with: of reportHashText, recorded when the report is
 * finalised and checked wherever a final report is read back from a file.
 */
export function reportSha256(report: ProgressReport): string {
  return createHash('sha256').update(reportHashText(report), 'utf8').digest('hex');
}
