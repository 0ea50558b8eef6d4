import { artifactUpdateInputSchema } from '@shared/contract/contract';
import type { Artifact } from '@shared/domain/artifact';
import { validatedOf, type Validated } from '../../forms/field-errors';
import type { z } from 'zod';

export type ArtifactUpdateInput = z.infer<typeof artifactUpdateInputSchema>;

/** The artifact as the form holds it: tags as one comma-separated line, sessions as text. */
export interface ArtifactFormValues {
  title: string;
  description: string;
  tags: string;
  sessionNumbers: string[];
  assignmentIds: string[];
  competencyIds: string[];
  private: boolean;
}

export function artifactFormValuesOf(artifact: Artifact): ArtifactFormValues {
  return {
    title: artifact.title,
    description: artifact.description,
    tags: artifact.tags.join(', '),
    sessionNumbers: artifact.sessionNumbers.map(String),
    assignmentIds: artifact.assignmentIds,
    competencyIds: artifact.competencyIds,
    private: artifact.private,
  };
}

/** "budget, Board , budget" -> ["budget", "Board"]: trimmed, no blanks, each tag once. */
export function parseTags(line: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of line.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/** The update to send, checked with the contract's own schema. */
export function validateArtifactEdit(
  id: string,
  values: ArtifactFormValues,
): Validated<ArtifactUpdateInput> {
  return validatedOf(
    artifactUpdateInputSchema.safeParse({
      id,
      title: values.title,
      description: values.description,
      tags: parseTags(values.tags),
      sessionNumbers: values.sessionNumbers.map(Number).sort((a, b) => a - b),
      assignmentIds: values.assignmentIds,
      competencyIds: values.competencyIds,
      private: values.private,
    }),
  );
}
