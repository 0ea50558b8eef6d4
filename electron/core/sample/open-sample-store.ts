import { join } from 'node:path';
import { ARTIFACTS_FOLDER } from '../artifacts/artifact-library';
import { ContentStore } from '../artifacts/content-store';
import { UserError, userErrorFromFs } from '../errors';
import type { Clock, IdGenerator } from '../platform';
import { openPortfolioStore } from '../store/open-portfolio-store';
import type { PortfolioStore } from '../store/portfolio-store';
import { buildSamplePortfolio } from './sample-portfolio';
import { renderSampleFiles, storeSampleFiles } from './sample-files';
import { seedSampleReflections } from './sample-reflections';

export interface OpenedSample {
  store: PortfolioStore;
  /** True when this call created the sample; false when `dir` already held a portfolio. */
  created: boolean;
  /** Its portfolio.json was damaged and repaired (see OpenedStore). */
  repaired: boolean;
}

/**
 * Open `dir` as the sample's store, creating the sample there when it holds no portfolio yet,
 * with its files in the folder's content store. The store only calls `createInitial` for a
 * folder without a portfolio, under the folder's lock, so a real portfolio is never replaced.
 */
export async function openSampleStore({
  dir,
  clock,
  newId,
}: {
  dir: string;
  clock: Clock;
  newId: IdGenerator;
}): Promise<OpenedSample> {
  const files = await renderSampleFiles();
  let created = false;
  const { store, repaired } = await openPortfolioStore({
    dir,
    clock,
    createInitial: () => {
      created = true;
      return buildSamplePortfolio({ now: clock.now(), newId, artifactFiles: files });
    },
  });
  try {
    await storeSampleFiles(new ContentStore(join(dir, ARTIFACTS_FOLDER)), files, store.get());
    await seedSampleReflections({ dir, portfolio: store.get(), clock, newId });
  } catch (error) {
    await store.close();
    if (error instanceof UserError) throw error;
    throw userErrorFromFs(error, 'store the sample’s files', dir) ?? error;
  }
  return { store, created, repaired };
}
