import type { ReportEdit } from '@shared/contract/review-layer-channels';
import type { AreaRating, ProgressReport } from '@shared/review/review-layer';
import type { Validated } from '../../../forms/field-errors';
import { reviewLayerStrings } from '../strings';

export interface ReportFormValues {
  ratings: AreaRating[];
  strengths: string;
  concerns: string;
  nextSteps: string;
  employmentConfirmed: boolean;
  signOffName: string;
  signOffDate: string;
}

/** What the form sends: every editable field of the draft. */
export type ReportDraftEdits = Omit<ReportEdit, 'portfolioId' | 'id'>;

export function reportValuesOf(report: ProgressReport): ReportFormValues {
  return {
    ratings: report.ratings.map((r) => ({ ...r })),
    strengths: report.strengths,
    concerns: report.concerns,
    nextSteps: report.nextSteps,
    employmentConfirmed: report.employmentConfirmed,
    signOffName: report.signOff?.name ?? '',
    signOffDate: report.signOff?.date ?? '',
  };
}

/** Signing needs both the name and the date; neither leaves the report unsigned. */
export function validateReport(values: ReportFormValues): Validated<ReportDraftEdits> {
  const name = values.signOffName.trim();
  const date = values.signOffDate;
  if ((name === '') !== (date === '')) {
    const message = reviewLayerStrings.reports.signBoth;
    return { ok: false, errors: name === '' ? { signOffName: message } : { signOffDate: message } };
  }
  return {
    ok: true,
    value: {
      ratings: values.ratings,
      strengths: values.strengths,
      concerns: values.concerns,
      nextSteps: values.nextSteps,
      employmentConfirmed: values.employmentConfirmed,
      signOff: name === '' ? null : { name, date },
    },
  };
}
