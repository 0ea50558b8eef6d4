import { z } from 'zod';
import { isoDateSchema } from './dates';
import { recordMetaSchema } from './record';
import { sessionNumberSchema } from './session';
import { longTextSchema, requiredShortTextSchema, shortTextSchema } from './text';

export const ASSIGNMENT_KINDS = [
  'prerequisite',
  'session',
  'class-presentation',
  'final-presentation',
  'portfolio-milestone',
  'program-feedback',
] as const;
export const assignmentKindSchema = z.enum(ASSIGNMENT_KINDS);
export type AssignmentKind = z.infer<typeof assignmentKindSchema>;

export const ASSIGNMENT_KIND_LABELS: Record<AssignmentKind, string> = {
  prerequisite: 'Prerequisite',
  session: 'Session assignment',
  'class-presentation': 'Class oral presentation',
  'final-presentation': 'Final oral presentation',
  'portfolio-milestone': 'Portfolio milestone',
  'program-feedback': 'Program feedback',
};

/** The workflow, in order. `returned` means graded and handed back; it ends in passed or needs-revision. */
export const ASSIGNMENT_STATUSES = [
  'not-started',
  'in-progress',
  'submitted',
  'returned',
  'passed',
  'needs-revision',
] as const;
export const assignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);
export type AssignmentStatus = z.infer<typeof assignmentStatusSchema>;

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  returned: 'Returned with grade',
  passed: 'Passed',
  'needs-revision': 'Needs revision',
};

/** The usual next steps from each status; any status may still be chosen to correct a mistake. */
export const NEXT_STATUSES: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  'not-started': ['in-progress'],
  'in-progress': ['submitted'],
  submitted: ['returned'],
  returned: ['passed', 'needs-revision'],
  passed: [],
  'needs-revision': ['in-progress', 'submitted'],
};

/** Work the candidate still owes: these can be overdue. */
export function isOpenStatus(status: AssignmentStatus): boolean {
  return status === 'not-started' || status === 'in-progress' || status === 'needs-revision';
}

export const assignmentFieldsSchema = z.object({
  title: requiredShortTextSchema,
  kind: assignmentKindSchema,
  session: sessionNumberSchema.nullable(),
  description: longTextSchema,
  due: isoDateSchema.nullable(),
  status: assignmentStatusSchema,
  grade: shortTextSchema,
  graderComment: longTextSchema,
});
export type AssignmentFields = z.infer<typeof assignmentFieldsSchema>;

export const assignmentSchema = recordMetaSchema.extend({
  ...assignmentFieldsSchema.shape,
  /**
   * Days from the session's date to the due date, for assignments made from the template. While
   * set, the due date follows the session's date; editing the due date by hand clears it.
   */
  dueOffsetDays: z.number().int().min(-365).max(365).nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
