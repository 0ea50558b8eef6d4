import { describe, expect, it } from 'vitest';
import { JobRegistry } from '../../../electron/core/jobs/job-registry';
import { UserError } from '../../../electron/core/errors';
import type { ExportedBundleInfo, JobStatus } from '@shared/jobs/job-status';
import { waitFor } from '../../support/wait-for';

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

/** The job's status once it is in `state` (polled, as the page does). */
async function until(jobs: JobRegistry, jobId: string, state: JobStatus['state']) {
  await waitFor(() => jobs.status(jobId).state === state, { what: `${jobId} to be ${state}` });
  return jobs.status(jobId);
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
    await waitFor(() => jobs.status(jobId).progress.bytesDone > 0, { what: 'progress reported' });
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
    let started = false;
    let cleanedUp = false;
    const jobId = jobs.start(
      'bundle-import-inspect',
      (signal) =>
        new Promise((_resolve, reject) => {
          started = true;
          signal.addEventListener('abort', () => {
            cleanedUp = true;
            reject(new Error('aborted'));
          });
        }),
    );
    // Cancelled while its work runs, not before it starts: the cleanup is what is tested.
    await waitFor(() => started, { what: 'the job to start' });
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
