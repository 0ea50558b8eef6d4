import { createHash } from 'node:crypto';
import type { Portfolio } from '@shared/domain/portfolio';
import type { ContentStore } from '../artifacts/content-store';
import { SAMPLE_ARTIFACTS } from './sample-artifacts';
import type { SampleArtifactFile } from './sample-portfolio';

export interface RenderedSampleFile extends SampleArtifactFile {
  bytes: Buffer;
}

/** The sample's files, made in memory (a few kilobytes each) with their hashes. */
export async function renderSampleFiles(): Promise<RenderedSampleFile[]> {
  return Promise.all(
    SAMPLE_ARTIFACTS.map(async (spec) => {
      const bytes = await spec.make();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return { key: spec.key, sha256, size: bytes.length, bytes };
    }),
  );
}

/**
 * Put into the content store every sample file that a record of `portfolio` refers to and that
 * is missing: on creation, and again on each opening, so a sample folder whose files were removed
 * by hand shows them again.
 */
export async function storeSampleFiles(
  content: ContentStore,
  files: readonly RenderedSampleFile[],
  portfolio: Portfolio,
): Promise<void> {
  const referenced = new Set(portfolio.artifacts.map((a) => a.sha256));
  for (const file of files) {
    if (!referenced.has(file.sha256) || (await content.has(file.sha256))) continue;
    await content.put([file.bytes]);
  }
}
