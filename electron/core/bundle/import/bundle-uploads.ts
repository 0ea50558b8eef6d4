import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UserError, userErrorFromFs } from '../../errors';
import { makeFolder } from '../../make-folder';
import type { IdGenerator } from '../../platform';
import { safeChildPath } from '../../safe-name';

/** Browser host: bundles the page streamed in, waiting for their inspection; emptied at start. */
export const UPLOADS_FOLDER = '.uploads';

export interface BundleUpload {
  path: string;
  fileName: string;
}

/**
 * A browser cannot hand the host a path, so a bundle chosen or dropped in the page is streamed
 * into the data folder first (never read whole into memory), then inspected from there. Each
 * upload is used by one inspection and removed when it ends.
 */
export class BundleUploads {
  private readonly uploads = new Map<string, BundleUpload>();

  private constructor(
    private readonly folder: string,
    private readonly newId: IdGenerator,
  ) {}

  /** `clearLeftovers`: false when the folder is open to read only (another process may write). */
  static async open(
    dataDir: string,
    newId: IdGenerator,
    clearLeftovers = true,
  ): Promise<BundleUploads> {
    const folder = join(dataDir, UPLOADS_FOLDER);
    if (clearLeftovers) await rm(folder, { recursive: true, force: true });
    return new BundleUploads(folder, newId);
  }

  async receive(fileName: string, body: AsyncIterable<Uint8Array>): Promise<{ uploadId: string }> {
    const uploadId = this.newId();
    const path = safeChildPath(this.folder, `${uploadId}.ctoportfolio`);
    try {
      await makeFolder(this.folder);
      await pipeline(body, createWriteStream(path, { flags: 'wx' }));
    } catch (error) {
      // The first error is the one to tell; cleaning up may fail the same way.
      await rm(path, { force: true }).catch(() => undefined);
      throw (
        userErrorFromFs(error, 'receive the bundle', this.folder) ??
        new UserError('io-error', 'The bundle did not arrive whole; choose it again.', {
          cause: error,
        })
      );
    }
    this.uploads.set(uploadId, { path, fileName });
    return { uploadId };
  }

  /** The upload for one inspection; it is gone afterwards (see release). */
  take(uploadId: string): BundleUpload {
    const upload = this.uploads.get(uploadId);
    if (!upload) {
      throw new UserError('not-found', 'That bundle is no longer here; choose the file again.');
    }
    this.uploads.delete(uploadId);
    return upload;
  }

  async release(upload: BundleUpload): Promise<void> {
    await rm(upload.path, { force: true });
  }
}
