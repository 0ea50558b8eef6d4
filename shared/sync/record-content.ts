import type { RecordMeta } from '../domain/record';

/** Sync bookkeeping, not content: two records differing only here hold the same thing. */
const BOOKKEEPING_KEYS: ReadonlySet<string> = new Set(['versions', 'revision']);

/** Equality of JSON values; a key whose value is `undefined` counts as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  return sameObjects(a as Record<string, unknown>, b as Record<string, unknown>, new Set());
}

function sameObjects(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  ignored: ReadonlySet<string>,
): boolean {
  const keysOf = (o: Record<string, unknown>) =>
    Object.keys(o).filter((key) => o[key] !== undefined && !ignored.has(key));
  const keysA = keysOf(a);
  const keysB = keysOf(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
}

/** The same content, whatever the version vectors and local revision counters say. */
export function sameContent(a: RecordMeta, b: RecordMeta): boolean {
  return sameObjects(
    a as unknown as Record<string, unknown>,
    b as unknown as Record<string, unknown>,
    BOOKKEEPING_KEYS,
  );
}
