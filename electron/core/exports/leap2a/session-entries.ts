import { sessionLabel } from '@shared/domain/session';
import { SITE_TEXT } from '../../site/site-text';
import { leapDate, type Leap2aContext } from './leap2a-context';
import { paragraphsContent } from './text-xhtml';

/**
 * Each program session as an `activity`: its date as the start date; topics, place, attendance,
 * notes and the candidate's feedback in the content (Leap2A has no element for attendance).
 */
export function addSessions({ model, parts }: Leap2aContext): void {
  for (const session of model.sessions) {
    const { feedback } = session;
    const label = sessionLabel(session.number);
    parts.add('session', session.id, {
      type: 'activity',
      title: session.title.trim() === '' ? label : `${label}: ${session.title}`,
      published: session.createdAt,
      updated: session.updatedAt,
      content: paragraphsContent([
        ['Topics', session.topics.join(', ')],
        ['Place', session.place],
        ['Attendance', SITE_TEXT.attendance[session.attendance]],
        ['Notes', session.notes],
        ['Session rating', feedback.rating === null ? '' : SITE_TEXT.rating(feedback.rating)],
        ['Feedback', feedback.comments],
      ]),
      dates: session.date === null ? [] : [leapDate('start', session.date)],
    });
  }
}
