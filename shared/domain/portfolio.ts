import { z } from 'zod';
import { programTemplateSchema } from '../program/template-schema';
import { assignmentSchema } from './assignment';
import { logEntrySchema } from './log-entry';
import { profileSchema } from './profile';
import { sessionSchema } from './session';

export const PORTFOLIO_SCHEMA_VERSION = 1;

/**
 * The candidate's own portfolio as stored on disk (portfolio.json) and as the renderer sees it.
 * The program template is copied in, so a portfolio keeps meaning the same after the app's
 * default template changes.
 */
export const portfolioSchema = z.object({
  format: z.literal('cto-portfolio-store'),
  schemaVersion: z.literal(PORTFOLIO_SCHEMA_VERSION),
  portfolioId: z.string().min(1).max(100),
  createdAt: z.iso.datetime(),
  program: programTemplateSchema,
  profile: profileSchema,
  sessions: z.array(sessionSchema),
  assignments: z.array(assignmentSchema),
  logEntries: z.array(logEntrySchema),
});
export type Portfolio = z.infer<typeof portfolioSchema>;
