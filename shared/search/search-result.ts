import { z } from 'zod';

export const SEARCH_KINDS = ['reflection', 'artifact', 'assignment', 'session', 'log'] as const;
export const searchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof searchKindSchema>;

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  reflection: 'Reflections',
  artifact: 'Artifacts',
  assignment: 'Assignments',
  session: 'Sessions',
  log: 'Mentor log',
};

/** A piece of text to show, with the parts that matched the query marked (start, end offsets). */
export const highlightedTextSchema = z.object({
  text: z.string(),
  matches: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
});
export type HighlightedText = z.infer<typeof highlightedTextSchema>;

export const searchHitSchema = z.object({
  kind: searchKindSchema,
  id: z.string(),
  title: highlightedTextSchema,
  /** A short excerpt around the best match in the body, when the match was not in the title. */
  snippet: highlightedTextSchema.nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchInputSchema = z.strictObject({
  query: z.string().max(200, { error: 'Keep the search under 200 characters.' }),
  limit: z.number().int().min(1).max(200).optional(),
});

/** Hits grouped by kind, best first within each group; empty groups are left out. */
export const searchResultsSchema = z.object({
  query: z.string(),
  groups: z.array(z.object({ kind: searchKindSchema, hits: z.array(searchHitSchema) })),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;
