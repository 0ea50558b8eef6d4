import { z } from 'zod';
import { isoDateSchema } from './dates';
import { recordMetaSchema } from './record';
import { requiredShortTextSchema } from './text';

export const LOG_CHANNELS = ['meeting', 'call', 'email', 'visit'] as const;
export const logChannelSchema = z.enum(LOG_CHANNELS);
export type LogChannel = z.infer<typeof logChannelSchema>;

export const LOG_CHANNEL_LABELS: Record<LogChannel, string> = {
  meeting: 'Meeting',
  call: 'Call',
  email: 'E-mail',
  visit: 'Visit',
};

export const logEntryFieldsSchema = z.object({
  date: isoDateSchema,
  channel: logChannelSchema,
  summary: requiredShortTextSchema.max(2000, { error: 'Keep the summary under 2000 characters.' }),
  followUps: z.string().max(5000, { error: 'Keep the follow-ups under 5000 characters.' }),
});
export type LogEntryFields = z.infer<typeof logEntryFieldsSchema>;

export const logEntrySchema = recordMetaSchema.extend(logEntryFieldsSchema.shape);
export type LogEntry = z.infer<typeof logEntrySchema>;
