import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import { READ_ONLY_FOLDER_SENTENCE } from '../../../electron/core/store/folder-access';
import { snapshotFolder } from '../../support/folder-snapshot';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { cli } from '../cli/cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-reading-');
  data = join(temp.path, 'data');
});
afterEach(() => temp.remove());

const clock = fixedClock('2026-09-01T09:00:00.000Z');
const newId = sequentialIds('rec');
/** A lock that cannot be created, as on a read-only disk (root ignores permission bits). */
const readOnlyDisk = async (): Promise<never> => {
  throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
};
const open = (options: { readOnlyDisk?: boolean; dataDir?: string } = {}) =>
  openCore({
    dataDir: options.dataDir ?? data,
    host: 'browser',
    appVersion: '0.0.0-test',
    clock,
    newId,
    ...(options.readOnlyDisk ? { takeLock: readOnlyDisk } : {}),
  });

/** A portfolio with a profile, a reflection, an artifact, edited over two sessions. */
async function usedPortfolio(): Promise<void> {
  clock.set('2026-09-01T09:00:00.000Z');
  const core = await open();
  await core.handlers['profile-update']({ name: 'Ada Lovelace' });
  // A dated session, so the calendar has something to export when read.
  const [kickoff] = (await core.handlers['portfolio-get']({})).sessions;
  await dispatch(core.handlers, 'session-update', { id: kickoff!.id, date: '2026-09-10' });
  await dispatch(core.handlers, 'reflection-create', { title: 'First thoughts' });
  await writeFile(join(temp.path, 'plan.pdf'), 'a plan');
  await core.artifacts().addPaths([join(temp.path, 'plan.pdf')]);
  await core.close();
  clock.set('2026-09-01T15:00:00.000Z');
  const again = await open();
  const [reflection] = await again.handlers['reflection-list']({});
  await dispatch(again.handlers, 'reflection-update', { id: reflection!.id, title: 'Edited' });
  await again.close();
}

async function* oneChunk(text: string): AsyncIterable<Uint8Array> {
  yield Buffer.from(text);
}

const backups = async () => (await readdir(join(data, 'backups'))).sort();

describe('opening the app', () => {
  it('writes nothing when nothing is edited, however often and however much later', async () => {
    await usedPortfolio();
    const before = await snapshotFolder(data);
    for (const later of ['2026-09-01T15:30:00.000Z', '2026-09-02T09:00:00.000Z', '2026-12-01']) {
      clock.set(later);
      const core = await open();
      await core.handlers['portfolio-get']({});
      await core.handlers['reflection-list']({});
      await core.handlers['search-query']({ query: 'thoughts' });
      await core.close();
    }
    expect(await snapshotFolder(data)).toEqual(before);
  });

  it('takes exactly one backup for edits more than an hour after the newest, and none for days without edits', async () => {
    await usedPortfolio();
    const existing = await backups();

    for (const day of ['2026-09-02', '2026-09-03', '2026-09-04']) {
      clock.set(`${day}T09:00:00.000Z`);
      await (await open()).close();
    }
    expect(await backups()).toEqual(existing);

    clock.set('2026-09-05T09:00:00.000Z');
    const core = await open();
    await core.handlers['profile-update']({ name: 'Ada King' });
    clock.set('2026-09-05T09:40:00.000Z');
    await core.handlers['profile-update']({ name: 'Ada King, Countess' });
    await core.close();
    expect(await backups()).toEqual([...existing, 'portfolio-2026-09-05T09-00-00-000Z.json']);
  });
});

describe('a data folder that cannot be written', () => {
  it('opens read-only: says so, shows everything, refuses every change with one sentence and writes nothing', async () => {
    await usedPortfolio();
    const before = await snapshotFolder(data);

    const core = await open({ readOnlyDisk: true });
    try {
      expect(await core.handlers['app-info']({})).toMatchObject({ readOnly: true, notice: null });
      expect((await core.handlers['portfolio-get']({})).profile.name).toBe('Ada Lovelace');
      expect(await core.handlers['reflection-list']({})).toHaveLength(1);
      expect((await core.handlers['search-query']({ query: 'edited' })).groups).not.toEqual([]);
      expect((await core.handlers['calendar-export']({})).content).toContain('BEGIN:VCALENDAR');

      const changes: [string, unknown][] = [
        ['profile-update', { name: 'Someone else' }],
        [
          'assignment-create',
          {
            title: 'New',
            kind: 'session',
            session: 2,
            description: '',
            due: '2026-10-05',
            status: 'not-started',
            grade: '',
            graderComment: '',
          },
        ],
        ['reflection-create', { title: 'New' }],
        ['artifact-add-paths', { paths: [join(temp.path, 'plan.pdf')] }],
        ['sample-open', {}],
        ['bundle-export-start', { includePrivate: false }],
      ];
      for (const [channel, input] of changes) {
        const answer = await dispatch(core.handlers, channel, input);
        expect({ channel, answer }).toMatchObject({
          channel,
          answer: { ok: false, error: { code: 'read-only', message: READ_ONLY_FOLDER_SENTENCE } },
        });
      }
      await expect(core.artifacts().addStream('upload.txt', oneChunk('uploaded'))).rejects.toThrow(
        READ_ONLY_FOLDER_SENTENCE,
      );
    } finally {
      await core.close();
    }
    expect(await snapshotFolder(data)).toEqual(before);
  });

  it('opens read-only on a real read-only mount, where the command line reads it too', async (context) => {
    await usedPortfolio();
    const mount = join(temp.path, 'read-only');
    await mkdir(mount);
    try {
      execFileSync('mount', ['--bind', '-o', 'ro', data, mount], { stdio: 'pipe' });
    } catch (error) {
      const reason = `a read-only bind mount is not possible here (${String(error).split('\n')[0]})`;
      console.warn(`skipped: ${reason}`);
      context.skip(reason);
    }
    try {
      const before = await snapshotFolder(mount);
      const core = await open({ dataDir: mount });
      expect((await core.handlers['app-info']({})).readOnly).toBe(true);
      const refused = await dispatch(core.handlers, 'profile-update', { name: 'x' });
      expect(refused).toMatchObject({ ok: false, error: { message: READ_ONLY_FOLDER_SENTENCE } });
      await core.close();
      const status = await cli(['status', '--data', mount], { cwd: temp.path });
      expect(status.code).toBe(0);
      expect(status.stdout).toContain('Ada Lovelace');
      expect(await snapshotFolder(mount)).toEqual(before);
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});
