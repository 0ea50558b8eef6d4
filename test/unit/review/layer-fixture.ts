import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Channel } from '@shared/contract/contract';
import type { StoredReviewLayer } from '@shared/review/review-layer';
import { snapshotFolder } from '../../support/folder-snapshot';
import {
  arrangeCandidate,
  becomeReviewer,
  importForReview,
  type CallableCore,
} from '../../support/review-arrange';
import { openTestCore, type TestCore } from '../../support/test-core';

export interface ReviewSetup {
  mentor: TestCore;
  candidate: Awaited<ReturnType<typeof arrangeCandidate>>;
  portfolioId: string;
  /** The mentor's layer file of the candidate, as on disk. */
  layerOnDisk(): Promise<StoredReviewLayer>;
}

const callable = (core: TestCore): CallableCore => ({ dir: core.dataDir, call: core.call });

/**
 * Per test: a candidate's real bundle imported for review into a mentor's data folder, whose
 * user is the mentor Sam Rivera. The object stands for the current test's setup.
 */
export function reviewSetupPerTest(): ReviewSetup {
  let current: ReviewSetup | null = null;
  let cores: TestCore[] = [];
  beforeEach(async () => {
    const candidateCore = await openTestCore(undefined, 'cand');
    const mentor = await openTestCore();
    cores = [candidateCore, mentor];
    const candidate = await arrangeCandidate(callable(candidateCore));
    await importForReview(callable(candidateCore), callable(mentor));
    await becomeReviewer(mentor.dataDir);
    const layerPath = join(
      mentor.dataDir,
      'reviewed',
      candidate.portfolioId,
      'mentor',
      'layer.json',
    );
    current = {
      mentor,
      candidate,
      portfolioId: candidate.portfolioId,
      layerOnDisk: async () => JSON.parse(await readFile(layerPath, 'utf8')) as StoredReviewLayer,
    };
  });
  afterEach(async () => {
    await Promise.all(cores.map((core) => core.close()));
    cores = [];
    current = null;
  });
  const setup = (): ReviewSetup => {
    if (current === null) throw new Error('The review setup exists only inside a test.');
    return current;
  };
  return {
    get mentor() {
      return setup().mentor;
    },
    get candidate() {
      return setup().candidate;
    },
    get portfolioId() {
      return setup().portfolioId;
    },
    layerOnDisk: () => setup().layerOnDisk(),
  };
}

/**
 * Sends `input` on `channel` and expects one sentence back and the data folder unchanged: the
 * sentence is returned for the test to check its words.
 */
export async function refusedWithNothingWritten(
  mentor: TestCore,
  channel: Channel,
  input: unknown,
): Promise<string> {
  const before = await snapshotFolder(mentor.dataDir);
  const envelope = await mentor.send(channel, input);
  expect(envelope.ok, `${channel} should be refused`).toBe(false);
  if (envelope.ok) return '';
  expect(envelope.error.code).not.toBe('internal');
  expect(envelope.error.message).toMatch(/^[A-Z"].*[.]$/);
  expect(envelope.error.message, 'one sentence').not.toMatch(/\. [A-Z]/);
  expect(await snapshotFolder(mentor.dataDir)).toEqual(before);
  return envelope.error.message;
}
