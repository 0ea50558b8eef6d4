import { randomBytes } from 'node:crypto';
import { readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  ARTIFACTS_DIR,
  DATA_PATH,
  bundleDataSchema,
  isSafeBundlePath,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { sha256Schema } from '@shared/domain/artifact';
import { RECORD_ID_PATTERN, isLive, isRecordId } from '@shared/domain/record';
import { UserError, userErrorFromFs } from '../errors';
import { REVIEW_FILE, reviewedListing, reviewFileSchema, type ReviewFile } from './review-file';
import type { ReviewedSiteFile } from './reviewed-file-response';
import { safeChildPath, safeRelativePath } from '../safe-name';

/** `<data>/reviewed/<portfolioId>/`: other people's portfolios, imported read-only. */
export const REVIEWED_FOLDER = 'reviewed';
/** Inside a reviewed folder: what the mentor writes (next issue); kept when a newer copy arrives. */
export const MENTOR_FOLDER = 'mentor';
/** Inside a reviewed folder: the data of the bundle before the current one (kept by the import). */
export const PREVIOUS_FOLDER = 'previous';

/** Portfolio ids name folders: the one record id rule, so no id can name any other path. */
export const isSafePortfolioId = (id: string): boolean => isRecordId(id);

/** One reviewed copy as read from its folder. */
export interface ReviewedCopy {
  data: BundleData;
  review: ReviewFile;
}

const SITE_MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/**
 * "Reviewed portfolios": lists the copies, removes one, and finds the files of a copy's web
 * version for the host. Imports write the folders (bundle-importer.ts).
 */
export class ReviewedLibrary {
  readonly root: string;
  /** Per copy, its artifact files' recorded types and names, while portfolio.json is unchanged. */
  private readonly artifactFileCache = new Map<
    string,
    { mtimeMs: number; bySha: Map<string, { mediaType: string; fileName: string }> }
  >();

  constructor(dataDir: string) {
    this.root = join(dataDir, REVIEWED_FOLDER);
  }

  folder(portfolioId: string): string {
    return safeChildPath(this.root, portfolioId, RECORD_ID_PATTERN);
  }

  /** The copy of `portfolioId`; null when there is none or its files are damaged. */
  async read(portfolioId: string): Promise<ReviewedCopy | null> {
    if (!isSafePortfolioId(portfolioId)) return null;
    const dir = this.folder(portfolioId);
    const review = await this.readReview(portfolioId);
    try {
      const data = bundleDataSchema.safeParse(await readJson(join(dir, DATA_PATH)));
      if (!data.success || review === null) return null;
      if (data.data.portfolio.portfolioId !== portfolioId) return null;
      return { data: data.data, review };
    } catch {
      return null;
    }
  }

  /** The copy's review.json; null when missing or damaged, or not the copy of `portfolioId`. */
  async readReview(portfolioId: string): Promise<ReviewFile | null> {
    try {
      const review = reviewFileSchema.safeParse(
        await readJson(join(this.folder(portfolioId), REVIEW_FILE)),
      );
      return review.success && review.data.origin.portfolioId === portfolioId ? review.data : null;
    } catch {
      return null;
    }
  }

  /** Every reviewed copy's review.json; damaged folders skipped and told in one sentence. */
  async reviewFiles(): Promise<{ reviews: ReviewFile[]; notice: string | null }> {
    let names: string[];
    try {
      names = (await readdir(this.root, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && isSafePortfolioId(entry.name))
        .map((entry) => entry.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { reviews: [], notice: null };
      throw userErrorFromFs(error, 'read the reviewed portfolios', this.root) ?? error;
    }
    const reviews: ReviewFile[] = [];
    const damaged: string[] = [];
    // Side by side: the time is in waiting for many small files.
    const read = await Promise.all(names.map((name) => this.readReview(name)));
    read.forEach((review, index) => {
      if (review === null) damaged.push(names[index]!);
      else reviews.push(review);
    });
    const notice =
      damaged.length === 0
        ? null
        : `${damaged.length === 1 ? 'One reviewed portfolio is' : `${damaged.length} reviewed portfolios are`} damaged and not shown (${damaged.map((n) => join(this.root, n)).join(', ')}): import the candidate's bundle again.`;
    return { reviews, notice };
  }

  /** Every reviewed copy, newest import first; damaged folders skipped and told in one sentence. */
  async listWithNotice(): Promise<{ portfolios: ReviewedPortfolio[]; notice: string | null }> {
    const { reviews, notice } = await this.reviewFiles();
    const portfolios = reviews.map(reviewedListing);
    portfolios.sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
    return { portfolios, notice };
  }

  async list(): Promise<ReviewedPortfolio[]> {
    return (await this.listWithNotice()).portfolios;
  }

  /**
   * Remove a reviewed copy (the mentor's layer in it too): renamed aside first, so it disappears
   * from the list at once even if deleting its files takes a while or fails halfway.
   */
  async remove(portfolioId: string): Promise<ReviewedPortfolio[]> {
    const notThere = new UserError(
      'not-found',
      'That reviewed portfolio is no longer there; it may have been removed already.',
    );
    if (!isSafePortfolioId(portfolioId)) throw notThere;
    const aside = join(this.root, `.removing-${randomBytes(6).toString('hex')}`);
    try {
      await rename(this.folder(portfolioId), aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notThere;
      throw (
        userErrorFromFs(error, 'remove the reviewed portfolio', this.folder(portfolioId)) ?? error
      );
    }
    this.artifactFileCache.delete(portfolioId);
    await rm(aside, { recursive: true, force: true });
    return this.list();
  }

  /**
   * A file of a copy's web version, for the host: `index.html`, `site/**` and `artifacts/<sha>`
   * only, with the type to serve it as (artifacts: their record's media type through the app's
   * allowlist, otherwise an inert download). Null for anything else or a file that is not there.
   */
  /**
   * A file of the copy's web version, for the hosts to serve: a page or the style sheet this app
   * rendered, or an artifact file listed in the copy's data (with its recorded type and name);
   * null for anything else, or when the path is not one the site could have made.
   */
  async siteFile(portfolioId: string, relativePath: string): Promise<ReviewedSiteFile | null> {
    if (!isSafePortfolioId(portfolioId) || !isSafeBundlePath(relativePath)) return null;
    const dir = this.folder(portfolioId);
    const path = safeRelativePath(dir, relativePath);
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) return null;
    if (relativePath.startsWith(ARTIFACTS_DIR)) {
      const sha256 = relativePath.slice(ARTIFACTS_DIR.length);
      if (!sha256Schema.safeParse(sha256).success) return null;
      const recorded = (await this.artifactFiles(portfolioId))?.get(sha256);
      if (recorded === undefined) return null;
      return { kind: 'artifact', path, size: found.size, sha256, ...recorded };
    }
    if (relativePath !== 'index.html' && !relativePath.startsWith('site/')) return null;
    const extension = /\.[a-z]+$/.exec(relativePath)?.[0] ?? '';
    const mediaType = Object.hasOwn(SITE_MEDIA_TYPES, extension)
      ? SITE_MEDIA_TYPES[extension]
      : undefined;
    if (mediaType === undefined) return null;
    return { kind: 'page', path, size: found.size, mediaType, fileName: basename(path) };
  }

  private async artifactFiles(
    portfolioId: string,
  ): Promise<Map<string, { mediaType: string; fileName: string }> | null> {
    const dataPath = join(this.folder(portfolioId), DATA_PATH);
    const found = await stat(dataPath).catch(() => null);
    if (!found) return null;
    const cached = this.artifactFileCache.get(portfolioId);
    if (cached?.mtimeMs === found.mtimeMs) return cached.bySha;
    const copy = await this.read(portfolioId);
    if (!copy) return null;
    const bySha = new Map(
      copy.data.portfolio.artifacts
        .filter(isLive)
        .map((a) => [a.sha256, { mediaType: a.mediaType, fileName: a.fileName }]),
    );
    this.artifactFileCache.set(portfolioId, { mtimeMs: found.mtimeMs, bySha });
    return bySha;
  }
}
