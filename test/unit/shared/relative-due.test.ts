import { describe, expect, it } from 'vitest';
import { formatCalendarDate, isoDateInZone } from '@shared/time/calendar-date';
import { relativeDue } from '@shared/time/relative-due';

describe('relativeDue', () => {
  it.each([
    ['today', '2026-03-14', '2026-03-14', 'today'],
    ['tomorrow', '2026-03-15', '2026-03-14', 'tomorrow'],
    ['in 5 days', '2026-03-19', '2026-03-14', 'in 5 days'],
    ['six days ahead is the last said in words', '2026-03-20', '2026-03-14', 'in 6 days'],
    ['seven days ahead is the date', '2026-03-21', '2026-03-14', 'Sat, Mar 21, 2026'],
    ['yesterday', '2026-03-13', '2026-03-14', 'yesterday'],
    ['3 days ago', '2026-03-11', '2026-03-14', '3 days ago'],
    ['six days ago', '2026-03-08', '2026-03-14', '6 days ago'],
    ['seven days ago is the date', '2026-03-07', '2026-03-14', 'Sat, Mar 7, 2026'],
    ['across a month end', '2026-04-02', '2026-03-30', 'in 3 days'],
    ['back across a month end', '2026-02-27', '2026-03-02', '3 days ago'],
    ['across February of a leap year', '2028-03-01', '2028-02-28', 'in 2 days'],
    ['across February of a common year', '2027-03-01', '2027-02-28', 'tomorrow'],
    ['across a year end', '2027-01-02', '2026-12-30', 'in 3 days'],
    ['back across a year end', '2026-12-31', '2027-01-01', 'yesterday'],
    // Daylight saving starts in the US on 2026-03-08 and in the EU on 2026-03-29: a 23-hour day
    // is still one day, because both ends are calendar dates.
    ['across the US change to summer time', '2026-03-09', '2026-03-07', 'in 2 days'],
    ['across the EU change to summer time', '2026-03-30', '2026-03-28', 'in 2 days'],
    ['across the EU change back', '2026-10-26', '2026-10-24', 'in 2 days'],
    ['far ahead', '2027-06-01', '2026-03-14', 'Tue, Jun 1, 2027'],
  ])('%s', (_case, due, today, expected) => {
    expect(relativeDue(due, today, 'en-US')).toBe(expected);
  });

  it('writes far dates the way the rest of the app writes dates', () => {
    expect(relativeDue('2026-09-01', '2026-03-14')).toBe(formatCalendarDate('2026-09-01'));
  });
});

describe('relativeDue with today taken in a time zone', () => {
  // One instant, 2026-03-31 23:30 UTC: already April 1st east of Greenwich, still March 31st west.
  const lateMarch31Utc = new Date('2026-03-31T23:30:00Z');

  it.each([
    ['America/Los_Angeles', '2026-03-31', 'tomorrow'],
    ['UTC', '2026-03-31', 'tomorrow'],
    ['Europe/Berlin', '2026-04-01', 'today'],
    ['Pacific/Auckland', '2026-04-01', 'today'],
  ])('due April 1st, seen from %s, across the month end', (zone, today, expected) => {
    expect(isoDateInZone(lateMarch31Utc, zone)).toBe(today);
    expect(relativeDue('2026-04-01', isoDateInZone(lateMarch31Utc, zone), 'en-US')).toBe(expected);
  });

  it('changes its words when the user flies from Berlin to Los Angeles, at the same instant', () => {
    const at = new Date('2026-06-10T03:00:00Z'); // 05:00 in Berlin, 20:00 the evening before in LA
    expect(relativeDue('2026-06-10', isoDateInZone(at, 'Europe/Berlin'), 'en-US')).toBe('today');
    expect(relativeDue('2026-06-10', isoDateInZone(at, 'America/Los_Angeles'), 'en-US')).toBe(
      'tomorrow',
    );
  });

  it('counts whole days over the night the clocks go forward', () => {
    // 2026-03-08 06:30 UTC is 01:30 in New York, half an hour before the clocks jump.
    const beforeJump = new Date('2026-03-08T06:30:00Z');
    // 2026-03-09 04:30 UTC is 00:30 the next day, after a 23-hour day.
    const afterJump = new Date('2026-03-09T04:30:00Z');
    const zone = 'America/New_York';
    expect(relativeDue('2026-03-09', isoDateInZone(beforeJump, zone), 'en-US')).toBe('tomorrow');
    expect(relativeDue('2026-03-09', isoDateInZone(afterJump, zone), 'en-US')).toBe('today');
  });

  it('counts whole days over the night the clocks go back', () => {
    // Europe/London leaves summer time on 2026-10-25: that day has 25 hours.
    const zone = 'Europe/London';
    const earlyOn25th = new Date('2026-10-25T00:30:00Z'); // 01:30 BST
    const lateOn25th = new Date('2026-10-25T23:30:00Z'); // 23:30 GMT, still the 25th
    expect(relativeDue('2026-10-26', isoDateInZone(earlyOn25th, zone), 'en-US')).toBe('tomorrow');
    expect(relativeDue('2026-10-26', isoDateInZone(lateOn25th, zone), 'en-US')).toBe('tomorrow');
  });
});
