import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import type { Locator, Page } from 'playwright-core';
import { openCore, type Core } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import { waitFor } from '../../support/wait-for';

/**
 * Bundles made and exchanged without a browser, to arrange what a browser test starts from: the
 * real core on a data folder (closed again before an app opens that folder), as the CLI uses it.
 */
export interface CoreOnFolder {
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  /** Writes this folder's portfolio as a bundle at `path`. */
  exportTo(path: string): Promise<void>;
  /** Checks and imports the bundle at `path`; answers what the import did. */
  importFrom(path: string, as?: 'mine' | 'review'): Promise<ChannelOutput<'bundle-import-commit'>>;
  close(): Promise<void>;
}

export async function openCoreOn(dataDir: string): Promise<CoreOnFolder> {
  const core: Core = await openCore({ dataDir, host: 'electron', appVersion: '0.0.0-test' });
  const call = async <K extends Channel>(channel: K, input: ChannelInput<K>) => {
    const envelope = await dispatch(core.handlers, channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message}`);
    return envelope.result as ChannelOutput<K>;
  };
  const finished = async (jobId: string) => {
    let job!: ChannelOutput<'job-status'>;
    await waitFor(async () => (job = await call('job-status', { jobId })).state !== 'running', {
      what: `job ${jobId} to finish`,
      timeoutMs: 30_000,
    });
    if (job.state !== 'done') throw new Error(`The job ${job.state}: ${job.error ?? ''}`);
    return job;
  };
  return {
    call,
    async exportTo(path) {
      const { jobId } = await call('bundle-export-start', {
        includePrivate: false,
        destination: path,
      });
      await finished(jobId);
    },
    async importFrom(path, as) {
      const { jobId } = await call('bundle-import-inspect', { source: { kind: 'path', path } });
      const { importSummary } = await finished(jobId);
      return call('bundle-import-commit', {
        inspectionId: importSummary!.inspectionId,
        ...(as === undefined ? {} : { as }),
      });
    },
    close: () => core.close(),
  };
}

/** A new data folder with a candidate's portfolio under `name`, exported to `bundlePath`. */
export async function candidateBundle(name: string, bundlePath: string): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cto-e2e-candidate-'));
  try {
    const candidate = await openCoreOn(dataDir);
    try {
      await candidate.call('welcome-skip', {});
      await candidate.call('profile-update', { name });
      await candidate.exportTo(bundlePath);
    } finally {
      await candidate.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * `dataDir` ends up with one conflict: its portfolio went to a second computer (a temp folder),
 * Session 1's notes were changed on both, and the second computer's bundle was merged back.
 */
export async function oneConflictIn(dataDir: string, work: string): Promise<void> {
  const here = await openCoreOn(dataDir);
  const otherDir = await mkdtemp(join(tmpdir(), 'cto-e2e-other-'));
  try {
    await here.call('welcome-skip', {});
    await here.exportTo(join(work, 'first.ctoportfolio'));
    const other = await openCoreOn(otherDir);
    try {
      await other.importFrom(join(work, 'first.ctoportfolio'), 'mine');
      const session = (await here.call('portfolio-get', {})).sessions.find((s) => s.number === 1)!;
      await here.call('session-update', { id: session.id, notes: 'Notes written here' });
      await other.call('session-update', { id: session.id, notes: 'Notes written there' });
      await other.exportTo(join(work, 'second.ctoportfolio'));
    } finally {
      await other.close();
    }
    await here.importFrom(join(work, 'second.ctoportfolio'));
  } finally {
    await here.close();
    await rm(otherDir, { recursive: true, force: true });
  }
}

/** Chooses `path` in the file dialog the button opens. */
export async function chooseFile(page: Page, button: Locator, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(path);
}
