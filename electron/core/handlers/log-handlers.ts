import type { Handlers } from '@shared/contract/contract';
import type { LogEntry } from '@shared/domain/log-entry';
import { newRecordMeta } from '@shared/domain/record';
import type { HandlerContext } from './handler-context';
import { changeRecord, definedOnly, deleteRecord, restoreRecord } from './records';

export function logHandlers({
  store,
  clock,
  newId,
}: HandlerContext): Pick<Handlers, 'log-create' | 'log-update' | 'log-delete' | 'log-restore'> {
  return {
    'log-create': (fields) =>
      store().update((portfolio) => {
        const entry: LogEntry = { ...newRecordMeta(newId(), clock.now()), ...fields };
        portfolio.logEntries.push(entry);
        return entry;
      }),
    'log-update': ({ id, ...changes }) =>
      store().update((portfolio) =>
        changeRecord(portfolio, 'logEntries', id, definedOnly(changes), clock.now()),
      ),
    'log-delete': ({ id }) =>
      store().update((portfolio) => deleteRecord(portfolio, 'logEntries', id, clock.now())),
    'log-restore': ({ id }) =>
      store().update((portfolio) => restoreRecord(portfolio, 'logEntries', id, clock.now())),
  };
}
