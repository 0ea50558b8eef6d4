import { evidenceCoverage } from '@shared/progress/evidence-coverage';
import type { Leap2aContext } from './leap2a-context';
import { paragraphsContent } from './text-xhtml';

/**
 * The evidence map: each competency of the program's frameworks as an `ability`, with
 * `has_evidence` links to the reflections and artifacts tagged with it (the evidence links are
 * stored on those records, as `competencyIds`). Competencies without evidence are listed too,
 * as the map shows them. Call after reflections and artifacts are in the feed.
 */
export function addAbilities({ model, parts }: Leap2aContext): void {
  const { frameworks } = model.portfolio.program;
  const coverage = evidenceCoverage(
    frameworks,
    model.reflections.map((r) => r.record),
    model.artifacts.map((a) => a.record),
  );
  const frameworkTitle = new Map(frameworks.map((f) => [f.id, `${f.title} (${f.version})`]));
  // The frameworks came with the program, so they date from when the portfolio was made.
  const at = model.portfolio.createdAt;
  for (const row of coverage.rows) {
    if (parts.idOf('competency', row.competency.id) !== undefined) continue;
    const id = parts.add('competency', row.competency.id, {
      type: 'ability',
      title: row.competency.title,
      published: at,
      updated: at,
      content: paragraphsContent([
        ['Framework', frameworkTitle.get(row.frameworkId) ?? ''],
        ['Group', row.competency.group ?? ''],
      ]),
    });
    for (const reflectionId of row.reflectionIds) {
      parts.relate(id, 'has_evidence', parts.idOf('reflection', reflectionId));
    }
    for (const artifactId of row.artifactIds) {
      parts.relate(id, 'has_evidence', parts.idOf('artifact', artifactId));
    }
  }
}
