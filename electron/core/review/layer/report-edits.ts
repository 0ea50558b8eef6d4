import { reportSha256 } from '../report-sha256';
import { isLive, newRecordMeta, type DefinedOnly } from '@shared/domain/record';
import { candidateAreasOf } from '@shared/review/program-review';
import { reportFacts } from '@shared/review/report-facts';
import { monthLabel } from '@shared/review/report-month';
import {
  REVIEW_LAYER_CAPS,
  type AreaRating,
  type ProgressReport,
  type ReportFields,
  type StoredReviewLayer,
} from '@shared/review/review-layer';
import { UserError } from '../../errors';
import type { LayerEditContext } from './layer-edit-context';
import {
  changeLayerRecord,
  ensureRoom,
  findLayerRecord,
  putLayerRecord,
  setLayerRecordDeleted,
  type LayerChange,
} from './layer-records';

export const FINAL_REPORT_FROZEN =
  "This report is final and cannot be changed; start next month's report instead.";
const FINAL_REPORT_KEPT = 'This report is final and cannot be deleted: it stays on record.';

/** What the reviewer edits in a draft; the facts are filled in when the report is started. */
export type ReportEdits = DefinedOnly<
  Pick<
    ReportFields,
    'ratings' | 'strengths' | 'concerns' | 'nextSteps' | 'employmentConfirmed' | 'signOff'
  >
>;

/**
 * Start the report of `month`: facts counted since the reviewer's previous report, and a rating
 * for each of the program's candidate areas, not yet given. One report a month.
 */
export function createReport(
  layer: StoredReviewLayer,
  month: string,
  { copy, now, newId }: LayerEditContext,
): LayerChange<ProgressReport> {
  const reports = layer.reports.filter(isLive);
  if (reports.some((r) => r.month === month)) {
    throw new UserError(
      'invalid-input',
      `There is already a report for ${monthLabel(month)}: open it from the list instead.`,
    );
  }
  ensureRoom(
    layer.reports.length,
    REVIEW_LAYER_CAPS.reports,
    `A review holds at most ${REVIEW_LAYER_CAPS.reports} progress reports.`,
  );
  const earlier = reports.map((r) => r.month).filter((m) => m < month);
  const previousMonth = earlier.length === 0 ? null : earlier.sort().at(-1)!;
  const facts = reportFacts({
    month,
    previousMonth,
    portfolio: copy.portfolio,
    reflections: copy.reflections,
    layer,
  });
  const ratings: AreaRating[] = candidateAreasOf(copy.portfolio.program).map((area) => ({
    areaId: area.id,
    level: null,
    note: '',
  }));
  return putLayerRecord(layer, 'reports', {
    ...newRecordMeta(newId(), now),
    month,
    facts,
    ratings,
    strengths: '',
    concerns: '',
    nextSteps: '',
    employmentConfirmed: false,
    signOff: null,
    state: 'draft',
    finalizedAt: null,
    sha256: null,
  });
}

/** A draft report, or one sentence saying a final one is frozen. */
function draftReport(layer: StoredReviewLayer, id: string, frozen: string): ProgressReport {
  const report = findLayerRecord(layer, 'reports', id);
  if (report.state === 'final') throw new UserError('invalid-input', frozen);
  return report;
}

export function updateReport(
  layer: StoredReviewLayer,
  id: string,
  edits: ReportEdits,
  { copy, now }: LayerEditContext,
): LayerChange<ProgressReport> {
  const report = draftReport(layer, id, FINAL_REPORT_FROZEN);
  if (edits.ratings) {
    const areas = new Set(candidateAreasOf(copy.portfolio.program).map((a) => a.id));
    const ids = edits.ratings.map((r) => r.areaId);
    if (!ids.every((a) => areas.has(a)) || new Set(ids).size !== ids.length) {
      throw new UserError('invalid-input', "Rate only the program's candidate areas, each once.");
    }
  }
  return changeLayerRecord(layer, 'reports', report, edits, now);
}

/**
 * Make a draft final: it needs the sign-off and the confirmed employment. The final report is
 * frozen and its SHA-256 recorded, so a changed copy is caught. Finalising twice changes nothing.
 */
export function finalizeReport(
  layer: StoredReviewLayer,
  id: string,
  { now }: LayerEditContext,
): LayerChange<ProgressReport> {
  const report = findLayerRecord(layer, 'reports', id);
  if (report.state === 'final') return { layer, result: report };
  const missing = [
    report.signOff === null ? 'sign it with your name and the date' : null,
    report.employmentConfirmed ? null : "confirm the candidate's continued K-12 employment",
  ].filter((step) => step !== null);
  if (missing.length > 0) {
    throw new UserError(
      'invalid-input',
      `Before finalising this report, ${missing.join(' and ')}.`,
    );
  }
  const final = changeLayerRecord(
    layer,
    'reports',
    report,
    { state: 'final', finalizedAt: now.toISOString() },
    now,
  ).result;
  return putLayerRecord(layer, 'reports', { ...final, sha256: reportSha256(final) });
}

/** Delete a draft (a final report stays on record). */
export function deleteReport(
  layer: StoredReviewLayer,
  id: string,
  { now }: LayerEditContext,
): LayerChange<ProgressReport> {
  draftReport(layer, id, FINAL_REPORT_KEPT);
  return setLayerRecordDeleted(layer, 'reports', id, true, now);
}
