import type { Artifact } from '@shared/domain/artifact';
import type { ReflectionSummary } from '@shared/domain/reflection';
import { evidenceCoverage } from '@shared/progress/evidence-coverage';
import type { Competency, Framework } from '@shared/program/template-schema';

interface Titled {
  id: string;
  title: string;
}

export interface EvidenceRow {
  competency: Competency;
  reflections: Titled[];
  artifacts: Titled[];
  covered: boolean;
}

export interface FrameworkEvidence {
  framework: Framework;
  rows: EvidenceRow[];
  covered: number;
  total: number;
}

const byId = (items: readonly Titled[]) => new Map(items.map((item) => [item.id, item]));
const pick = (ids: readonly string[], from: Map<string, Titled>) =>
  ids.flatMap((id) => {
    const item = from.get(id);
    return item ? [{ id: item.id, title: item.title }] : [];
  });

/** One framework's rows of the shared evidence map, with the titles the table links show. */
export function frameworkEvidence(
  framework: Framework,
  reflections: readonly ReflectionSummary[],
  artifacts: readonly Artifact[],
): FrameworkEvidence {
  const coverage = evidenceCoverage([framework], reflections, artifacts);
  const reflectionsById = byId(reflections);
  const artifactsById = byId(artifacts);
  const summary = coverage.frameworks[0];
  return {
    framework,
    rows: coverage.rows.map((row) => ({
      competency: row.competency,
      reflections: pick(row.reflectionIds, reflectionsById),
      artifacts: pick(row.artifactIds, artifactsById),
      covered: row.covered,
    })),
    covered: summary?.covered ?? 0,
    total: summary?.total ?? framework.competencies.length,
  };
}
