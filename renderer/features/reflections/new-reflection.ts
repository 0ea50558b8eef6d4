import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import { sessionNumberSchema, type Session } from '@shared/domain/session';

type SessionNumber = Session['number'];

/**
 * "New reflection" opens an editor on a reflection that is not stored yet: the record is made
 * with the first change (see useReflectionAutosave), so leaving an untouched one leaves
 * nothing behind. Its address is the reflection's address with this id, and the session it
 * starts linked to, if any, in `?session=`.
 */
export const NEW_REFLECTION_ID = 'new';

export function newReflectionPath(
  reflectionPath: (id: string) => string,
  session: SessionNumber | null,
): string {
  const path = reflectionPath(NEW_REFLECTION_ID);
  return session === null ? path : `${path}?session=${session}`;
}

/** The session of `?session=`, or none when it is missing or not a session's number. */
export function sessionOfNewReflection(search: URLSearchParams): SessionNumber | null {
  const raw = search.get('session');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const parsed = sessionNumberSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}

/** What the editor shows before the record exists: the fields a new reflection gets. */
export function unsavedReflection(session: SessionNumber | null, now: string): Reflection {
  return {
    ...NEW_REFLECTION_FIELDS,
    session,
    id: NEW_REFLECTION_ID,
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
    wordCount: 0,
  };
}
