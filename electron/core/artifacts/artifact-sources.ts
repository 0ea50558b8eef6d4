import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../errors';

/** One file on its way into the store: the name it is recorded with and its bytes, opened late. */
export interface IncomingFile {
  /** The original file name (no folders), as the record keeps it. */
  fileName: string;
  /** Where the bytes come from, for messages: a path, or the name of an upload. */
  origin: string;
  open(): Promise<AsyncIterable<Uint8Array>>;
}

/** Large reads mean fewer round trips; the store hashes and writes each chunk as it comes. */
const READ_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * A file named by path: only a regular file (not a folder, pipe or device — opening a pipe would
 * hang), checked before it is opened and again on the open handle, so a file swapped in between
 * is refused too.
 */
export function pathSource(path: string): IncomingFile {
  const fileName = basename(path);
  return {
    fileName,
    origin: path,
    async open() {
      try {
        assertRegularFile(await stat(path), fileName);
        const handle = await open(path, 'r');
        try {
          assertRegularFile(await handle.stat(), fileName);
        } catch (error) {
          await handle.close();
          throw error;
        }
        return handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES });
      } catch (error) {
        throw readFailure(error, fileName, path);
      }
    },
  };
}

/** A file arriving as a stream (the browser host's upload); it can be read once. */
export function streamSource(fileName: string, stream: AsyncIterable<Uint8Array>): IncomingFile {
  return { fileName, origin: fileName, open: async () => stream };
}

function assertRegularFile(info: { isFile(): boolean; isDirectory(): boolean }, name: string) {
  if (info.isDirectory()) {
    throw new UserError(
      'invalid-input',
      `${name} is a folder, not a file; nothing was added. Add the files inside it instead.`,
    );
  }
  if (!info.isFile()) {
    throw new UserError(
      'invalid-input',
      `${name} is not a regular file (it is a device, pipe or socket); nothing was added. Choose an ordinary file.`,
    );
  }
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A failure to read the file being added, as the one sentence the user reads. */
export function readFailure(error: unknown, fileName: string, origin: string): UserError {
  if (error instanceof UserError) return error;
  const options = { cause: error };
  switch (errnoCode(error)) {
    case 'ENOENT':
      return new UserError(
        'not-found',
        `${fileName} was not found (it may have been moved or deleted); nothing was added. Check the file and add it again.`,
        options,
      );
    case 'EISDIR':
      return new UserError(
        'invalid-input',
        `${fileName} is a folder, not a file; nothing was added. Add the files inside it instead.`,
        options,
      );
    case 'EACCES':
    case 'EPERM':
      return new UserError(
        'read-only',
        `${fileName} cannot be read (no permission); nothing was added. Check who may read the file and try again.`,
        options,
      );
    case 'ENOTDIR':
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return new UserError(
        'invalid-input',
        `${origin} is not a path to a file; nothing was added. Check the path and try again.`,
        options,
      );
    default:
      return new UserError(
        'io-error',
        `${fileName} could not be read to the end (it may have been moved, or its drive removed); nothing was added. Try again.`,
        options,
      );
  }
}
