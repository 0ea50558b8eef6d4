import { contract, isChannel, type Handlers } from '@shared/contract/contract';
import { describeIssues, type ResponseEnvelope } from '@shared/contract/errors';
import { toErrorPayload } from './errors';

/**
 * The single entry point of every transport (Electron IPC, the browser host, tests): the channel
 * and input arrive as `unknown`, are checked against the contract, and the answer is an envelope
 * that never carries a stack trace.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  input: unknown,
): Promise<ResponseEnvelope> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: {
        code: 'unknown-channel',
        message: 'The app asked for something this version does not know; restart the app.',
      },
    };
  }
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === 'internal') console.error(`[core] ${channel} failed:`, error);
    return { ok: false, error: payload };
  }
}
