import { z } from 'zod';
import { recordIdSchema } from '../domain/record';
import { longTextSchema } from '../domain/text';
import { competencySchema, rubricSchema } from '../program/template-schema';
import { candidateReplySchema } from '../review/candidate-reply';
import {
  REVIEW_LAYER_CAPS,
  areaRatingSchema,
  attendanceConfirmationSchema,
  evaluationFieldsSchema,
  evaluationSchema,
  passageAnchorSchema,
  progressReportSchema,
  reportMonthSchema,
  reviewLayerContentSchema,
  signOffSchema,
  threadSchema,
  threadTargetSchema,
  workStudyEntrySchema,
  workStudyFieldsSchema,
} from '../review/review-layer';
import { reviewerSchema } from '../review/roles';

/**
 * The reviewer's layer of one candidate (mentor side): every channel names the candidate's
 * copy by `portfolioId`. Writes are refused for a user who is neither mentor nor instructor.
 */
const portfolioIdShape = { portfolioId: recordIdSchema };
const portfolioInput = z.strictObject(portfolioIdShape);
const recordInput = z.strictObject({ ...portfolioIdShape, id: recordIdSchema });
const threadInput = { ...portfolioIdShape, threadId: recordIdSchema };

/** A comment as typed: the core refuses one that is only spaces. */
const commentBodySchema = longTextSchema.min(1, { error: 'Write a comment first.' });

/** What the reviewer's screens show of one candidate: the layer and what it refers to. */
export const reviewLayerViewSchema = z.object({
  layer: reviewLayerContentSchema,
  /** The candidate's replies in this reviewer's threads, from their latest bundle. */
  replies: z.array(candidateReplySchema),
  /** Who writes (null for a user who is not a reviewer: the screens are then read-only). */
  reviewer: reviewerSchema.nullable(),
  candidate: z.object({ name: z.string(), organisation: z.string() }),
  program: z.object({
    title: z.string(),
    rubrics: z.array(rubricSchema),
    /** The nine candidate areas rated in each monthly report. */
    areas: z.array(competencySchema),
    /** Every competency of the program's frameworks, to tag work-study entries with. */
    competencies: z.array(competencySchema),
    reportDueDay: z.number().int(),
  }),
});
export type ReviewLayerView = z.infer<typeof reviewLayerViewSchema>;

export const reportEditSchema = z.strictObject({
  ...portfolioIdShape,
  id: recordIdSchema,
  ratings: z.array(areaRatingSchema.strict()).max(REVIEW_LAYER_CAPS.ratings).optional(),
  strengths: longTextSchema.optional(),
  concerns: longTextSchema.optional(),
  nextSteps: longTextSchema.optional(),
  employmentConfirmed: z.boolean().optional(),
  signOff: signOffSchema.strict().nullable().optional(),
});
export type ReportEdit = z.infer<typeof reportEditSchema>;

/**
 * A file the core made for the reviewer to keep: Electron passes the save dialog's path as
 * `destination` and gets `savedTo`; the browser host passes none and gets the bytes as `base64`.
 */
export const savedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int().min(0),
  savedTo: z.string().nullable(),
  base64: z.string().nullable(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

export const reportPdfInputSchema = z.strictObject({
  ...portfolioIdShape,
  reportId: recordIdSchema,
  destination: z.string().min(1).max(4096).optional(),
});

export const reviewLayerChannels = {
  /** One monthly progress report as a PDF (draft or final; a draft says so on the page). */
  'review-report-pdf': { input: reportPdfInputSchema, output: savedFileSchema },
  'review-layer-get': { input: portfolioInput, output: reviewLayerViewSchema },
  'review-evaluation-set': {
    input: z.strictObject({ ...portfolioIdShape, ...evaluationFieldsSchema.shape }),
    output: evaluationSchema,
  },
  'review-thread-create': {
    input: z.strictObject({
      ...portfolioIdShape,
      target: threadTargetSchema.strict(),
      anchor: passageAnchorSchema.strict().nullable(),
      body: commentBodySchema,
    }),
    output: threadSchema,
  },
  'review-comment-add': {
    input: z.strictObject({ ...threadInput, body: commentBodySchema }),
    output: threadSchema,
  },
  'review-thread-resolve': {
    input: z.strictObject({ ...threadInput, resolved: z.boolean() }),
    output: threadSchema,
  },
  'review-attendance-set': {
    input: z.strictObject({
      ...portfolioIdShape,
      sessionId: recordIdSchema,
      confirmed: z.boolean(),
    }),
    output: attendanceConfirmationSchema,
  },
  'review-workstudy-create': {
    input: z.strictObject({ ...portfolioIdShape, ...workStudyFieldsSchema.shape }),
    output: workStudyEntrySchema,
  },
  'review-workstudy-update': {
    input: workStudyFieldsSchema.partial().extend(recordInput.shape).strict(),
    output: workStudyEntrySchema,
  },
  'review-workstudy-delete': { input: recordInput, output: workStudyEntrySchema },
  'review-workstudy-restore': { input: recordInput, output: workStudyEntrySchema },
  'review-report-create': {
    input: z.strictObject({ ...portfolioIdShape, month: reportMonthSchema }),
    output: progressReportSchema,
  },
  'review-report-update': { input: reportEditSchema, output: progressReportSchema },
  'review-report-finalize': { input: recordInput, output: progressReportSchema },
  'review-report-delete': { input: recordInput, output: progressReportSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ReviewLayerChannel = keyof typeof reviewLayerChannels;
