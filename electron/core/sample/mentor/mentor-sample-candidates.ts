import { addDays, localIsoDate } from '@shared/domain/dates';
import type { Handlers } from '@shared/contract/contract';
import { isLive } from '@shared/domain/record';

/**
 * The three candidates of the mentor sample, each at a different point of the program: one
 * on track (her mentor has finalised last month's report), one mid-conversation (an open
 * thread on a reflection), one behind (overdue work, no bundle for six weeks).
 */
export interface SampleCandidate {
  key: 'on-track' | 'open-thread' | 'overdue';
  name: string;
  organisation: string;
  /** How long before "now" the candidate exported the bundle the mentor has. */
  bundleAgeDays: number;
}

export const SAMPLE_CANDIDATES: readonly SampleCandidate[] = [
  {
    key: 'on-track',
    name: 'Jordan Rivera',
    organisation: 'Riverside Unified School District',
    bundleAgeDays: 2,
  },
  {
    key: 'open-thread',
    name: 'Priya Natarajan',
    organisation: 'Sierra Vista Elementary School District',
    bundleAgeDays: 6,
  },
  {
    key: 'overdue',
    name: 'Marcus Webb',
    organisation: 'Coastal Valley Unified School District',
    bundleAgeDays: 41,
  },
];

export const SAMPLE_MENTOR = {
  name: 'Dr. Angela Chen',
  position: 'Chief Technology Officer',
  organisation: 'Bay Area Unified School District',
  yearsAsLeader: 14,
  credential: 'Ed.D.; CETL',
} as const;

/** Makes the sample candidate's portfolio (already in `handlers`' folder) into `candidate`'s. */
export async function shapeCandidate(
  handlers: Handlers,
  candidate: SampleCandidate,
  now: Date,
): Promise<void> {
  await handlers['profile-update']({
    name: candidate.name,
    organisation: candidate.organisation,
    mentorName: SAMPLE_MENTOR.name,
  });
  if (candidate.key !== 'overdue') return;
  // Behind: the work in progress slipped past its due dates.
  const today = localIsoDate(now);
  const portfolio = await handlers['portfolio-get']({});
  const open = portfolio.assignments.filter(
    (a) => isLive(a) && (a.status === 'in-progress' || a.status === 'not-started'),
  );
  for (const [index, assignment] of open.slice(0, 3).entries()) {
    await handlers['assignment-update']({
      id: assignment.id,
      due: addDays(today, -12 - index * 9),
    });
  }
}
