import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Schema } from '@shared/domain/artifact';
import { makeFolder } from '../make-folder';
import { folderNames } from '../store/folder-names';
import { SHA256_NAME, safeChildPath } from '../safe-name';

/** The file operations of a put; tests pass a copy whose writes fail, as a full disk would. */
export type ContentStoreFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'mkdir' | 'stat'>;

export interface StoredContent {
  sha256: string;
  size: number;
  /** False when the same bytes were already stored: nothing new is on disk. */
  added: boolean;
}

/** `.incoming-<pid>-<random>.tmp`, in the store folder itself so the rename stays on one disk. */
const TEMP_NAME = /^\.incoming-\d+-[0-9a-f]{12}\.tmp$/;
const SHARD_NAME = /^[0-9a-f]{2}$/;

/**
 * Artifact files by content: `<root>/<first two hex digits>/<sha256>`. The same bytes are stored
 * once, a stored file never changes, and a file appears under its name only once it is whole
 * (written to a temp file, fsynced, renamed). One writer per store: the data folder's lock.
 */
export class ContentStore {
  constructor(
    readonly root: string,
    private readonly fs: ContentStoreFs = nodeFs,
  ) {}

  pathOf(sha256: string): string {
    // A bad hash here is a bug in the caller, and must never become a path.
    sha256Schema.parse(sha256);
    return safeChildPath(safeChildPath(this.root, sha256.slice(0, 2)), sha256, SHA256_NAME);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await this.fs.stat(this.pathOf(sha256))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /**
   * Store the bytes of `source` as they stream by: hashed and written at once, so memory stays
   * flat whatever the size. On any failure (the source breaks off, the disk fills up) the temp
   * file is removed and nothing is stored; the first error is the one thrown.
   */
  async put(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<StoredContent> {
    await makeFolder(this.root, this.fs);
    const temp = join(this.root, `.incoming-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    let moved = false;
    try {
      const { sha256, size } = await writeHashed(this.fs, temp, source);
      const target = this.pathOf(sha256);
      if (await this.has(sha256)) return { sha256, size, added: false };
      await makeFolder(join(this.root, sha256.slice(0, 2)), this.fs);
      await this.fs.rename(temp, target);
      moved = true;
      return { sha256, size, added: true };
    } finally {
      if (!moved) await this.fs.rm(temp, { force: true }).catch(() => undefined);
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.fs.rm(this.pathOf(sha256), { force: true });
  }

  /** Every stored hash; names that are not a stored file (temp files, strays) are left out. */
  async list(): Promise<string[]> {
    const shards = await folderNames(this.root);
    const lists = await Promise.all(
      shards
        .filter((shard) => SHARD_NAME.test(shard))
        .map(async (shard) =>
          (await folderNames(join(this.root, shard))).filter(
            (name) => name.startsWith(shard) && sha256Schema.safeParse(name).success,
          ),
        ),
    );
    return lists.flat();
  }

  /** Temp files of puts that a killed process left behind. Only while holding the data lock. */
  async removeLeftoverTempFiles(): Promise<void> {
    const names = await folderNames(this.root);
    await Promise.all(
      names
        .filter((name) => TEMP_NAME.test(name))
        .map((name) => this.fs.rm(join(this.root, name), { force: true })),
    );
  }
}

/**
 * Write `source` to a new file at `path`, hashing each chunk while the previous write is still on
 * its way to the disk, then fsync. Returns the hash and the byte count.
 */
async function writeHashed(
  fs: ContentStoreFs,
  path: string,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const handle = await fs.open(path, 'wx');
  try {
    for await (const chunk of source) {
      const writing = writeAll(handle, chunk);
      hash.update(chunk);
      size += chunk.byteLength;
      await writing;
    }
    await handle.sync();
  } catch (error) {
    // The write or read error says what went wrong; a failing close would only hide it.
    await handle.close().catch(() => undefined);
    throw error;
  }
  await handle.close();
  return { sha256: hash.digest('hex'), size };
}

async function writeAll(handle: nodeFs.FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}
