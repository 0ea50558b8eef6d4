import { z } from 'zod';
import { assignmentKindSchema } from '../domain/assignment';
import { recordIdSchema } from '../domain/record';
import { sessionNumberSchema } from '../domain/session';

/** A competency framework is versioned data, so evidence tagged today still means the same later. */
export const competencySchema = z.object({
  id: recordIdSchema,
  title: z.string().min(1).max(200),
  group: z.string().max(200).nullable(),
});
export type Competency = z.infer<typeof competencySchema>;

export const frameworkSchema = z.object({
  id: recordIdSchema,
  version: z.string().min(1).max(40),
  title: z.string().min(1).max(200),
  source: z.string().max(500),
  competencies: z.array(competencySchema).min(1).max(200),
});
export type Framework = z.infer<typeof frameworkSchema>;

export const templateSessionSchema = z.object({
  number: sessionNumberSchema,
  title: z.string().min(1).max(200),
  topics: z.array(z.string().min(1).max(200)).max(10),
  /** Optional writing prompts for reflections on this session. */
  prompts: z.array(z.string().min(1).max(500)).max(20),
});
export type TemplateSession = z.infer<typeof templateSessionSchema>;

export const templateAssignmentSchema = z.object({
  key: z.string().min(1).max(100),
  kind: assignmentKindSchema,
  session: sessionNumberSchema.nullable(),
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  /** Days from the session's date to the due date (negative: before the session). */
  dueOffsetDays: z.number().int().min(-365).max(365).nullable(),
});
export type TemplateAssignment = z.infer<typeof templateAssignmentSchema>;

/** A criterion of a rubric, scored on the 4-level scale (shared/review/rating-scale.ts). */
export const rubricCriterionSchema = z.object({
  id: recordIdSchema,
  title: z.string().min(1).max(200),
  description: z.string().max(1000),
});
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;

/** A rubric for the assignments of the kinds it names (e.g. session assignments). */
export const rubricSchema = z.object({
  id: recordIdSchema,
  title: z.string().min(1).max(200),
  kinds: z.array(assignmentKindSchema).min(1).max(10),
  criteria: z.array(rubricCriterionSchema).min(1).max(12),
});
export type Rubric = z.infer<typeof rubricSchema>;

/** Monthly progress reports are due by this day of the following month unless a template says. */
export const DEFAULT_REPORT_DUE_DAY = 5;

export const programTemplateSchema = z
  .object({
    format: z.literal('cto-program-template'),
    formatVersion: z.literal(1),
    id: recordIdSchema,
    version: z.string().min(1).max(40),
    title: z.string().min(1).max(200),
    organisation: z.string().max(200),
    sessions: z.array(templateSessionSchema).min(1).max(10),
    assignments: z.array(templateAssignmentSchema).max(200),
    frameworks: z.array(frameworkSchema).min(1).max(10),
    /** Added with the mentor review: templates and portfolios written before have none. */
    rubrics: z.array(rubricSchema).max(50).default([]),
    /** The day of the next month by which a month's progress report is due. */
    reportDueDay: z.number().int().min(1).max(28).default(DEFAULT_REPORT_DUE_DAY),
  })
  .superRefine((template, ctx) => {
    const numbers = template.sessions.map((s) => s.number);
    if (new Set(numbers).size !== numbers.length) {
      ctx.addIssue({ code: 'custom', message: 'Each session number may appear only once.' });
    }
    const keys = template.assignments.map((a) => a.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', message: 'Each assignment key may appear only once.' });
    }
    const rubricKinds = template.rubrics.flatMap((rubric) => rubric.kinds);
    if (new Set(rubricKinds).size !== rubricKinds.length) {
      ctx.addIssue({ code: 'custom', message: 'Each assignment kind may have only one rubric.' });
    }
    for (const rubric of template.rubrics) {
      const criteria = rubric.criteria.map((c) => c.id);
      if (new Set(criteria).size !== criteria.length) {
        ctx.addIssue({
          code: 'custom',
          message: `Rubric "${rubric.id}" names a criterion id twice.`,
        });
      }
    }
    for (const assignment of template.assignments) {
      if (assignment.session !== null && !numbers.includes(assignment.session)) {
        ctx.addIssue({
          code: 'custom',
          message: `Assignment "${assignment.key}" refers to session ${assignment.session}, which the template does not have.`,
        });
      }
    }
  });
export type ProgramTemplate = z.infer<typeof programTemplateSchema>;
