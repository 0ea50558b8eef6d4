import { localIsoDate, type IsoDate } from '@shared/domain/dates';

/** Today in the user's own time zone: overdue means overdue where the user is. */
export function useToday(): IsoDate {
  return localIsoDate(new Date());
}
