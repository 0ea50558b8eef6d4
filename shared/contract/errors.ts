import { z } from 'zod';

/**
 * Errors meant for people travel across IPC and HTTP as `{code, message}`; `message` is one
 * sentence saying what was wrong and what to do. `internal` is a bug, never the user's fault.
 */
export const ERROR_CODES = [
  'invalid-input',
  'unknown-channel',
  'not-found',
  'store-locked',
  'read-only',
  'disk-full',
  'io-error',
  'unauthorized',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type AppErrorPayload = z.infer<typeof appErrorSchema>;

/** What every transport answers: a result, or an error for people. */
export const responseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);
export type ResponseEnvelope = z.infer<typeof responseEnvelopeSchema>;

/** The first issue of a failed validation, as the one sentence a person reads. */
export function describeIssues(error: z.ZodError, what = 'The request'): string {
  const issue = error.issues[0];
  if (!issue) return `${what} is not valid.`;
  const where = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  const sentence = issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  return `${what} is not valid${where}: ${sentence}`;
}
