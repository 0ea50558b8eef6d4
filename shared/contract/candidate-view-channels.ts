import { z } from 'zod';
import { portfolioSchema } from '../domain/portfolio';
import { recordIdSchema } from '../domain/record';
import { reflectionSchema, reflectionSummarySchema } from '../domain/reflection';
import { searchInputSchema, searchResultsSchema } from '../search/search-result';

/**
 * A candidate's imported copy, read by a mentor or instructor in the candidate's own screens
 * (`/candidates/<portfolioId>/…`). Every channel only looks: the copy is the candidate's content
 * and no channel here can change it. A missing copy is refused with one "not-found" sentence.
 */
const byPortfolio = z.strictObject({ portfolioId: recordIdSchema });
const byPortfolioAndId = z.strictObject({ portfolioId: recordIdSchema, id: recordIdSchema });

/** The kinds of record "new / changed since the previous bundle" is told for. */
export const CHANGED_RECORD_KINDS = [
  'sessions',
  'assignments',
  'reflections',
  'artifacts',
  'logEntries',
] as const;
export type ChangedRecordKind = (typeof CHANGED_RECORD_KINDS)[number];

const idsSchema = z.array(z.string());
const kindChangesSchema = z.object({ added: idsSchema, changed: idsSchema });

/**
 * Records new or changed in the current bundle compared with the one before it (by id and
 * revision). `hasPrevious` is false when no earlier bundle is kept: then nothing is marked.
 */
export const candidateChangedIdsSchema = z.object({
  hasPrevious: z.boolean(),
  records: z.object({
    sessions: kindChangesSchema,
    assignments: kindChangesSchema,
    reflections: kindChangesSchema,
    artifacts: kindChangesSchema,
    logEntries: kindChangesSchema,
  }),
});
export type CandidateChangedIds = z.infer<typeof candidateChangedIdsSchema>;

/** Search results per candidate: one entry for one copy, one per copy with hits for all. */
export const candidateSearchResultsSchema = z.object({
  query: z.string(),
  portfolios: z.array(
    z.object({
      portfolioId: z.string(),
      name: z.string(),
      groups: searchResultsSchema.shape.groups,
    }),
  ),
});
export type CandidateSearchResults = z.infer<typeof candidateSearchResultsSchema>;

export const candidateViewChannels = {
  'candidate-portfolio-get': { input: byPortfolio, output: portfolioSchema },
  'candidate-reflection-list': { input: byPortfolio, output: z.array(reflectionSummarySchema) },
  'candidate-reflection-get': { input: byPortfolioAndId, output: reflectionSchema },
  /** The reflection as it was in the previous bundle; null when it was not in it or none is kept. */
  'candidate-reflection-previous': { input: byPortfolioAndId, output: reflectionSchema.nullable() },
  'candidate-changed-ids': { input: byPortfolio, output: candidateChangedIdsSchema },
  'candidate-search': {
    input: searchInputSchema.extend({ portfolioId: recordIdSchema.nullable() }).strict(),
    output: candidateSearchResultsSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** The channels of this group: each only looks (see read-only-guard.ts). */
export const CANDIDATE_VIEW_CHANNELS = Object.keys(
  candidateViewChannels,
) as (keyof typeof candidateViewChannels)[];
