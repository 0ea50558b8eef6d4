import { z } from 'zod';
import { isoDateSchema } from '../domain/dates';
import { recordIdSchema, recordMetaSchema } from '../domain/record';
import { longTextSchema, shortTextSchema } from '../domain/text';
import { ratingLevelSchema } from './rating-scale';
import { roleSchema } from './roles';

/**
 * The reviewer's layer: what a mentor or instructor writes about one candidate's portfolio.
 * Owned by the reviewer and stored apart from the candidate's content (mentor side:
 * `<data>/reviewed/<portfolioId>/mentor/layer.json`; candidate side: inside the received review,
 * `<data>/reviews/<reviewerId>.json`), so the two never conflict. Every record carries the usual
 * record meta (id, revision, tombstone). Ids follow the one record id rule.
 */

/** Upper bounds on a layer's lists, checked before the work on an untrusted review file. */
export const REVIEW_LAYER_CAPS = {
  evaluations: 2_000,
  threads: 5_000,
  commentsPerThread: 500,
  comments: 20_000,
  attendance: 20,
  workStudy: 5_000,
  reports: 240,
  rubricScores: 50,
  ratings: 50,
} as const;

export const EVALUATION_RESULTS = ['passed', 'needs-revision'] as const;
export const evaluationResultSchema = z.enum(EVALUATION_RESULTS);
export type EvaluationResult = z.infer<typeof evaluationResultSchema>;

export const rubricScoreSchema = z.object({
  /** A criterion id of the rubric the program template gives the assignment. */
  criterionId: recordIdSchema,
  level: ratingLevelSchema,
});
export type RubricScore = z.infer<typeof rubricScoreSchema>;

export const evaluationFieldsSchema = z.object({
  assignmentId: recordIdSchema,
  result: evaluationResultSchema,
  rubric: z.array(rubricScoreSchema).max(REVIEW_LAYER_CAPS.rubricScores),
  comment: longTextSchema,
});
export type EvaluationFields = z.infer<typeof evaluationFieldsSchema>;

/** One per assignment and reviewer; grading again edits it. `updatedAt` is when it was graded. */
export const evaluationSchema = recordMetaSchema.extend(evaluationFieldsSchema.shape);
export type Evaluation = z.infer<typeof evaluationSchema>;

/** What a thread is about: a reflection or an artifact of the candidate's portfolio. */
export const threadTargetSchema = z.object({
  kind: z.enum(['reflection', 'artifact']),
  id: recordIdSchema,
});
export type ThreadTarget = z.infer<typeof threadTargetSchema>;

/**
 * A passage of a reflection, by its text and a little context either side (plain text of the
 * reflection). The thread stays anchored while the quote is still found; otherwise it refers to
 * an earlier version and shows the quote.
 */
export const passageAnchorSchema = z.object({
  quote: z.string().min(1).max(2_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export type PassageAnchor = z.infer<typeof passageAnchorSchema>;

export const commentSchema = z.object({
  id: recordIdSchema,
  authorRole: roleSchema,
  authorName: shortTextSchema,
  body: longTextSchema.min(1, { error: 'Write a comment first.' }),
  createdAt: z.iso.datetime(),
});
export type Comment = z.infer<typeof commentSchema>;

/**
 * A comment thread of the reviewer's. The candidate's replies are the candidate's content: they
 * travel in the candidate's bundle (`reviewReplies`, see candidate-reply.ts) and are shown in
 * the thread by `threadId`, never written into this record.
 */
export const threadSchema = recordMetaSchema.extend({
  target: threadTargetSchema,
  anchor: passageAnchorSchema.nullable(),
  comments: z.array(commentSchema).min(1).max(REVIEW_LAYER_CAPS.commentsPerThread),
  resolvedAt: z.iso.datetime().nullable(),
});
export type Thread = z.infer<typeof threadSchema>;

export const attendanceConfirmationSchema = recordMetaSchema.extend({
  sessionId: recordIdSchema,
  confirmed: z.boolean(),
});
export type AttendanceConfirmation = z.infer<typeof attendanceConfirmationSchema>;

export const workStudyFieldsSchema = z.object({
  date: isoDateSchema,
  hours: z
    .number({ error: 'Enter the hours as a number, for example 1.5.' })
    .min(0.25, { error: 'Enter from 0.25 to 24 hours.' })
    .max(24, { error: 'Enter from 0.25 to 24 hours.' }),
  activity: shortTextSchema.min(1, { error: 'Say what the candidate worked on.' }),
  /** Competency ids of the program template's frameworks. */
  competencyIds: z.array(recordIdSchema).max(50),
  note: longTextSchema,
});
export type WorkStudyFields = z.infer<typeof workStudyFieldsSchema>;

/** The work-study supervision log the program asks mentors to keep. */
export const workStudyEntrySchema = recordMetaSchema.extend(workStudyFieldsSchema.shape);
export type WorkStudyEntry = z.infer<typeof workStudyEntrySchema>;

export const reportMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Use a month in the form YYYY-MM.' });

/** Filled in for the mentor when a report is started: what happened since the previous report. */
export const reportFactsSchema = z.object({
  /** The day after the previous report's month ended; null for the first report. */
  from: isoDateSchema.nullable(),
  to: isoDateSchema,
  sessionsAttended: z.number().int().min(0),
  assignmentsSubmitted: z.number().int().min(0),
  assignmentsPassed: z.number().int().min(0),
  newReflections: z.number().int().min(0),
  newArtifacts: z.number().int().min(0),
  /** Entries of the candidate's mentor-communication log plus the reviewer's work-study log. */
  contacts: z.number().int().min(0),
  workStudyHours: z.number().min(0),
});
export type ReportFacts = z.infer<typeof reportFactsSchema>;

export const areaRatingSchema = z.object({
  /** A competency id of the program's nine candidate areas. */
  areaId: recordIdSchema,
  level: ratingLevelSchema.nullable(),
  note: longTextSchema,
});
export type AreaRating = z.infer<typeof areaRatingSchema>;

export const signOffSchema = z.object({
  name: shortTextSchema.min(1, { error: 'Sign with your name.' }),
  date: isoDateSchema,
});

export const reportFieldsSchema = z.object({
  facts: reportFactsSchema,
  ratings: z.array(areaRatingSchema).max(REVIEW_LAYER_CAPS.ratings),
  strengths: longTextSchema,
  concerns: longTextSchema,
  nextSteps: longTextSchema,
  employmentConfirmed: z.boolean(),
  signOff: signOffSchema.nullable(),
});
export type ReportFields = z.infer<typeof reportFieldsSchema>;

export const REPORT_STATES = ['draft', 'final'] as const;

/**
 * A monthly progress report. A final report is frozen: edits are refused, and `sha256` is the
 * SHA-256 of `reportHashText(report)` (report-hash.ts), so a changed final report is caught.
 */
export const progressReportSchema = recordMetaSchema.extend({
  month: reportMonthSchema,
  ...reportFieldsSchema.shape,
  state: z.enum(REPORT_STATES),
  finalizedAt: z.iso.datetime().nullable(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

/** The layer's lists, as stored by the reviewer and carried by a `.ctoreview`. */
export const reviewLayerContentSchema = z.object({
  evaluations: z.array(evaluationSchema).max(REVIEW_LAYER_CAPS.evaluations),
  threads: z.array(threadSchema).max(REVIEW_LAYER_CAPS.threads),
  attendance: z.array(attendanceConfirmationSchema).max(REVIEW_LAYER_CAPS.attendance),
  workStudy: z.array(workStudyEntrySchema).max(REVIEW_LAYER_CAPS.workStudy),
  reports: z.array(progressReportSchema).max(REVIEW_LAYER_CAPS.reports),
});
export type ReviewLayerContent = z.infer<typeof reviewLayerContentSchema>;

export const EMPTY_REVIEW_LAYER: ReviewLayerContent = {
  evaluations: [],
  threads: [],
  attendance: [],
  workStudy: [],
  reports: [],
};

/** The mentor side's file: `<data>/reviewed/<portfolioId>/mentor/layer.json`. */
export const REVIEW_LAYER_FORMAT = 'cto-review-layer';
export const storedReviewLayerSchema = reviewLayerContentSchema.extend({
  format: z.literal(REVIEW_LAYER_FORMAT),
  formatVersion: z.literal(1),
  portfolioId: recordIdSchema,
});
export type StoredReviewLayer = z.infer<typeof storedReviewLayerSchema>;
