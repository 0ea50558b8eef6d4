import type { Portfolio } from '@shared/domain/portfolio';
import type { ReflectionSummary } from '@shared/domain/reflection';
import type { CheckboxGroup } from '../../components/CheckboxDisclosure';
import { liveArtifacts, liveAssignments, liveSessions } from '../../data/live-records';
import { sessionOptions } from '../../forms/options';

/** The choices of the link pickers, from the portfolio. Competencies are grouped by framework. */
export function competencyGroups(portfolio: Portfolio): CheckboxGroup[] {
  return portfolio.program.frameworks.map((framework) => ({
    label: framework.title,
    options: framework.competencies.map((c) => ({ value: c.id, label: c.title })),
  }));
}

export function assignmentGroups(portfolio: Portfolio): CheckboxGroup[] {
  return [
    {
      label: null,
      options: liveAssignments(portfolio).map((a) => ({ value: a.id, label: a.title })),
    },
  ];
}

export function artifactGroups(portfolio: Portfolio): CheckboxGroup[] {
  return [
    {
      label: null,
      options: liveArtifacts(portfolio).map((a) => ({ value: a.id, label: a.title })),
    },
  ];
}

export function reflectionGroups(reflections: readonly ReflectionSummary[]): CheckboxGroup[] {
  return [
    {
      label: null,
      options: reflections
        .filter((r) => r.deletedAt === null)
        .map((r) => ({ value: r.id, label: r.title })),
    },
  ];
}

export function sessionGroups(portfolio: Portfolio): CheckboxGroup[] {
  return [{ label: null, options: sessionOptions(liveSessions(portfolio), 'number-and-title') }];
}
