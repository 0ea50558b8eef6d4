import type { Portfolio } from '@shared/domain/portfolio';
import { isLive, type RecordMeta } from '@shared/domain/record';
import type { Reflection, ReflectionFields } from '@shared/domain/reflection';
import { sessionLabel } from '@shared/domain/session';

type Links = Partial<
  Pick<ReflectionFields, 'session' | 'assignmentIds' | 'artifactIds' | 'competencyIds'>
>;

/** Ids in `wanted` that `current` did not link yet: links kept from before are never re-judged. */
function added(wanted: readonly string[] | undefined, current: readonly string[] = []): string[] {
  return (wanted ?? []).filter((id) => !current.includes(id));
}

const PLURALS: Record<string, string> = {
  assignment: 'assignments',
  artifact: 'artifacts',
  competency: 'competencies',
};

function unknownLinksSentence(name: string, ids: readonly string[]): string {
  const what =
    ids.length === 1
      ? `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} that no longer exists`
      : `${ids.length} ${PLURALS[name]} that no longer exist`;
  return `The reflection links to ${what} (${ids.join(', ')}); reload and choose again.`;
}

/**
 * Why the links of a new or changed reflection cannot be saved, as one sentence; null when every
 * newly linked session, assignment, artifact and competency exists in the portfolio. A link that
 * was already there stays valid even when its target was deleted since (it is shown as deleted).
 */
export function invalidLinkReason(
  portfolio: Portfolio,
  links: Links,
  current?: Reflection,
): string | null {
  if (links.session != null && links.session !== current?.session) {
    const exists = portfolio.sessions.some((s) => isLive(s) && s.number === links.session);
    if (!exists)
      return `${sessionLabel(links.session)} is not part of this portfolio's program; choose another session.`;
  }
  const liveIds = (records: readonly RecordMeta[]) =>
    new Set(records.filter(isLive).map((r) => r.id));
  const checks: [string, string[], Set<string>][] = [
    [
      'assignment',
      added(links.assignmentIds, current?.assignmentIds),
      liveIds(portfolio.assignments),
    ],
    ['artifact', added(links.artifactIds, current?.artifactIds), liveIds(portfolio.artifacts)],
    [
      'competency',
      added(links.competencyIds, current?.competencyIds),
      new Set(portfolio.program.frameworks.flatMap((f) => f.competencies.map((c) => c.id))),
    ],
  ];
  for (const [name, ids, known] of checks) {
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) return unknownLinksSentence(name, unknown);
  }
  return null;
}
