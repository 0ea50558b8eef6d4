import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { ExportedFile } from '@shared/contract/contract';
import { isLive } from '@shared/domain/record';
import type { Portfolio } from '@shared/domain/portfolio';
import { addDays, type IsoDate } from '@shared/domain/dates';
import { sessionLabel, type Session } from '@shared/domain/session';
import type { Assignment } from '@shared/domain/assignment';
import type { RecordMeta } from '@shared/domain/record';
import { UserError } from '../errors';
import { exportFileName } from './export-file-name';

export const CALENDAR_MIME_TYPE = 'text/calendar';
const PRODUCT_ID = { company: 'CTO Mentor Portfolio', product: 'Calendar export', language: 'EN' };

export interface CalendarOptions {
  /** When the file is made: every event's DTSTAMP. */
  now: Date;
}

/**
 * The same record always gets the same UID, so importing a newer export into a calendar app
 * updates its events instead of adding copies; the portfolio id keeps two candidates apart.
 */
export function calendarUid(portfolio: Pick<Portfolio, 'portfolioId'>, recordId: string): string {
  return `${recordId}@${portfolio.portfolioId}.cto-portfolio`;
}

/** "Session 3: Fiscal Management"; kickoff and final keep their own title ("Kickoff meeting"). */
export function sessionEventSummary(session: Pick<Session, 'number' | 'title'>): string {
  const label = sessionLabel(session.number);
  const title = session.title.trim();
  if (title === '') return label;
  if (title.toLowerCase().startsWith(label.toLowerCase())) return title;
  return `${label}: ${title}`;
}

/** A date as the library's all-day value: midnight UTC, which it writes as the same YYYYMMDD. */
function allDay(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

interface CalendarEntry {
  record: RecordMeta;
  date: IsoDate;
  summary: string;
  description: string;
  location: string;
  /** Deadlines do not make the day busy; sessions do. */
  busy: boolean;
}

function sessionEntries(portfolio: Portfolio): CalendarEntry[] {
  return portfolio.sessions.filter(isLive).flatMap((session) =>
    session.date === null
      ? []
      : [
          {
            record: session,
            date: session.date,
            summary: sessionEventSummary(session),
            description: session.topics.length > 0 ? `Topics: ${session.topics.join(', ')}` : '',
            location: session.place,
            busy: true,
          },
        ],
  );
}

function assignmentEntries(portfolio: Portfolio): CalendarEntry[] {
  return portfolio.assignments.filter(isLive).flatMap((assignment: Assignment) =>
    assignment.due === null
      ? []
      : [
          {
            record: assignment,
            date: assignment.due,
            summary: `Due: ${assignment.title}`,
            description: assignment.description,
            location: '',
            busy: false,
          },
        ],
  );
}

function calendarEntries(portfolio: Portfolio): CalendarEntry[] {
  return [...sessionEntries(portfolio), ...assignmentEntries(portfolio)];
}

/** Said instead of saving a calendar with no event in it, which would look like a success. */
export const NOTHING_DATED =
  'Nothing has a date yet, so no calendar was saved: add session dates on the Sessions page or due dates to assignments, then export again.';

/**
 * The program's sessions and the due dates of live assignments as an iCalendar (RFC 5545) file:
 * all-day events, CRLF line endings, lines folded at 75 octets. SEQUENCE is the record's revision,
 * so calendar apps accept a changed date as an update of the event they already have.
 */
export function portfolioToIcs(portfolio: Portfolio, { now }: CalendarOptions): string {
  const owner = portfolio.profile.name.trim();
  const calendar = ical({
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    name: owner ? `${portfolio.program.title}: ${owner}` : portfolio.program.title,
  });
  for (const entry of calendarEntries(portfolio)) {
    calendar.createEvent({
      id: calendarUid(portfolio, entry.record.id),
      sequence: entry.record.revision,
      stamp: now,
      lastModified: new Date(entry.record.updatedAt),
      allDay: true,
      start: allDay(entry.date),
      // All-day events end the next day (DTEND is exclusive).
      end: allDay(addDays(entry.date, 1)),
      summary: entry.summary,
      description: entry.description || null,
      location: entry.location || null,
      transparency: entry.busy ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

export function calendarFileName(portfolio: Portfolio): string {
  return exportFileName(portfolio, 'calendar', 'ics');
}

/** What the 'calendar-export' channel answers; an empty calendar is refused with a sentence. */
export function calendarExport(portfolio: Portfolio, options: CalendarOptions): ExportedFile {
  if (calendarEntries(portfolio).length === 0) throw new UserError('not-found', NOTHING_DATED);
  return {
    fileName: calendarFileName(portfolio),
    mimeType: CALENDAR_MIME_TYPE,
    content: portfolioToIcs(portfolio, options),
  };
}
