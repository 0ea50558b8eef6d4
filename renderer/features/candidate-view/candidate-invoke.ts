import type { Channel, ChannelInput, ChannelOutput, Invoke } from '@shared/contract/contract';
import { ApiError } from '../../api/api-error';
import { candidateViewStrings } from './strings';

/**
 * Channels that are the reviewer's own, not the candidate's content: the candidate views, My
 * candidates, the reviewer's layer and review files (`review-…`), who the user is, job progress.
 * They pass through unchanged; the reviewer tools in the review slots use them.
 */
const REVIEWER_CHANNEL = /^(candidate-|candidates-|review-|identity-get$|job-status$|cohort-)/;

type Answer = Promise<unknown>;
type Mapped = (input: never) => Answer;

/**
 * The invoke the candidate's screens get under `/candidates/<id>`: the reads of the user's own
 * portfolio are answered from the candidate's copy (portfolio, reflections, search), the app
 * says it is read-only, and every other channel of the candidate's content (every change) is
 * refused with one sentence before it leaves the page. The core could not change the copy
 * anyway: none of its own channels writes there.
 */
export function candidateInvoke(invoke: Invoke, portfolioId: string): Invoke {
  const mapped: Partial<Record<Channel, Mapped>> = {
    'app-info': async () => ({ ...(await invoke('app-info', {})), readOnly: true }),
    'portfolio-get': () => invoke('candidate-portfolio-get', { portfolioId }),
    'reflection-list': () => invoke('candidate-reflection-list', { portfolioId }),
    'reflection-get': ({ id }: ChannelInput<'reflection-get'>) =>
      invoke('candidate-reflection-get', { portfolioId, id }),
    'search-query': async ({ query, limit }: ChannelInput<'search-query'>) => {
      const found = await invoke('candidate-search', {
        portfolioId,
        query,
        ...(limit === undefined ? {} : { limit }),
      });
      return { query, groups: found.portfolios[0]?.groups ?? [] };
    },
    // A candidate's copy has no merge conflicts of this user's.
    'conflict-list': async () => [],
  };
  return (<K extends Channel>(channel: K, input: ChannelInput<K>) => {
    const map = mapped[channel];
    if (map) return map(input as never) as Promise<ChannelOutput<K>>;
    if (REVIEWER_CHANNEL.test(channel)) return invoke(channel, input);
    return Promise.reject(new ApiError('read-only', candidateViewStrings.refused));
  }) as Invoke;
}
