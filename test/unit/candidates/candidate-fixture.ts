import { join } from 'node:path';
import { DATA_PATH, MANIFEST_PATH, type BundleData } from '@shared/bundle/bundle-schemas';
import type { Core } from '../../../electron/core/app-core';
import { json, manifestFor, validBundleParts, writeYazlZip } from '../bundle/bundle-fixtures';

/** A candidate's portfolio as their bundles carry it: data and the artifact files it lists. */
export interface CandidateParts {
  data: BundleData;
  files: ReturnType<typeof validBundleParts>['files'];
}

/** A fresh candidate (the fixture portfolio with its own id, name and district). */
export function candidate(portfolioId: string, name: string, organisation = 'Lakeview USD') {
  const { data, files } = validBundleParts();
  const parts = { data: structuredClone(data) as BundleData, files };
  parts.data.portfolio.portfolioId = portfolioId;
  parts.data.portfolio.profile.name = name;
  parts.data.portfolio.profile.organisation = organisation;
  parts.data.portfolio.profile.cohortYear = 2026;
  return parts;
}

/** Edit one record as the candidate's app does: a new revision, stamped `at`. */
export function edit<T extends { revision: number; updatedAt: string }>(
  record: T,
  fields: Partial<T>,
  at: string,
): void {
  Object.assign(record, fields, { revision: record.revision + 1, updatedAt: at });
}

let written = 0;

/** Write the candidate's bundle as exported at `exportedAt`; returns its path. */
export async function writeCandidateBundle(
  dir: string,
  parts: CandidateParts,
  exportedAt: string,
): Promise<string> {
  const files = parts.files.map((f) =>
    f.name === DATA_PATH ? { ...f, data: json(parts.data) } : f,
  );
  const manifest = { ...manifestFor(files, parts.data.portfolio.portfolioId), exportedAt };
  const path = join(dir, `bundle-${++written}.ctoportfolio`);
  await writeYazlZip(path, [{ name: MANIFEST_PATH, data: json(manifest) }, ...files]);
  return path;
}

/** Import a bundle as someone else's portfolio, as the app's Import does. */
export async function importForReview(core: Core, path: string): Promise<void> {
  const work = core.bundleWork();
  const summary = await work.inspect(path, { as: 'review' });
  await work.commit(summary.inspectionId, 'review');
}
