import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportSummary } from '@shared/bundle/import-summary';
import type { JobStatus } from '@shared/jobs/job-status';
import { afterEach } from 'vitest';
import { waitFor } from '../../support/wait-for';
import { openTestCore, type TestCore } from './test-core';

/** Asks for a job's status, as the page does, until it has ended. */
export async function finishedJob(core: TestCore, jobId: string): Promise<JobStatus> {
  let job!: JobStatus;
  await waitFor(async () => (job = await core.call('job-status', { jobId })).state !== 'running', {
    what: `job ${jobId} to finish`,
    timeoutMs: 15_000,
  });
  return job;
}

/**
 * A bundle of `core`'s portfolio as the user would choose it: exported by the core (browser host:
 * written inside its data folder for download) and read back as a File.
 */
export async function bundleFileOf(core: TestCore, includePrivate = false): Promise<File> {
  const { jobId } = await core.call('bundle-export-start', { includePrivate });
  const job = await finishedJob(core, jobId);
  if (!job.exported) throw new Error(`The export failed: ${job.error ?? job.state}`);
  const bytes = await readFile(join(core.dir, 'exports', jobId, job.exported.fileName));
  return new File([bytes], job.exported.fileName);
}

/** What importing `file` into `core` would do, checked by the core as the page asks it to. */
export async function inspect(core: TestCore, file: File): Promise<ImportSummary> {
  const jobId = await core.bundleFiles.startInspection(file, {
    signal: new AbortController().signal,
    onProgress: () => undefined,
  });
  const job = await finishedJob(core, jobId);
  if (!job.importSummary) throw new Error(`The inspection failed: ${job.error ?? job.state}`);
  return job.importSummary;
}

/** Imports `file` into `core` without the page, to arrange a test. */
export async function importInto(core: TestCore, file: File, as?: 'mine' | 'review') {
  const summary = await inspect(core, file);
  return core.call('bundle-import-commit', {
    inspectionId: summary.inspectionId,
    ...(as === undefined ? {} : { as }),
  });
}

/**
 * Other computers of the same user (or other candidates): a fresh real core each, closed after
 * the test. Call at the top of a test file; `open(name)` gives one with that profile name.
 */
export function otherComputersPerTest() {
  let opened: TestCore[] = [];
  afterEach(async () => {
    await Promise.all(opened.map((core) => core.close()));
    opened = [];
  });
  return {
    async open(name?: string): Promise<TestCore> {
      const core = await openTestCore();
      opened.push(core);
      if (name !== undefined) await core.call('profile-update', { name });
      return core;
    },
  };
}
