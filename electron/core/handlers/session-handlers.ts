import type { Handlers } from '@shared/contract/contract';
import { moveDerivedDueDates } from './due-dates';
import type { HandlerContext } from './handler-context';
import { changeRecord, definedOnly, findRecord } from './records';

export function sessionHandlers({
  store,
  clock,
}: HandlerContext): Pick<Handlers, 'session-update' | 'session-feedback-set'> {
  return {
    'session-update': ({ id, ...changes }) =>
      store().update((portfolio) => {
        const now = clock.now();
        const before = findRecord(portfolio, 'sessions', id);
        const session = changeRecord(portfolio, 'sessions', id, definedOnly(changes), now);
        if (session.date !== before.date)
          moveDerivedDueDates(portfolio, session.number, session.date, now);
        return session;
      }),
    'session-feedback-set': ({ id, rating, comments }) =>
      store().update((portfolio) => {
        const now = clock.now();
        const { feedback } = findRecord(portfolio, 'sessions', id);
        // The same rating and comments again are no change: no new time, no new revision.
        const same = feedback.rating === rating && feedback.comments === comments;
        return changeRecord(
          portfolio,
          'sessions',
          id,
          { feedback: same ? feedback : { rating, comments, updatedAt: now.toISOString() } },
          now,
        );
      }),
  };
}
