import { sessionUpdateInputSchema, type SessionUpdateInput } from '@shared/contract/contract';
import type { Attendance, Session } from '@shared/domain/session';
import { changedFields } from '../../forms/changed-fields';
import { dateOrNull, validatedOf, type Validated } from '../../forms/field-errors';

export interface SessionFormValues {
  date: string;
  place: string;
  attendance: Attendance;
  notes: string;
}

export function sessionFormValuesOf(session: Session): SessionFormValues {
  return {
    date: session.date ?? '',
    place: session.place,
    attendance: session.attendance,
    notes: session.notes,
  };
}

/** The update to send: only what changed, checked with the contract's schema. */
export function validateSessionForm(
  session: Session,
  values: SessionFormValues,
): Validated<SessionUpdateInput> {
  const before = sessionFormValuesOf(session);
  const changes = changedFields(before, values);
  return validatedOf(
    sessionUpdateInputSchema.safeParse({
      id: session.id,
      ...changes,
      ...('date' in changes ? { date: dateOrNull(values.date) } : {}),
    }),
  );
}
