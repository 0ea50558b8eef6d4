import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  DATA_PATH,
  MANIFEST_PATH,
  artifactEntryPath,
  isSafeBundlePath,
  type BundleData,
  type BundleManifest,
} from '@shared/bundle/bundle-schemas';
import { isLive } from '@shared/domain/record';
import { toJsonText } from '../../store/json-file-adapter';
import { REVIEW_FILE, reviewFile, type ReviewFile } from '../../reviewed/review-file';
import { MENTOR_FOLDER, REVIEWED_FOLDER } from '../../reviewed/reviewed-library';
import { renderPortfolioSite } from '../../site/render-portfolio-site';
import type { CommitStep } from './commit-plan';
import { linkOrCopy, type HeldArtifacts } from './held-artifacts';
import { safeRelativePath } from '../../safe-name';

const REVIEW = 'review';

async function writeInto(root: string, relative: string, content: string): Promise<void> {
  const path = safeRelativePath(root, relative);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, { flag: 'wx' });
}

/**
 * Build the reviewed copy in `<staging>/review/`, laid out like the unzipped bundle: the checked
 * data (unknown fields dropped), its artifact files, review.json, and a web version rendered by
 * this app from that data (never the bundle's own pages). One step swaps it in, keeping the
 * mentor's folder of the copy it replaces, and that copy's data and review.json under `previous/`
 * (what "new or changed since the previous bundle" compares with). `before` is the replaced copy's
 * review.json, if any.
 */
export async function stageReviewImport(options: {
  staging: string;
  manifest: BundleManifest;
  data: BundleData;
  extracted: ReadonlySet<string>;
  held: HeldArtifacts;
  now: Date;
  before: ReviewFile | null;
}): Promise<CommitStep[]> {
  const { staging, manifest, data, extracted, held, now, before } = options;
  const root = join(staging, REVIEW);
  await mkdir(join(root, 'artifacts'), { recursive: true });
  const hashes = new Set(data.portfolio.artifacts.filter(isLive).map((a) => a.sha256));
  for (const sha256 of hashes) {
    const target = safeRelativePath(root, artifactEntryPath(sha256));
    if (extracted.has(sha256)) {
      await rename(safeRelativePath(staging, `artifacts/${sha256}`), target);
      continue;
    }
    const source = await held.pathOf(sha256);
    // Validated data always ships the files of its live artifacts: this is a bug.
    if (source === null) throw new Error(`No file for artifact ${sha256}`);
    await linkOrCopy(source, target);
  }
  await writeInto(root, MANIFEST_PATH, toJsonText(manifest));
  await writeInto(root, DATA_PATH, toJsonText(data));
  await writeInto(root, REVIEW_FILE, toJsonText(reviewFile(manifest, data, now, before)));
  const site = renderPortfolioSite(data, {
    exportedAt: new Date(manifest.exportedAt),
    appVersion: manifest.appVersion,
  });
  for (const file of site) {
    if (!isSafeBundlePath(file.path) || file.path.split('/')[0] === 'artifacts') {
      throw new Error(`The site renderer gave an unexpected path: ${file.path}`);
    }
    await writeInto(root, file.path, file.content);
  }
  return [
    {
      op: 'replace-folder',
      from: REVIEW,
      to: `${REVIEWED_FOLDER}/${manifest.portfolioId}`,
      keep: MENTOR_FOLDER,
      keepAsPrevious: [DATA_PATH, REVIEW_FILE],
    },
  ];
}
