import { z } from 'zod';
import { isoDateSchema } from './dates';
import { recordMetaSchema } from './record';
import { longTextSchema, shortTextSchema } from './text';

/** Kickoff is 0, the eight program sessions are 1-8, the final presentations are 9. */
export const SESSION_NUMBERS = { kickoff: 0, first: 1, last: 8, final: 9 } as const;
export const PROGRAM_SESSION_COUNT = 8;
export const sessionNumberSchema = z.number().int().min(0).max(9);

export const ATTENDANCE = ['unrecorded', 'attended', 'excused', 'absent'] as const;
export const attendanceSchema = z.enum(ATTENDANCE);
export type Attendance = z.infer<typeof attendanceSchema>;

export const sessionFeedbackSchema = z.object({
  rating: z.number().int().min(1).max(5).nullable(),
  comments: longTextSchema,
  updatedAt: z.iso.datetime().nullable(),
});
export type SessionFeedback = z.infer<typeof sessionFeedbackSchema>;

export const sessionSchema = recordMetaSchema.extend({
  number: sessionNumberSchema,
  title: shortTextSchema,
  topics: z.array(shortTextSchema).max(10),
  date: isoDateSchema.nullable(),
  place: shortTextSchema,
  attendance: attendanceSchema,
  notes: longTextSchema,
  feedback: sessionFeedbackSchema,
});
export type Session = z.infer<typeof sessionSchema>;

/** "Session 3", "Kickoff", "Final presentations": how people name a session. */
export function sessionLabel(number: number): string {
  if (number === SESSION_NUMBERS.kickoff) return 'Kickoff';
  if (number === SESSION_NUMBERS.final) return 'Final presentations';
  return `Session ${number}`;
}

export function isProgramSession(number: number): boolean {
  return number >= SESSION_NUMBERS.first && number <= SESSION_NUMBERS.last;
}
