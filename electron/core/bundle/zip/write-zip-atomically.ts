import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline, Transform, type Readable, type Writable } from 'node:stream';
import { ZipFile } from 'yazl';
import { UserError } from '../../errors';
import { useNativeCrc32ForZip } from './native-zip-crc32';
import type { ZipEntrySource } from './zip-entry-source';

/**
 * zlib's fastest level: on text it runs about four times faster than the default (level 6) for
 * files about a quarter larger (29% of the original instead of 23% on our benchmark's text), and
 * a bundle is written far more often than its size matters.
 */
const DEFLATE_LEVEL = 1;
const WRITE_BUFFER_BYTES = 8 * 1024 * 1024;

export interface ZipProgress {
  bytesDone: number;
  bytesTotal: number;
  itemsDone: number;
  itemsTotal: number;
}

/** The file operations used; tests pass a copy whose writes fail, as a full disk would. */
export type ZipOutputFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export interface WriteZipOptions {
  /** Every entry's modification time, so the same data gives the same bytes. */
  mtime: Date;
  signal?: AbortSignal;
  onProgress?: (progress: ZipProgress) => void;
  fs?: ZipOutputFs;
}

/** `.<name>.partial-<random>` beside the destination, so the final rename stays on one disk. */
export function partialName(outPath: string): string {
  return join(dirname(outPath), `.${basename(outPath)}.partial-${randomBytes(6).toString('hex')}`);
}

/**
 * Write `entries` as a zip at `outPath`: streamed into a temp file beside it, fsynced, then
 * renamed over the destination, which until then is untouched. On cancel or any failure the temp
 * file is removed and the first error is thrown.
 */
export async function writeZipAtomically(
  outPath: string,
  entries: readonly ZipEntrySource[],
  options: WriteZipOptions,
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  options.signal?.throwIfAborted();
  const temp = partialName(outPath);
  const handle = await fs.open(temp, 'wx');
  let renamed = false;
  try {
    // `flush`: the stream fsyncs before it closes the file, so the rename publishes whole bytes.
    // A large buffer lets the next piece be read and hashed while the last one is written.
    const out = handle.createWriteStream({ flush: true, highWaterMark: WRITE_BUFFER_BYTES });
    await streamZip(out, entries, options);
    options.signal?.throwIfAborted();
    await fs.rename(temp, outPath);
    renamed = true;
  } finally {
    // The error that got us here says what went wrong; a failing clean-up would only hide it.
    await handle.close().catch(() => undefined);
    if (!renamed) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Passes the bytes on while checking them against the expected size and hash. */
function checkedStream(entry: ZipEntrySource, onBytes: (count: number) => void): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.byteLength;
      onBytes(chunk.byteLength);
      callback(null, chunk);
    },
    flush(callback) {
      const matches = size === entry.size && hash.digest('hex') === entry.sha256;
      callback(matches ? null : entry.unreadable(new Error(`${entry.path} changed`)));
    },
  });
}

function streamZip(
  out: Writable,
  entries: readonly ZipEntrySource[],
  { mtime, signal, onProgress }: WriteZipOptions,
): Promise<void> {
  useNativeCrc32ForZip();
  return new Promise<void>((resolve, reject) => {
    const zip = new ZipFile();
    // yazl's typings say NodeJS.ReadableStream; it is a PassThrough.
    const output = zip.outputStream as Readable;
    const progress: ZipProgress = {
      bytesDone: 0,
      bytesTotal: entries.reduce((sum, entry) => sum + entry.size, 0),
      itemsDone: 0,
      itemsTotal: entries.length,
    };
    let reading: Readable | null = null;
    let settled = false;
    const onAbort = () => fail(signal?.reason ?? new Error('Cancelled.'));
    const settle = () => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
    };
    function fail(error: unknown) {
      if (settled) return;
      settle();
      reading?.destroy();
      output.unpipe(out);
      output.destroy();
      out.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    zip.on('error', fail);
    output.on('error', fail);
    out.on('error', fail);
    // 'close' comes after the fsync and the file's close: only then is the temp file whole.
    out.on('close', () => {
      if (settled) return;
      settle();
      resolve();
    });

    for (const entry of entries) {
      zip.addReadStreamLazy(
        entry.path,
        { mtime, compressionLevel: entry.deflate ? DEFLATE_LEVEL : 0, size: entry.size },
        (callback) => {
          let source: Readable;
          try {
            source = entry.open();
          } catch (error) {
            fail(entry.unreadable(error));
            return;
          }
          const checked = checkedStream(entry, (count) => {
            progress.bytesDone += count;
            onProgress?.({ ...progress });
          });
          reading = checked;
          checked.on('end', () => {
            progress.itemsDone += 1;
            onProgress?.({ ...progress });
          });
          pipeline(source, checked, (error) => {
            if (error) fail(error instanceof UserError ? error : entry.unreadable(error));
          });
          callback(null, checked);
        },
      );
    }
    zip.end();
    output.pipe(out);
  });
}
