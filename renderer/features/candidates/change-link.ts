import type { ChangeKind } from '@shared/review/portfolio-changes';
import { paths } from '../../app/paths';

/** Where the candidate's own screens (read-only, under /candidates/:id) show each kind. */
const SEGMENTS: Record<ChangeKind, string> = {
  session: 'sessions',
  assignment: 'assignments',
  reflection: 'reflections',
  artifact: 'artifacts',
  'log-entry': 'log',
};

/** The page of one changed record of a candidate, e.g. /candidates/p1/reflections/r1. */
export function changeLink(portfolioId: string, kind: ChangeKind, recordId: string): string {
  return `${paths.candidate(portfolioId)}/${SEGMENTS[kind]}/${encodeURIComponent(recordId)}`;
}
