import type { Handlers } from '@shared/contract/contract';
import { assignmentsCsvExport } from '../exports/assignments-csv';
import { calendarExport } from '../exports/calendar-ics';
import type { HandlerContext } from './handler-context';

export function exportHandlers({
  store,
  clock,
}: HandlerContext): Pick<Handlers, 'calendar-export' | 'csv-export'> {
  return {
    'calendar-export': async () => calendarExport(store().get(), { now: clock.now() }),
    'csv-export': async () => assignmentsCsvExport(store().get()),
  };
}
