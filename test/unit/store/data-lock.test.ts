import { spawnSync } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { openTestStore } from './store-fixtures';
import { bundleCrashWriter, startWriter } from './writer-process';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-lock-');
});
afterEach(() => temp.remove());

let scratch: Awaited<ReturnType<typeof makeTempDir>>;
let writerScript: string;
beforeAll(async () => {
  scratch = await makeTempDir('cto-lock-writer-');
  writerScript = await bundleCrashWriter(scratch.path);
});
afterAll(() => scratch.remove());

const lockPath = () => join(temp.path, 'portfolio.lock');
const lockedSentence = (pid: number) =>
  `This portfolio is open in another window or program (process ${pid}). Close it and try again.`;

/** The id of a process that has certainly ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('data folder lock', () => {
  it('refuses a second open in the same process, and allows it once the first is closed', async () => {
    const first = await openTestStore(temp.path);

    await expect(openTestStore(temp.path)).rejects.toMatchObject({
      name: 'UserError',
      code: 'store-locked',
      message: lockedSentence(process.pid),
    });

    await first.store.close();
    await expect(access(lockPath())).rejects.toThrow();
    const again = await openTestStore(temp.path);
    await again.store.close();
  });

  it('refuses to open a folder another process is writing, and leaves that process its lock', async () => {
    const writer = startWriter(writerScript, temp.path);
    try {
      await writer.ready;
      await expect(openTestStore(temp.path)).rejects.toMatchObject({
        code: 'store-locked',
        message: lockedSentence(writer.child.pid!),
      });
      expect(await readFile(lockPath(), 'utf8')).toBe(String(writer.child.pid));
    } finally {
      await writer.kill();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const first = await openTestStore(temp.path);
    await first.store.update((draft) => {
      draft.profile.name = 'before the crash';
    });
    // The first "process" dies without closing: its lock stays, holding a pid that is gone.
    await writeFile(lockPath(), String(deadPid()));

    const { store } = await openTestStore(temp.path);

    expect(store.get().profile.name).toBe('before the crash');
    expect(await readFile(lockPath(), 'utf8')).toBe(String(process.pid));
    await store.close();
  });

  it('takes over an empty lock left by a process that died while creating it', async () => {
    await writeFile(lockPath(), '');

    const { store } = await openTestStore(temp.path);

    expect(await readFile(lockPath(), 'utf8')).toBe(String(process.pid));
    await store.close();
  });
});
