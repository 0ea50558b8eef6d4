import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readReviewFile } from '../../electron/core/review-file/read/read-review-file';
import { makeTempDir } from '../support/temp-dir';
import { otherComputersPerTest } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';
import { importCopy } from './support/reviewed-copies';

const mentor = corePerTest();
const computers = otherComputersPerTest();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Downloads the page starts, caught at the link click (jsdom saves nothing). */
function catchDownloads(): { saved: { name: string; blob: Blob }[]; restore(): void } {
  const saved: { name: string; blob: Blob }[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  return {
    saved,
    restore() {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('Export review', () => {
  it('downloads a review file that holds the grade the mentor gave', async () => {
    const candidate = await computers.open('Jordan Lee');
    const portfolioId = await importCopy(mentor, candidate);
    await mentor.call('identity-set', { roles: ['mentor'], reviewer: { name: 'Sam Rivera' } });
    const copy = await mentor.call('candidate-portfolio-get', { portfolioId });
    const assignment = copy.assignments.find((a) => a.kind === 'prerequisite')!;
    await mentor.call('review-evaluation-set', {
      portfolioId,
      assignmentId: assignment.id,
      result: 'passed',
      rubric: [],
      comment: 'Thorough reading notes.',
    });
    const downloads = catchDownloads();
    try {
      const { user } = renderApp(
        mentor.transport,
        `/candidates/${portfolioId}`,
        undefined,
        mentor.bundleFiles,
      );
      await user.click(await screen.findByRole('button', { name: 'Export review for Jordan Lee' }));
      await screen.findByText(/^Saved the review as .+\.ctoreview: send it to Jordan Lee/);
      expect(downloads.saved).toHaveLength(1);
      const [file] = downloads.saved;
      expect(file?.name).toMatch(/\.ctoreview$/);

      const temp = await makeTempDir('cto-export-review-');
      cleanups.push(temp.remove);
      const path = join(temp.path, file!.name);
      await writeFile(path, Buffer.from(await file!.blob.arrayBuffer()));
      const read = await readReviewFile(path);
      expect(read.manifest.reviewer).toMatchObject({ name: 'Sam Rivera', role: 'mentor' });
      expect(read.manifest.portfolioId).toBe(portfolioId);
      expect(read.data.layer.evaluations).toEqual([
        expect.objectContaining({
          assignmentId: assignment.id,
          result: 'passed',
          comment: 'Thorough reading notes.',
        }),
      ]);
    } finally {
      downloads.restore();
    }
  });
});
