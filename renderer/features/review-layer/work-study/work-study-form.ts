import type { IsoDate } from '@shared/domain/dates';
import {
  workStudyFieldsSchema,
  type WorkStudyEntry,
  type WorkStudyFields,
} from '@shared/review/review-layer';
import { validatedOf, type Validated } from '../../../forms/field-errors';

export interface WorkStudyFormValues {
  date: string;
  /** As typed; checked as a number. */
  hours: string;
  activity: string;
  competencyIds: string[];
  note: string;
}

export function newWorkStudyValues(today: IsoDate): WorkStudyFormValues {
  return { date: today, hours: '', activity: '', competencyIds: [], note: '' };
}

export function workStudyValuesOf(entry: WorkStudyEntry): WorkStudyFormValues {
  return {
    date: entry.date,
    hours: String(entry.hours),
    activity: entry.activity,
    competencyIds: [...entry.competencyIds],
    note: entry.note,
  };
}

/** The values as the core checks them; "1,5" is read as 1.5. */
export function validateWorkStudy(values: WorkStudyFormValues): Validated<WorkStudyFields> {
  const typed = values.hours.trim().replace(',', '.');
  const hours = typed === '' || Number.isNaN(Number(typed)) ? typed : Number(typed);
  return validatedOf(workStudyFieldsSchema.strict().safeParse({ ...values, hours }));
}
