import { z } from 'zod';
import { recordIdSchema, recordMetaSchema } from './record';
import { sessionNumberSchema } from './session';
import { longTextSchema, requiredShortTextSchema, shortTextSchema } from './text';

export const sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'Expected a SHA-256 in hex.' });

/** What the user edits about an artifact; the file itself never changes once stored. */
export const artifactFieldsSchema = z.object({
  title: requiredShortTextSchema,
  description: longTextSchema,
  tags: z.array(shortTextSchema.min(1)).max(50),
  competencyIds: z.array(recordIdSchema).max(100),
  sessionNumbers: z.array(sessionNumberSchema).max(10),
  assignmentIds: z.array(recordIdSchema).max(50),
  private: z.boolean(),
});
export type ArtifactFields = z.infer<typeof artifactFieldsSchema>;

/** The stored file, in the content-addressed store under its SHA-256. */
export const artifactFileSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().min(0),
  /** The name the file had when added, shown and used for downloads; never used as a path. */
  fileName: z.string().min(1).max(255),
  /** The media type the file was added with (from its extension); serving uses our own allowlist. */
  mediaType: z.string().min(1).max(200),
});
export type ArtifactFile = z.infer<typeof artifactFileSchema>;

export const artifactSchema = recordMetaSchema.extend({
  ...artifactFieldsSchema.shape,
  ...artifactFileSchema.shape,
});
export type Artifact = z.infer<typeof artifactSchema>;
