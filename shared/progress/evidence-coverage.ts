import type { RecordMeta } from '../domain/record';
import type { Competency, Framework } from '../program/template-schema';

/** What the map needs of a piece of evidence; reflection summaries and artifacts both fit. */
export type TaggedEvidence = Pick<RecordMeta, 'id' | 'deletedAt'> & {
  competencyIds: readonly string[];
};

/** One row of the evidence map: a competency and the live evidence tagged with it. */
export interface EvidenceRow {
  frameworkId: string;
  competency: Competency;
  reflectionIds: string[];
  artifactIds: string[];
  covered: boolean;
}

export interface FrameworkCoverage {
  frameworkId: string;
  title: string;
  covered: number;
  total: number;
}

export interface EvidenceCoverage {
  /** Framework by framework, competencies in the framework's order. */
  rows: EvidenceRow[];
  frameworks: FrameworkCoverage[];
}

/** Competency id -> ids of the live evidence tagged with it. */
function idsByCompetency(evidence: readonly TaggedEvidence[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of evidence) {
    if (item.deletedAt !== null) continue;
    for (const competencyId of new Set(item.competencyIds)) {
      const ids = map.get(competencyId);
      if (ids) ids.push(item.id);
      else map.set(competencyId, [item.id]);
    }
  }
  return map;
}

/**
 * The competency evidence map: for each competency of the given frameworks (program areas, CoSN,
 * or both), the reflections and artifacts tagged with it, whether it is covered (at least one of
 * either), and per framework how many competencies are covered. Deleted evidence never counts.
 */
export function evidenceCoverage(
  frameworks: readonly Framework[],
  reflections: readonly TaggedEvidence[],
  artifacts: readonly TaggedEvidence[],
): EvidenceCoverage {
  const reflectionsOf = idsByCompetency(reflections);
  const artifactsOf = idsByCompetency(artifacts);
  const rows: EvidenceRow[] = [];
  const summary: FrameworkCoverage[] = [];
  for (const framework of frameworks) {
    let covered = 0;
    for (const competency of framework.competencies) {
      const reflectionIds = reflectionsOf.get(competency.id) ?? [];
      const artifactIds = artifactsOf.get(competency.id) ?? [];
      const isCovered = reflectionIds.length + artifactIds.length > 0;
      if (isCovered) covered += 1;
      rows.push({
        frameworkId: framework.id,
        competency,
        reflectionIds,
        artifactIds,
        covered: isCovered,
      });
    }
    summary.push({
      frameworkId: framework.id,
      title: framework.title,
      covered,
      total: framework.competencies.length,
    });
  }
  return { rows, frameworks: summary };
}
