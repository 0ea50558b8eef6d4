/**
 * Only the fields the user actually changed, so an update says exactly what was meant (the core
 * treats a due date that is sent as edited by hand, for example).
 */
export function changedFields<T extends object>(original: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (next[key] !== original[key]) changes[key] = next[key];
  }
  return changes;
}
