import type { Channel, Handlers } from '@shared/contract/contract';
import { readOnlyFolderError } from '../store/folder-access';

/**
 * The channels that only look: they answer from a data folder open to read only. Every other
 * channel may write (a record, a staging folder, an export, the device id), so a channel added
 * later is refused there until it is listed here.
 */
export const LOOKING_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'app-info',
  'portfolio-get',
  'calendar-export',
  'csv-export',
  'reflection-list',
  'reflection-get',
  'search-query',
  'job-status',
  'conflict-list',
  'reviewed-list',
  'reviews-received',
  'sample-close',
]);

/**
 * `handlers`, with every channel that is not a looking one refused with one sentence, before it
 * runs, while `isReadOnly()` says the data folder is open to read only.
 */
export function refuseChangesWhenReadOnly(isReadOnly: () => boolean, handlers: Handlers): Handlers {
  const guarded = { ...handlers } as Record<Channel, (input: never) => Promise<unknown>>;
  for (const channel of Object.keys(handlers) as Channel[]) {
    if (LOOKING_CHANNELS.has(channel)) continue;
    const handler = handlers[channel] as (input: never) => Promise<unknown>;
    guarded[channel] = (input) =>
      isReadOnly() ? Promise.reject(readOnlyFolderError()) : handler(input);
  }
  return guarded as Handlers;
}
