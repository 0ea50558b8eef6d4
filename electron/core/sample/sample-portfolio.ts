import type { Artifact } from '@shared/domain/artifact';
import type { Assignment, AssignmentStatus } from '@shared/domain/assignment';
import { addDays, localIsoDate, type IsoDate } from '@shared/domain/dates';
import type { LogChannel, LogEntry } from '@shared/domain/log-entry';
import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta, touched } from '@shared/domain/record';
import type { Attendance, Session } from '@shared/domain/session';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { mediaTypeForFileName } from '@shared/media-types';
import { SAMPLE_ARTIFACTS, sampleArtifactId } from './sample-artifacts';

/** A sample file as stored in the content store (see sample-files.ts). */
export interface SampleArtifactFile {
  key: string;
  sha256: string;
  size: number;
}

export interface SampleOptions {
  now: Date;
  newId: () => string;
  /** The stored sample files; each becomes an artifact record. */
  artifactFiles: readonly SampleArtifactFile[];
}

/**
 * Session dates relative to today, a month apart: session 4 was three weeks ago and session 5 is
 * nine days ahead, so its prerequisite (due three days before) is due soon and session 4's
 * assignment (due two weeks after) is overdue. Kickoff to session 4 lie in the past, 5 to final ahead.
 */
const NEXT_SESSION = 5;
const DAYS_TO_NEXT_SESSION = 9;
const DAYS_BETWEEN_SESSIONS = 30;

function sampleSessionDate(today: IsoDate, number: number): IsoDate {
  return addDays(today, DAYS_TO_NEXT_SESSION + (number - NEXT_SESSION) * DAYS_BETWEEN_SESSIONS);
}

interface SessionStory {
  place: string;
  attendance?: Attendance;
  notes?: string;
  feedback?: { rating: number; comments: string };
}

const SESSION_STORIES: Record<number, SessionStory> = {
  0: {
    place: 'CITE office, Sacramento',
    attendance: 'attended',
    notes: 'Met Dr. Chen in person. Agreed on a monthly call and a visit each semester.',
    feedback: { rating: 5, comments: 'Clear overview; meeting the whole cohort helped.' },
  },
  1: {
    place: 'Online (Zoom)',
    attendance: 'attended',
    notes: 'Strategic plan exercise: start from the board goals, not from the gear.',
    feedback: { rating: 4, comments: 'Great case studies. The breakout rooms were a bit short.' },
  },
  2: {
    place: 'Fresno County Office of Education',
    attendance: 'excused',
    notes: 'Excused: district board meeting the same evening. Watched the recording afterwards.',
    feedback: { rating: 4, comments: 'The recording was complete; slides arrived a day late.' },
  },
  3: {
    place: 'CITE office, Sacramento',
    attendance: 'attended',
    notes: 'E-rate timeline and the LCAP: tie every purchase to a goal the board already approved.',
    feedback: { rating: 5, comments: 'The budget simulation was the most useful hour so far.' },
  },
  4: {
    place: 'Online (Zoom)',
    attendance: 'attended',
    notes: 'Tabletop ransomware exercise. Our incident response plan has no communications lead.',
    feedback: { rating: 3, comments: 'Too much content for one afternoon; split it in two?' },
  },
  5: { place: 'San Diego County Office of Education' },
  6: { place: 'Online (Zoom)' },
  7: { place: 'CITE office, Sacramento' },
  8: { place: 'Online (Zoom)' },
  9: { place: 'CITE Annual Conference, Monterey' },
};

interface AssignmentStory {
  status: AssignmentStatus;
  grade?: string;
  graderComment?: string;
  /** A due date moved by hand, in days from today (the template's offset no longer applies). */
  dueInDays?: number;
}

/** Keyed by the template's assignment keys, in the order the template lists them. */
const ASSIGNMENT_STORIES: Record<string, AssignmentStory> = {
  'prerequisite-1': { status: 'passed', grade: 'Complete' },
  'session-1': {
    status: 'passed',
    grade: 'A',
    graderComment: 'A clear three-year plan with measurable goals. Well done.',
  },
  'prerequisite-2': { status: 'passed', grade: 'Complete' },
  'session-2': {
    status: 'passed',
    grade: 'A-',
    graderComment: 'Good PD survey; add how you will measure classroom impact.',
  },
  'prerequisite-3': { status: 'passed', grade: 'Complete' },
  'session-3': {
    status: 'needs-revision',
    grade: 'Revise',
    graderComment:
      'The budget omits E-rate reimbursements and multi-year device refresh. Please revise and resubmit.',
    dueInDays: 3,
  },
  'prerequisite-4': { status: 'passed', grade: 'Complete' },
  'session-4': { status: 'in-progress' },
  'class-presentation': {
    status: 'passed',
    grade: 'Pass',
    graderComment: 'Confident delivery; keep the slides to one idea each.',
  },
  'portfolio-midpoint': { status: 'submitted' },
  'prerequisite-5': { status: 'in-progress' },
};

function fillSession(session: Session, now: Date): Session {
  const story = SESSION_STORIES[session.number];
  if (!story) return session;
  const at = now.toISOString();
  return touched(
    session,
    {
      place: story.place,
      attendance: story.attendance ?? 'unrecorded',
      notes: story.notes ?? '',
      feedback: story.feedback
        ? { rating: story.feedback.rating, comments: story.feedback.comments, updatedAt: at }
        : session.feedback,
    },
    now,
  );
}

function fillAssignment(
  assignment: Assignment,
  story: AssignmentStory | undefined,
  today: IsoDate,
  now: Date,
): Assignment {
  if (!story) return assignment;
  const moved =
    story.dueInDays === undefined
      ? {}
      : { due: addDays(today, story.dueInDays), dueOffsetDays: null };
  return touched(
    assignment,
    {
      status: story.status,
      grade: story.grade ?? '',
      graderComment: story.graderComment ?? '',
      ...moved,
    },
    now,
  );
}

const LOG_STORIES: { daysAgo: number; channel: LogChannel; summary: string; followUps: string }[] =
  [
    {
      daysAgo: 138,
      channel: 'meeting',
      summary: 'First meeting after the kickoff: goals for the year and how we will stay in touch.',
      followUps: 'Send my org chart and the current technology plan.',
    },
    {
      daysAgo: 110,
      channel: 'email',
      summary:
        "Dr. Chen shared a neighbouring district's strategic plan as a model for the session 1 assignment.",
      followUps: '',
    },
    {
      daysAgo: 80,
      channel: 'call',
      summary: 'Talked through presenting the device refresh to the cabinet.',
      followUps: 'Draft a one-page summary for the superintendent.',
    },
    {
      daysAgo: 52,
      channel: 'visit',
      summary: 'Shadowed Dr. Chen for a day: network operations center and a board study session.',
      followUps: 'Compare their help desk metrics with ours.',
    },
    {
      daysAgo: 24,
      channel: 'call',
      summary: 'Prepared the class oral presentation; ran through the slides twice.',
      followUps: '',
    },
  ];

/** Two contacts in the current month, whatever day of the month today is. */
function thisMonthLogStories(today: IsoDate) {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const earlier = addDays(today, -6) < firstOfMonth ? firstOfMonth : addDays(today, -6);
  return [
    {
      date: earlier,
      channel: 'email' as const,
      summary: 'Asked how to approach the session 3 revision; got notes on E-rate categories.',
      followUps: 'Resubmit the revised budget this week.',
    },
    {
      date: today,
      channel: 'meeting' as const,
      summary: 'Monthly check-in: the overdue session 4 assignment and the midpoint review.',
      followUps: 'Finish the incident response plan draft; book the spring visit.',
    },
  ];
}

/** The artifact records of the sample's files, linked to the template's assignments by key. */
function sampleArtifacts(
  files: readonly SampleArtifactFile[],
  assignmentIdOf: (key: string) => string | undefined,
  now: Date,
): Artifact[] {
  return SAMPLE_ARTIFACTS.flatMap((spec): Artifact[] => {
    const file = files.find((f) => f.key === spec.key);
    if (!file) return [];
    return [
      {
        ...newRecordMeta(sampleArtifactId(spec.key), now),
        title: spec.title,
        description: spec.description,
        tags: spec.tags,
        competencyIds: spec.competencyIds,
        sessionNumbers: spec.sessionNumbers,
        assignmentIds: spec.assignmentKeys.flatMap((key) => assignmentIdOf(key) ?? []),
        private: false,
        sha256: file.sha256,
        size: file.size,
        fileName: spec.fileName,
        mediaType: mediaTypeForFileName(spec.fileName),
      },
    ];
  });
}

/**
 * "Jordan Rivera", half way through the program as of `now`: the sample a new user can open to
 * see every screen with realistic content. Built from the default template, so it stays
 * consistent with it; dates are relative to today so the sample always looks current.
 */
export function buildSamplePortfolio({ now, newId, artifactFiles }: SampleOptions): Portfolio {
  const today = localIsoDate(now);
  const sessionDates = Object.fromEntries(
    DEFAULT_PROGRAM.sessions.map((s) => [s.number, sampleSessionDate(today, s.number)]),
  );
  const base = newPortfolio({ template: DEFAULT_PROGRAM, now, newId, sessionDates });
  const kickoffYear = Number(sampleSessionDate(today, 0).slice(0, 4));

  const logEntries: LogEntry[] = [
    ...LOG_STORIES.map(({ daysAgo, ...story }) => ({ ...story, date: addDays(today, -daysAgo) })),
    ...thisMonthLogStories(today),
  ].map((story) => ({ ...newRecordMeta(newId(), now), ...story }));

  return {
    ...base,
    profile: touched(
      base.profile,
      {
        name: 'Jordan Rivera',
        organisation: 'Mesa Verde Unified School District',
        mentorName: 'Dr. Alex Chen',
        cohortYear: kickoffYear,
        welcomeCompletedAt: now.toISOString(),
      },
      now,
    ),
    sessions: base.sessions.map((s) => fillSession(s, now)),
    // newPortfolio keeps the template's order, so the template's keys name each assignment.
    assignments: base.assignments.map((a, index) =>
      fillAssignment(
        a,
        ASSIGNMENT_STORIES[DEFAULT_PROGRAM.assignments[index]?.key ?? ''],
        today,
        now,
      ),
    ),
    logEntries,
    artifacts: sampleArtifacts(
      artifactFiles,
      (key) => base.assignments[DEFAULT_PROGRAM.assignments.findIndex((a) => a.key === key)]?.id,
      now,
    ),
  };
}
