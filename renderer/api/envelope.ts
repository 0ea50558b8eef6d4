import { responseEnvelopeSchema } from '@shared/contract/errors';
import { strings } from '../strings';
import { ApiError } from './api-error';

/** Reads a host's answer outside the contract (an upload, a desktop-only call) into its result. */
export function resultOfEnvelope(raw: unknown): unknown {
  const envelope = responseEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ApiError('internal', strings.errors.badAnswer);
  if (!envelope.data.ok) throw new ApiError(envelope.data.error.code, envelope.data.error.message);
  return envelope.data.result;
}

/** An answer still on its way: a transport that fails reads as the core being unreachable. */
export async function resultOfAnswer(answer: Promise<unknown>): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await answer;
  } catch {
    throw new ApiError('io-error', strings.errors.unreachable);
  }
  return resultOfEnvelope(raw);
}
