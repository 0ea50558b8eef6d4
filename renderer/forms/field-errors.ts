import type { z } from 'zod';

/** Field path ("title", "sessionDates.3") -> the first message the schema gave for it. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Forms validate with the same zod schemas as the core, and show each message by its field. The
 * path is joined with dots so nested inputs (session dates) can be addressed too.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** An empty date input means "no date". */
export function dateOrNull(value: string): string | null {
  return value === '' ? null : value;
}

/** A form's values after checking: what to send, or the message for each field. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** A schema's verdict as a form's: the parsed value, or each field's first message. */
export function validatedOf<T>(parsed: z.ZodSafeParseResult<T>): Validated<T> {
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: fieldErrorsOf(parsed.error) };
}
