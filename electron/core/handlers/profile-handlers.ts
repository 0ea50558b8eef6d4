import type { Handlers } from '@shared/contract/contract';
import type { Portfolio } from '@shared/domain/portfolio';
import type { Profile } from '@shared/domain/profile';
import { touched } from '@shared/domain/record';
import { moveDerivedDueDates } from './due-dates';
import type { HandlerContext } from './handler-context';
import { changeRecord, definedOnly } from './records';

function changeProfile(portfolio: Portfolio, changes: Partial<Profile>, now: Date): Profile {
  portfolio.profile = touched(portfolio.profile, changes, now);
  return portfolio.profile;
}

export function profileHandlers({
  store,
  clock,
}: HandlerContext): Pick<Handlers, 'welcome-complete' | 'welcome-skip' | 'profile-update'> {
  return {
    'welcome-complete': ({ profile, sessionDates }) =>
      store().update((portfolio) => {
        const now = clock.now();
        for (const { number, date } of sessionDates) {
          const session = portfolio.sessions.find(
            (s) => s.number === number && s.deletedAt === null,
          );
          if (!session || session.date === date) continue;
          changeRecord(portfolio, 'sessions', session.id, { date }, now);
          moveDerivedDueDates(portfolio, number, date, now);
        }
        return changeProfile(portfolio, { ...profile, welcomeCompletedAt: now.toISOString() }, now);
      }),
    'welcome-skip': () =>
      store().update((portfolio) => {
        const now = clock.now();
        return changeProfile(portfolio, { welcomeCompletedAt: now.toISOString() }, now);
      }),
    'profile-update': (changes) =>
      store().update((portfolio) => changeProfile(portfolio, definedOnly(changes), clock.now())),
  };
}
