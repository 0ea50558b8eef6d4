import { describe, expect, it } from 'vitest';
import { JobRegistry } from '../../../electron/core/jobs/job-registry';
import { UserError } from '../../../electron/core/errors';
import type { ExportedBundleInfo } from '@shared/jobs/job-status';

const EXPORTED: ExportedBundleInfo = {
  fileName: 'a.ctoportfolio',
  bytes: 10,
  entries: 2,
  savedTo: null,
  downloadPath: '/download/export/job-1',
};

function registry() {
  let n = 0;
  return new JobRegistry(() => `job-${++n}`);
}

/** Resolves when `predicate` holds for the job's status (polled, as the page does). */
async function until(jobs: JobRegistry, jobId: string, state: string) {
  for (let i = 0; i < 200; i += 1) {
    if (jobs.status(jobId).state === state) return jobs.status(jobId);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`job never reached ${state}: ${JSON.stringify(jobs.status(jobId))}`);
}

describe('jobs', () => {
  it('answers the id at once, reports progress while running, and the result when done', async () => {
    const jobs = registry();
    let finish!: () => void;
    const jobId = jobs.start('bundle-export', async (_signal, report) => {
      report({ bytesDone: 5, bytesTotal: 10, itemsDone: 1, itemsTotal: 2 });
      await new Promise<void>((resolve) => (finish = resolve));
      return { exported: EXPORTED };
    });
    expect(jobs.status(jobId)).toMatchObject({ jobId, state: 'running', kind: 'bundle-export' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(jobs.status(jobId).progress).toEqual({
      bytesDone: 5,
      bytesTotal: 10,
      itemsDone: 1,
      itemsTotal: 2,
    });
    finish();
    expect(await until(jobs, jobId, 'done')).toMatchObject({ exported: EXPORTED, error: null });
  });

  it('cancels a running job and answers once it has stopped', async () => {
    const jobs = registry();
    let cleanedUp = false;
    const jobId = jobs.start(
      'bundle-import-inspect',
      (signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            cleanedUp = true;
            reject(new Error('aborted'));
          });
        }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const status = await jobs.cancel(jobId);
    expect(status.state).toBe('cancelled');
    expect(cleanedUp).toBe(true);
  });

  it('tells a failure for people in their sentence, and a bug in a generic one', async () => {
    const jobs = registry();
    const told = jobs.start('bundle-export', async () => {
      throw new UserError('disk-full', 'Could not write the bundle: the disk is full.');
    });
    expect((await until(jobs, told, 'failed')).error).toBe(
      'Could not write the bundle: the disk is full.',
    );
    const originalError = console.error;
    console.error = () => undefined;
    try {
      const bug = jobs.start('bundle-export', async () => {
        throw new TypeError('x is undefined');
      });
      expect((await until(jobs, bug, 'failed')).error).toMatch(/^Something went wrong inside/);
    } finally {
      console.error = originalError;
    }
  });

  it('says in one sentence that an unknown job is not known', () => {
    expect(() => registry().status('nope')).toThrow(
      'That export or import is no longer known to the app; start it again.',
    );
  });

  it('leaves a finished job as it was when asked to cancel it', async () => {
    const jobs = registry();
    const jobId = jobs.start('bundle-export', async () => ({ exported: EXPORTED }));
    await until(jobs, jobId, 'done');
    expect((await jobs.cancel(jobId)).state).toBe('done');
  });
});
