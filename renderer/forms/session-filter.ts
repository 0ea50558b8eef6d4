/** The value of a filter that lets everything through. */
export const ALL = 'all';
/** Session filter: ALL, NO_SESSION (records without a session), or one session number as text. */
export const NO_SESSION = 'none';

export function matchesSessionFilter(session: number | null, filter: string): boolean {
  if (filter === ALL) return true;
  return filter === NO_SESSION ? session === null : session === Number(filter);
}
