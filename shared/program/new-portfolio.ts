import { addDays, type IsoDate } from '../domain/dates';
import type { Assignment } from '../domain/assignment';
import { PORTFOLIO_SCHEMA_VERSION, type Portfolio } from '../domain/portfolio';
import { newRecordMeta } from '../domain/record';
import type { Session } from '../domain/session';
import type { ProgramTemplate, TemplateAssignment } from './template-schema';

export interface NewPortfolioOptions {
  template: ProgramTemplate;
  now: Date;
  newId: () => string;
  /** Session dates known at creation, by session number. */
  sessionDates?: Partial<Record<number, IsoDate>>;
}

/** The due date an assignment made from the template gets from its session's date. */
export function derivedDueDate(
  sessionDate: IsoDate | null,
  offsetDays: number | null,
): IsoDate | null {
  if (sessionDate === null || offsetDays === null) return null;
  return addDays(sessionDate, offsetDays);
}

/** A fresh portfolio: the template's sessions and assignments, nothing filled in yet. */
export function newPortfolio({
  template,
  now,
  newId,
  sessionDates = {},
}: NewPortfolioOptions): Portfolio {
  const sessions: Session[] = template.sessions.map((s) => ({
    ...newRecordMeta(newId(), now),
    number: s.number,
    title: s.title,
    topics: s.topics,
    date: sessionDates[s.number] ?? null,
    place: '',
    attendance: 'unrecorded',
    notes: '',
    feedback: { rating: null, comments: '', updatedAt: null },
  }));
  const dateOf = (number: number | null) =>
    number === null ? null : (sessionDates[number] ?? null);
  const assignments: Assignment[] = template.assignments.map((a: TemplateAssignment) => ({
    ...newRecordMeta(newId(), now),
    title: a.title,
    kind: a.kind,
    session: a.session,
    description: a.description,
    due: derivedDueDate(dateOf(a.session), a.dueOffsetDays),
    dueOffsetDays: a.dueOffsetDays,
    status: 'not-started',
    grade: '',
    graderComment: '',
  }));
  return {
    format: 'cto-portfolio-store',
    schemaVersion: PORTFOLIO_SCHEMA_VERSION,
    portfolioId: newId(),
    createdAt: now.toISOString(),
    program: template,
    profile: {
      ...newRecordMeta(newId(), now),
      name: '',
      organisation: '',
      mentorName: '',
      cohortYear: null,
      welcomeCompletedAt: null,
    },
    sessions,
    assignments,
    logEntries: [],
    artifacts: [],
    reviewReplies: [],
  };
}
