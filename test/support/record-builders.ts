import type { Artifact } from '@shared/domain/artifact';
import { newRecordMeta } from '@shared/domain/record';

/**
 * An artifact record for tests: a PDF linked to nothing, made at `at`, with `fields` on top. One
 * builder, so a new field of Artifact is added in one place rather than in every test's literal.
 */
export function artifactRecord(id: string, at: Date, fields: Partial<Artifact> = {}): Artifact {
  return {
    ...newRecordMeta(id, at),
    title: 'Network plan',
    description: '',
    tags: [],
    competencyIds: [],
    sessionNumbers: [],
    assignmentIds: [],
    private: false,
    sha256: 'a'.repeat(64),
    size: 10,
    fileName: 'plan.pdf',
    mediaType: 'application/pdf',
    ...fields,
  };
}
