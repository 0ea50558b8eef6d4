import type { AssignmentKind } from '../domain/assignment';
import { DEFAULT_PROGRAM } from '../program/default-program';
import type { Competency, ProgramTemplate, Rubric } from '../program/template-schema';

/** The framework of the program's nine candidate areas, rated in every monthly report. */
export const CANDIDATE_AREAS_FRAMEWORK_ID = 'cite-candidate-areas';

/**
 * The rubrics a reviewer scores with. A portfolio keeps the template it was made from, and
 * portfolios made before templates had rubrics have none: the built-in program's rubrics then
 * apply, when the portfolio follows the built-in program.
 */
export function rubricsOf(program: ProgramTemplate): readonly Rubric[] {
  if (program.rubrics.length > 0 || program.id !== DEFAULT_PROGRAM.id) return program.rubrics;
  return DEFAULT_PROGRAM.rubrics;
}

/** The rubric for assignments of `kind`, or null when the program has none for it. */
export function rubricForKind(program: ProgramTemplate, kind: AssignmentKind): Rubric | null {
  return rubricsOf(program).find((rubric) => rubric.kinds.includes(kind)) ?? null;
}

/** The nine candidate areas (the built-in ones when the program has no such framework). */
export function candidateAreasOf(program: ProgramTemplate): readonly Competency[] {
  const own = program.frameworks.find((f) => f.id === CANDIDATE_AREAS_FRAMEWORK_ID);
  const fallback = DEFAULT_PROGRAM.frameworks.find((f) => f.id === CANDIDATE_AREAS_FRAMEWORK_ID);
  return (own ?? fallback)?.competencies ?? [];
}

/** Every competency of the program's frameworks, for tagging work-study entries. */
export function programCompetencies(program: ProgramTemplate): readonly Competency[] {
  return program.frameworks.flatMap((framework) => framework.competencies);
}
