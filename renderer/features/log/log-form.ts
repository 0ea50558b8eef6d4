import { logUpdateInputSchema } from '@shared/contract/contract';
import type { IsoDate } from '@shared/domain/dates';
import {
  logEntryFieldsSchema,
  type LogChannel,
  type LogEntry,
  type LogEntryFields,
} from '@shared/domain/log-entry';
import { changedFields } from '../../forms/changed-fields';
import { validatedOf, type Validated } from '../../forms/field-errors';

export interface LogFormValues {
  date: string;
  channel: LogChannel;
  summary: string;
  followUps: string;
}

export type LogUpdateInput = ReturnType<typeof logUpdateInputSchema.parse>;

export function newLogFormValues(today: IsoDate): LogFormValues {
  return { date: today, channel: 'meeting', summary: '', followUps: '' };
}

export function logFormValuesOf(entry: LogEntry): LogFormValues {
  return {
    date: entry.date,
    channel: entry.channel,
    summary: entry.summary,
    followUps: entry.followUps,
  };
}

export function validateNewLogEntry(values: LogFormValues): Validated<LogEntryFields> {
  return validatedOf(logEntryFieldsSchema.strict().safeParse(values));
}

/** An edit sends only what changed. */
export function validateLogEdit(entry: LogEntry, values: LogFormValues): Validated<LogUpdateInput> {
  return validatedOf(
    logUpdateInputSchema.safeParse({
      id: entry.id,
      ...changedFields(logFormValuesOf(entry), values),
    }),
  );
}
