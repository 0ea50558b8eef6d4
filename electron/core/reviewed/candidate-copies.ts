import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_PATH, bundleDataSchema, type BundleData } from '@shared/bundle/bundle-schemas';
import { MAX_DATA_JSON_BYTES } from '@shared/bundle/bundle-data-limits';
import { UserError } from '../errors';
import { isSafePortfolioId, type ReviewedLibrary } from './reviewed-library';

/** `reviewed/<id>/previous/`: the data of the bundle before the current one (kept by the import). */
export const PREVIOUS_FOLDER = 'previous';

/** Copies kept parsed in memory: a mentor moves between a few candidates, not all fifty. */
const CACHED_COPIES = 6;

export const copyNotFound = () =>
  new UserError(
    'not-found',
    "That candidate's portfolio is not here: import the candidate's bundle again from My candidates.",
  );

interface Cached {
  stamp: string;
  data: BundleData | null;
}

async function stampOf(path: string): Promise<string | null> {
  const found = await stat(path).catch(() => null);
  return found?.isFile() ? `${found.mtimeMs}:${found.size}` : null;
}

/**
 * The current and previous data of each reviewed copy, read and validated once per change of the
 * file (by time and size) and held for the last few copies opened. Pages of one candidate ask for
 * the portfolio, its reflections and its changes in a row; reading 10 MB each time would not do.
 */
export class CandidateCopies {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly library: ReviewedLibrary) {}

  /** The current copy of `portfolioId`; refused with one sentence when it is not here. */
  async current(portfolioId: string): Promise<BundleData> {
    if (!isSafePortfolioId(portfolioId)) throw copyNotFound();
    const path = join(this.library.folder(portfolioId), DATA_PATH);
    const data = await this.cached(`current:${portfolioId}`, path, async () => {
      const copy = await this.library.read(portfolioId);
      return copy?.data ?? null;
    });
    if (data === null) throw copyNotFound();
    return data;
  }

  /** The data of the bundle before the current one; null when none is kept or it is damaged. */
  async previous(portfolioId: string): Promise<BundleData | null> {
    if (!isSafePortfolioId(portfolioId)) return null;
    const path = join(this.library.folder(portfolioId), PREVIOUS_FOLDER, DATA_PATH);
    return this.cached(`previous:${portfolioId}`, path, async () => {
      // Written by this app's import from checked data; still held to the bundle's bounds.
      const found = await stat(path);
      if (found.size > MAX_DATA_JSON_BYTES) return null;
      const parsed = bundleDataSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success && parsed.data.portfolio.portfolioId === portfolioId
        ? parsed.data
        : null;
    });
  }

  private async cached(
    key: string,
    path: string,
    read: () => Promise<BundleData | null>,
  ): Promise<BundleData | null> {
    const stamp = await stampOf(path);
    if (stamp === null) {
      this.cache.delete(key);
      return null;
    }
    const hit = this.cache.get(key);
    if (hit?.stamp === stamp) {
      // Most recently used last, so the oldest is the first to go.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.data;
    }
    const data = await read().catch(() => null);
    this.cache.set(key, { stamp, data });
    while (this.cache.size > CACHED_COPIES * 2) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return data;
  }
}
