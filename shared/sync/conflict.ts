import { z } from 'zod';
import { artifactSchema } from '../domain/artifact';
import { assignmentSchema } from '../domain/assignment';
import { logEntrySchema } from '../domain/log-entry';
import { profileSchema } from '../domain/profile';
import { recordIdSchema } from '../domain/record';
import { reflectionSchema } from '../domain/reflection';
import { sessionSchema } from '../domain/session';

/**
 * A record changed on two computers since they last exchanged it. The local version stays in
 * place; the other computer's ("theirs") is kept here, in `conflicts.json` beside portfolio.json
 * (local-only: it never travels in a bundle), until the user keeps mine, theirs or both.
 */
export const CONFLICT_RECORD_KINDS = [
  'profile',
  'session',
  'assignment',
  'logEntry',
  'artifact',
  'reflection',
] as const;
export type ConflictRecordKind = (typeof CONFLICT_RECORD_KINDS)[number];

const conflictBase = { id: recordIdSchema, recordId: recordIdSchema, detectedAt: z.iso.datetime() };

export const conflictSchema = z.discriminatedUnion('recordKind', [
  z.object({ ...conflictBase, recordKind: z.literal('profile'), theirs: profileSchema }),
  z.object({ ...conflictBase, recordKind: z.literal('session'), theirs: sessionSchema }),
  z.object({ ...conflictBase, recordKind: z.literal('assignment'), theirs: assignmentSchema }),
  z.object({ ...conflictBase, recordKind: z.literal('logEntry'), theirs: logEntrySchema }),
  z.object({ ...conflictBase, recordKind: z.literal('artifact'), theirs: artifactSchema }),
  z.object({ ...conflictBase, recordKind: z.literal('reflection'), theirs: reflectionSchema }),
]);
export type Conflict = z.infer<typeof conflictSchema>;

export const CONFLICTS_FILE_FORMAT = 'cto-portfolio-conflicts';
export const conflictsFileSchema = z.object({
  format: z.literal(CONFLICTS_FILE_FORMAT),
  formatVersion: z.literal(1),
  conflicts: z.array(conflictSchema),
});

export const CONFLICT_CHOICES = ['mine', 'theirs', 'both'] as const;
export const conflictChoiceSchema = z.enum(CONFLICT_CHOICES);
export type ConflictChoice = z.infer<typeof conflictChoiceSchema>;

/** One side of a conflict as the Conflicts page shows it: only the fields that differ. */
export const conflictSideSchema = z.object({
  updatedAt: z.iso.datetime(),
  deleted: z.boolean(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
});

export const conflictViewSchema = z.object({
  id: recordIdSchema,
  recordKind: z.enum(CONFLICT_RECORD_KINDS),
  recordId: recordIdSchema,
  /** What the record is, in words: "Reflection “Budget lessons”", "Session 3". */
  label: z.string(),
  detectedAt: z.iso.datetime(),
  mine: conflictSideSchema,
  theirs: conflictSideSchema,
  /** Sessions and the profile exist once: "keep both" is offered only for the other kinds. */
  canKeepBoth: z.boolean(),
});
export type ConflictView = z.infer<typeof conflictViewSchema>;
