import * as nodeFs from 'node:fs/promises';
import { dirname } from 'node:path';

export type MakeFolderFs = Pick<typeof nodeFs, 'mkdir' | 'stat'>;

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/**
 * `mkdir -p` that reports the real reason it failed. Node's recursive mkdir answers ENOENT ("does
 * not exist") where the folder could not be made on a read-only file system (it looks for the
 * folder after the refusal and reports that it is missing), so a user would be told to check a
 * path that is fine. A recursive mkdir makes every missing parent, so its ENOENT is never the
 * real story: the first missing folder is made once more on its own, and that error is thrown.
 */
export async function makeFolder(path: string, fs: MakeFolderFs = nodeFs): Promise<void> {
  try {
    await makeFolderOrExplain(path, fs);
  } catch (error) {
    // A file (or a dangling link) where the folder should be: say so, as for a file midway.
    if (codeOf(error) !== 'EEXIST') throw error;
    throw Object.assign(new Error(`ENOTDIR: not a folder, mkdir '${path}'`), {
      code: 'ENOTDIR',
      path,
      cause: error,
    });
  }
}

async function makeFolderOrExplain(path: string, fs: MakeFolderFs): Promise<void> {
  try {
    await fs.mkdir(path, { recursive: true });
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
    let missing = path;
    while (dirname(missing) !== missing && !(await exists(fs, dirname(missing)))) {
      missing = dirname(missing);
    }
    try {
      await fs.mkdir(missing);
    } catch (real) {
      throw codeOf(real) === 'ENOENT' ? error : real;
    }
    // Made now (a race with someone removing it): make the rest as asked.
    await fs.mkdir(path, { recursive: true });
  }
}

async function exists(fs: MakeFolderFs, path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  );
}
