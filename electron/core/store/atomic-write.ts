import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests pass a copy with one of them made to fail. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

const TEMP_SUFFIX = '.tmp';

/** `.portfolio.json.<pid>.<random>.tmp`: hidden, beside its target, unique per process and call. */
function tempPathFor(path: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.${unique}${TEMP_SUFFIX}`);
}

const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Replace `path` with `data` so that, whatever happens (crash, power loss, full disk), the file
 * holds either the old bytes or the new ones, never a mix: write a temp file in the same folder,
 * fsync it, rename it over the target, then fsync the folder so the rename itself is durable.
 * On failure the temp file is removed and the first error is the one thrown.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const temp = tempPathFor(path);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (error) {
      // The write error says what went wrong; a failing close would only hide it.
      await handle.close().catch(() => undefined);
      throw error;
    }
    await handle.close();
    await fs.rename(temp, path);
    renamed = true;
    await syncFolder(dirname(path));
  } finally {
    if (!renamed) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Errors from file systems and platforms that cannot fsync a folder; the rename is done anyway. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF']);

async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder as a file; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await nodeFs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !FOLDER_SYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Remove the temp files a killed process left in `dir`. Call it only while holding the folder's
 * lock, when no other writer can be halfway through a write.
 */
export async function removeLeftoverTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await nodeFs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await Promise.all(
    names
      .filter((name) => TEMP_NAME.test(name))
      .map((name) => nodeFs.rm(join(dir, name), { force: true })),
  );
}
