import {
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type Invoke,
} from '@shared/contract/contract';
import { strings } from '../strings';
import { ApiError } from './api-error';
import { resultOfAnswer } from './envelope';
import type { Transport } from './transport';

/**
 * The renderer's only way to the core. Whatever the transport answers is checked: the envelope,
 * then the result against the contract's output schema. A refusal becomes an ApiError.
 */
/** Checks one answer of the core: the envelope, then the result against the channel's output schema. */
async function checkedAnswer<K extends Channel>(
  channel: K,
  answer: Promise<unknown>,
): Promise<ChannelOutput<K>> {
  const raw = await resultOfAnswer(answer);
  const result = contract[channel].output.safeParse(raw);
  if (!result.success) throw new ApiError('internal', strings.errors.badAnswer);
  return result.data as ChannelOutput<K>;
}

export function createInvoke(transport: Transport): Invoke {
  return <K extends Channel>(channel: K, input: ChannelInput<K>) => {
    // The request leaves now, in this call: a save sent from a pagehide handler must be on its
    // way before the page goes, not a microtask later.
    let answer: Promise<unknown>;
    try {
      answer = transport(channel, input);
    } catch (error) {
      answer = Promise.reject(error);
    }
    return checkedAnswer(channel, answer);
  };
}
