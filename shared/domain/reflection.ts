import { z } from 'zod';
import { EMPTY_DOC, richTextDocSchema } from '../rich-text/rich-text-schema';
import { recordIdSchema, recordMetaSchema } from './record';
import { sessionNumberSchema } from './session';
import { requiredShortTextSchema } from './text';

export const REFLECTION_STATUSES = ['draft', 'final'] as const;
export const reflectionStatusSchema = z.enum(REFLECTION_STATUSES);
export type ReflectionStatus = z.infer<typeof reflectionStatusSchema>;

const idListSchema = (max: number) => z.array(recordIdSchema).max(max);

/**
 * A reflection links to sessions, assignments, artifacts and competencies. The link to an
 * artifact is stored here only (not on the artifact too), so the two can never disagree; the
 * artifact's view derives its reflections from these lists.
 */
export const reflectionFieldsSchema = z.object({
  title: requiredShortTextSchema,
  status: reflectionStatusSchema,
  session: sessionNumberSchema.nullable(),
  assignmentIds: idListSchema(50),
  artifactIds: idListSchema(500),
  competencyIds: idListSchema(100),
  /** Private items stay on this computer: exports leave them out unless asked. */
  private: z.boolean(),
  content: richTextDocSchema,
});
export type ReflectionFields = z.infer<typeof reflectionFieldsSchema>;

export const reflectionSchema = recordMetaSchema.extend({
  ...reflectionFieldsSchema.shape,
  wordCount: z.number().int().min(0),
});
export type Reflection = z.infer<typeof reflectionSchema>;

/** What lists and search results need, without the whole body. */
export const reflectionSummarySchema = reflectionSchema.omit({ content: true }).extend({
  excerpt: z.string().max(400),
});
export type ReflectionSummary = z.infer<typeof reflectionSummarySchema>;

export const NEW_REFLECTION_FIELDS: ReflectionFields = {
  title: 'Untitled reflection',
  status: 'draft',
  session: null,
  assignmentIds: [],
  artifactIds: [],
  competencyIds: [],
  private: false,
  content: EMPTY_DOC,
};
