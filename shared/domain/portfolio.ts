import { z } from 'zod';
import { programTemplateSchema } from '../program/template-schema';
import { MAX_REPLIES, candidateReplySchema } from '../review/candidate-reply';
import { artifactSchema } from './artifact';
import { assignmentSchema } from './assignment';
import { logEntrySchema } from './log-entry';
import { profileSchema } from './profile';
import { recordIdSchema } from './record';
import { sessionSchema } from './session';

export const PORTFOLIO_SCHEMA_VERSION = 1;

/**
 * The candidate's own portfolio as stored on disk (portfolio.json) and as the renderer sees it.
 * Reflections are kept apart (one file each), since they are large and saved on every pause in
 * typing; see electron/core/reflections.
 * The program template is copied in, so a portfolio keeps meaning the same after the app's
 * default template changes.
 */
export const portfolioSchema = z.object({
  format: z.literal('cto-portfolio-store'),
  schemaVersion: z.literal(PORTFOLIO_SCHEMA_VERSION),
  portfolioId: recordIdSchema,
  createdAt: z.iso.datetime(),
  program: programTemplateSchema,
  profile: profileSchema,
  sessions: z.array(sessionSchema),
  assignments: z.array(assignmentSchema),
  logEntries: z.array(logEntrySchema),
  /** Artifact records; their files live in the content-addressed store beside portfolio.json. */
  artifacts: z.array(artifactSchema),
  /**
   * The candidate's replies in reviewers' threads (shared/review/candidate-reply.ts). Never
   * edited, so devices merge them as a union by id; missing in files written before reviews.
   */
  reviewReplies: z.array(candidateReplySchema).max(MAX_REPLIES).default([]),
});
export type Portfolio = z.infer<typeof portfolioSchema>;
