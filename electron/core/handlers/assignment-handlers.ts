import type { Handlers } from '@shared/contract/contract';
import type { Assignment } from '@shared/domain/assignment';
import { newRecordMeta } from '@shared/domain/record';
import { derivedDueDate } from '@shared/program/new-portfolio';
import type { HandlerContext } from './handler-context';
import { changeRecord, definedOnly, deleteRecord, findRecord, restoreRecord } from './records';

type AssignmentHandlers = Pick<
  Handlers,
  'assignment-create' | 'assignment-update' | 'assignment-delete' | 'assignment-restore'
>;

export function assignmentHandlers({ store, clock, newId }: HandlerContext): AssignmentHandlers {
  return {
    'assignment-create': (fields) =>
      store().update((portfolio) => {
        const assignment: Assignment = {
          ...newRecordMeta(newId(), clock.now()),
          ...fields,
          dueOffsetDays: null,
        };
        portfolio.assignments.push(assignment);
        return assignment;
      }),
    'assignment-update': ({ id, ...input }) =>
      store().update((portfolio) => {
        const current = findRecord(portfolio, 'assignments', id);
        const changes: Partial<Assignment> = definedOnly(input);
        if (changes.due !== undefined) {
          // A due date set by hand no longer follows the session's date; the same date sent
          // again with the rest of a form, for the same session, is no such choice.
          const sessionMoved = changes.session !== undefined && changes.session !== current.session;
          if (changes.due !== current.due || sessionMoved) changes.dueOffsetDays = null;
        } else if (changes.session !== undefined && current.dueOffsetDays !== null) {
          const session = portfolio.sessions.find(
            (s) => s.number === changes.session && s.deletedAt === null,
          );
          changes.due = derivedDueDate(session?.date ?? null, current.dueOffsetDays);
        }
        return changeRecord(portfolio, 'assignments', id, changes, clock.now());
      }),
    'assignment-delete': ({ id }) =>
      store().update((portfolio) => deleteRecord(portfolio, 'assignments', id, clock.now())),
    'assignment-restore': ({ id }) =>
      store().update((portfolio) => restoreRecord(portfolio, 'assignments', id, clock.now())),
  };
}
