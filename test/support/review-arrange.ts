import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import type { JobStatus } from '@shared/jobs/job-status';
import type { ReviewerRole } from '@shared/review/roles';
import { IdentityStore } from '../../electron/core/review/identity-store';
import { waitFor } from './wait-for';

/** Any test core: its data folder and a typed call that fails the test on an error. */
export interface CallableCore {
  dir: string;
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
}

/** The text of the candidate's reflection, and a passage of it a mentor comments on. */
export const REFLECTION_TEXT =
  'We moved the help desk budget to a three-year plan. The board asked for quarterly updates.';
export const PASSAGE = 'a three-year plan';

async function finished(core: CallableCore, jobId: string): Promise<JobStatus> {
  let job!: JobStatus;
  await waitFor(async () => (job = await core.call('job-status', { jobId })).state !== 'running', {
    what: `job ${jobId} to finish`,
    timeoutMs: 15_000,
  });
  return job;
}

/**
 * A candidate's portfolio with something to review: a profile, session 1 attended on
 * 2026-09-10, its session assignment submitted, a reflection and a contact with the mentor.
 */
export async function arrangeCandidate(candidate: CallableCore) {
  await candidate.call('profile-update', { name: 'Jordan Lee', organisation: 'Lakeside USD' });
  const portfolio = await candidate.call('portfolio-get', {});
  const session = await candidate.call('session-update', {
    id: portfolio.sessions.find((s) => s.number === 1)!.id,
    date: '2026-09-10',
    attendance: 'attended',
  });
  const sessionAssignment = portfolio.assignments.find((a) => a.kind === 'session')!;
  const prerequisite = portfolio.assignments.find((a) => a.kind === 'prerequisite')!;
  await candidate.call('assignment-update', { id: sessionAssignment.id, status: 'submitted' });
  const reflection = await candidate.call('reflection-create', {
    title: 'Budget lessons',
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: REFLECTION_TEXT }] }],
    },
  });
  await candidate.call('log-create', {
    date: '2026-09-12',
    channel: 'meeting',
    summary: 'Talked about the budget',
    followUps: '',
  });
  return {
    portfolioId: portfolio.portfolioId,
    session,
    sessionId: session.id,
    sessionAssignment,
    prerequisite,
    reflection,
  };
}

/** Exports the candidate's bundle (private items too) and imports it into `mentor` as review. */
export async function importForReview(candidate: CallableCore, mentor: CallableCore) {
  const exportJob = await finished(
    candidate,
    (await candidate.call('bundle-export-start', { includePrivate: true })).jobId,
  );
  if (!exportJob.exported) throw new Error(`The export failed: ${exportJob.error}`);
  const path = join(candidate.dir, 'exports', exportJob.jobId, exportJob.exported.fileName);
  const { jobId } = await mentor.call('bundle-import-inspect', { source: { kind: 'path', path } });
  const inspection = await finished(mentor, jobId);
  if (!inspection.importSummary) throw new Error(`The inspection failed: ${inspection.error}`);
  return mentor.call('bundle-import-commit', {
    inspectionId: inspection.importSummary.inspectionId,
    as: 'review',
  });
}

/** Says who uses `dir`: a reviewer of `role` named `name` (as the "who am I" step saves it). */
export async function becomeReviewer(
  dir: string,
  name = 'Sam Rivera',
  role: ReviewerRole = 'mentor',
): Promise<void> {
  const now = new Date('2026-09-01T09:00:00.000Z');
  const identity = new IdentityStore(dir, { now: () => now }, () => 'reviewer-sam');
  await identity.update((current) => ({
    ...current,
    roles: [role],
    rolesChosenAt: now.toISOString(),
    reviewer: { ...current.reviewer, name },
  }));
}
