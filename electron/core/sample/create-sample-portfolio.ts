import type { Clock, IdGenerator } from '../platform';
import { openSampleStore } from './open-sample-store';

/**
 * The command line's `init --sample`: the sample becomes the folder's own portfolio, with its
 * files in the folder's content store. Created only where no portfolio is, decided under the
 * folder's lock; returns false (and changes nothing) when one was already there.
 */
export async function createSamplePortfolio(deps: {
  dir: string;
  clock: Clock;
  newId: IdGenerator;
}): Promise<boolean> {
  const { store, created } = await openSampleStore(deps);
  await store.close();
  return created;
}
