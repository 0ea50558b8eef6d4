import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '@shared/domain/portfolio';
import {
  calendarExport,
  calendarFileName,
  portfolioToIcs,
} from '../../../electron/core/exports/calendar-ics';
import { FIXED_NOW, datedPortfolio } from './portfolio-fixture';

type Component = InstanceType<typeof ICAL.Component>;

function eventsOf(ics: string): Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

function eventBySummary(ics: string, summary: string): Component {
  const event = eventsOf(ics).find((e) => e.getFirstPropertyValue('summary') === summary);
  if (!event) throw new Error(`No event "${summary}" in:\n${ics}`);
  return event;
}

function dateValue(event: Component, property: 'dtstart' | 'dtend') {
  const value = event.getFirstPropertyValue(property);
  if (!(value instanceof ICAL.Time)) throw new Error(`${property} is not a time`);
  return value;
}

/** Kickoff and session 3 dated (session 3 with a place), everything else undated. */
function portfolioWithSomeDates(): Portfolio {
  const portfolio = datedPortfolio({ 0: '2026-01-10', 3: '2026-03-14' });
  portfolio.sessions[3]!.place = 'CITE office, Sacramento; room "B"';
  portfolio.profile.name = 'José Núñez';
  return portfolio;
}

describe('portfolioToIcs', () => {
  it('has one all-day event per dated session and per dated assignment', () => {
    const portfolio = portfolioWithSomeDates();
    const ics = portfolioToIcs(portfolio, { now: FIXED_NOW });
    const dated = portfolio.assignments.filter((a) => a.due !== null);
    expect(dated.length).toBe(2);
    expect(eventsOf(ics).map((e) => e.getFirstPropertyValue('summary'))).toEqual([
      'Kickoff meeting',
      'Session 3: Fiscal Management',
      'Due: Prerequisite reading and assignment for session 3: Fiscal Management',
      'Due: Session 3 assignment: Fiscal Management',
    ]);
  });

  it('writes sessions with place and topics on the session date, as a DATE value', () => {
    const ics = portfolioToIcs(portfolioWithSomeDates(), { now: FIXED_NOW });
    const session = eventBySummary(ics, 'Session 3: Fiscal Management');
    expect(session.getFirstPropertyValue('location')).toBe('CITE office, Sacramento; room "B"');
    expect(session.getFirstPropertyValue('description')).toBe('Topics: Fiscal management');
    const start = dateValue(session, 'dtstart');
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-03-14');
    expect(dateValue(session, 'dtend').toString()).toBe('2026-03-15');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260314\r\n');
  });

  it('puts each due date on its own day, derived from the session date', () => {
    const ics = portfolioToIcs(portfolioWithSomeDates(), { now: FIXED_NOW });
    const due = eventBySummary(ics, 'Due: Session 3 assignment: Fiscal Management');
    expect(dateValue(due, 'dtstart').toString()).toBe('2026-03-28');
    expect(dateValue(due, 'dtstart').isDate).toBe(true);
  });

  it('gives each record the same UID in every export, and different portfolios different UIDs', () => {
    const portfolio = portfolioWithSomeDates();
    const uids = (p: Portfolio, now: Date) =>
      eventsOf(portfolioToIcs(p, { now })).map((e) => e.getFirstPropertyValue('uid'));
    const first = uids(portfolio, FIXED_NOW);
    const later = uids(portfolio, new Date('2026-09-01T00:00:00Z'));
    expect(later).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    const session3 = portfolio.sessions[3]!;
    expect(first).toContain(`${session3.id}@${portfolio.portfolioId}.cto-portfolio`);
    const other = { ...portfolio, portfolioId: 'another-portfolio' };
    expect(uids(other, FIXED_NOW).some((uid) => first.includes(uid))).toBe(false);
  });

  it('carries the record revision as SEQUENCE and the export time as DTSTAMP', () => {
    const portfolio = portfolioWithSomeDates();
    portfolio.sessions[3]!.revision = 7;
    const ics = portfolioToIcs(portfolio, { now: FIXED_NOW });
    const session = eventBySummary(ics, 'Session 3: Fiscal Management');
    expect(session.getFirstPropertyValue('sequence')).toBe(7);
    expect(String(session.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T09:30:00Z');
  });

  it('names the app in PRODID', () => {
    const ics = portfolioToIcs(portfolioWithSomeDates(), { now: FIXED_NOW });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('prodid')).toContain('CTO Mentor Portfolio');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('leaves out deleted sessions and deleted assignments', () => {
    const portfolio = portfolioWithSomeDates();
    portfolio.sessions[0]!.deletedAt = FIXED_NOW.toISOString();
    const dated = portfolio.assignments.find((a) => a.due !== null)!;
    dated.deletedAt = FIXED_NOW.toISOString();
    const summaries = eventsOf(portfolioToIcs(portfolio, { now: FIXED_NOW })).map((e) =>
      e.getFirstPropertyValue('summary'),
    );
    expect(summaries).not.toContain('Kickoff meeting');
    expect(summaries).not.toContain(`Due: ${dated.title}`);
    expect(summaries).toHaveLength(2);
  });

  it('ends every line with CRLF and folds lines at 75 octets without breaking characters', () => {
    const portfolio = portfolioWithSomeDates();
    const longText = 'Évaluation du réseau — “fibre” 🚀 ñandú '.repeat(12).trim();
    portfolio.sessions[3]!.place = longText;
    const ics = portfolioToIcs(portfolio, { now: FIXED_NOW });

    expect(ics.endsWith('END:VCALENDAR')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(
      eventBySummary(ics, 'Session 3: Fiscal Management').getFirstPropertyValue('location'),
    ).toBe(longText);
  });

  it('exports an empty but valid calendar when nothing has a date yet', () => {
    const ics = portfolioToIcs(datedPortfolio(), { now: FIXED_NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(eventsOf(ics)).toEqual([]);
  });
});

describe('calendarFileName', () => {
  it('names the file after the candidate, accents folded', () => {
    expect(calendarFileName(portfolioWithSomeDates())).toBe(
      'cto-portfolio-jose-nunez-calendar.ics',
    );
  });

  it('falls back to a generic name when the profile has no usable name', () => {
    const portfolio = datedPortfolio();
    expect(calendarFileName(portfolio)).toBe('cto-portfolio-calendar.ics');
    portfolio.profile.name = '李 / ***';
    expect(calendarFileName(portfolio)).toBe('cto-portfolio-calendar.ics');
  });

  it('answers the calendar-export channel with name, type and content', () => {
    const file = calendarExport(portfolioWithSomeDates(), { now: FIXED_NOW });
    expect(file.fileName).toBe('cto-portfolio-jose-nunez-calendar.ics');
    expect(file.mimeType).toBe('text/calendar');
    expect(eventsOf(file.content)).toHaveLength(4);
  });
});
