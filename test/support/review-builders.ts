import { createHash } from 'node:crypto';
import { newRecordMeta } from '@shared/domain/record';
import type { ReceivedReview } from '@shared/review/received-review';
import { reportHashText } from '@shared/review/report-hash';
import {
  EMPTY_REVIEW_LAYER,
  type Evaluation,
  type ProgressReport,
  type ReviewLayerContent,
  type Thread,
} from '@shared/review/review-layer';
import type { Reviewer, ReviewerRole } from '@shared/review/roles';

/** Reviewers as a candidate meets them: one mentor, one instructor. */
export const MENTOR: Reviewer = { reviewerId: 'mentor-1', name: 'Dr. Alex Chen', role: 'mentor' };
export const INSTRUCTOR: Reviewer = {
  reviewerId: 'instructor-1',
  name: 'Pat Morales',
  role: 'instructor',
};

export const reviewerOf = (role: ReviewerRole): Reviewer =>
  role === 'mentor' ? MENTOR : INSTRUCTOR;

/** A record's meta, made and last changed at `at`. */
function metaAt(id: string, at: string) {
  return { ...newRecordMeta(id, new Date(at)), updatedAt: at };
}

export function evaluation(
  assignmentId: string,
  fields: Partial<Evaluation> & { at: string },
): Evaluation {
  const { at, ...rest } = fields;
  return {
    ...metaAt(`eval-${assignmentId}`, at),
    assignmentId,
    result: 'passed',
    rubric: [],
    comment: '',
    ...rest,
  };
}

export function thread(
  id: string,
  target: Thread['target'],
  fields: Partial<Thread> & { at: string; body?: string; reviewer?: Reviewer },
): Thread {
  const { at, body = 'A comment.', reviewer = MENTOR, ...rest } = fields;
  return {
    ...metaAt(id, at),
    target,
    anchor: null,
    comments: [
      {
        id: `${id}-c1`,
        authorRole: reviewer.role,
        authorName: reviewer.name,
        body,
        createdAt: at,
      },
    ],
    resolvedAt: null,
    ...rest,
  };
}

/** A final report with its SHA-256 taken as the core takes it. */
export function finalReport(
  id: string,
  month: string,
  fields: Partial<ProgressReport> = {},
): ProgressReport {
  const at = `${month}-28T12:00:00.000Z`;
  const report: ProgressReport = {
    ...metaAt(id, at),
    month,
    facts: {
      from: null,
      to: `${month}-28`,
      sessionsAttended: 2,
      assignmentsSubmitted: 3,
      assignmentsPassed: 1,
      newReflections: 4,
      newArtifacts: 1,
      contacts: 5,
      workStudyHours: 6.5,
    },
    ratings: [],
    strengths: 'Clear budget writing.',
    concerns: '',
    nextSteps: 'Present the network plan.',
    employmentConfirmed: true,
    signOff: { name: MENTOR.name, date: `${month}-28` },
    state: 'final',
    finalizedAt: at,
    sha256: null,
    ...fields,
  };
  return {
    ...report,
    sha256: createHash('sha256').update(reportHashText(report)).digest('hex'),
  };
}

/** A review as the candidate keeps it after applying it. */
export function receivedReview(
  reviewer: Reviewer,
  layer: Partial<ReviewLayerContent>,
  fields: Partial<ReceivedReview> = {},
): ReceivedReview {
  return {
    format: 'cto-received-review',
    formatVersion: 1,
    portfolioId: 'portfolio-1',
    reviewer,
    exportedAt: '2026-11-20T10:00:00.000Z',
    receivedAt: '2026-11-21T10:00:00.000Z',
    manifestSha256: createHash('sha256').update(reviewer.reviewerId).digest('hex'),
    layer: { ...EMPTY_REVIEW_LAYER, ...layer },
    ...fields,
  };
}
