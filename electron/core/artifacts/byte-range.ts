/** What a Range header asks of a file of `size` bytes. */
export type RangeRequest =
  { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

const SINGLE_RANGE = /^(\d*)-(\d*)$/;

/**
 * Read one `Range: bytes=…` header (RFC 9110 §14): `a-b`, `a-` or the suffix `-n`. Audio and
 * video players send exactly one range, so several ranges get the whole file (the RFC lets a
 * server ignore Range), as does a unit other than bytes. A bytes range that is malformed or lies
 * outside the file is unsatisfiable (416).
 */
export function parseRange(header: string | null | undefined, size: number): RangeRequest {
  if (header === null || header === undefined || header.trim() === '') return { kind: 'whole' };
  const match = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!match) return { kind: 'whole' };
  const spec = match[1]!.trim();
  if (spec.includes(',')) return { kind: 'whole' };
  const parts = SINGLE_RANGE.exec(spec);
  if (!parts) return { kind: 'unsatisfiable' };
  const [, first = '', last = ''] = parts;
  const unsatisfiable = { kind: 'unsatisfiable' } as const;
  if (first === '') {
    const suffix = toNumber(last);
    if (suffix === null || suffix === 0 || size === 0) return unsatisfiable;
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = toNumber(first);
  if (start === null || start >= size) return unsatisfiable;
  if (last === '') return { kind: 'part', start, end: size - 1 };
  const end = toNumber(last);
  if (end === null || end < start) return unsatisfiable;
  return { kind: 'part', start, end: Math.min(end, size - 1) };
}

function toNumber(digits: string): number | null {
  if (digits === '') return null;
  const value = Number(digits);
  // Beyond 2^53 digits stop being exact; no file is that large, so read it as "past the end".
  return Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
}
