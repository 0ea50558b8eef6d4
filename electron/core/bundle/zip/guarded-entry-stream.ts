import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BundleError } from '../bundle-error';

/**
 * Passes an entry's inflated bytes through while counting and hashing them. Aborts as soon as
 * more bytes arrive than the central directory declared (so a lying header cannot fill the disk)
 * and, at the end, if fewer arrived. `sha256()` is the hex digest once the stream has ended.
 */
export class GuardedEntryStream extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;
  private digest: string | null = null;

  constructor(
    private readonly name: string,
    private readonly declaredSize: number,
    private readonly signal?: AbortSignal,
  ) {
    super();
  }

  get bytesSeen(): number {
    return this.count;
  }

  sha256(): string {
    if (this.digest === null) throw new Error(`sha256() called before ${this.name} ended`);
    return this.digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.signal?.aborted) return done(cancelled());
    this.count += chunk.length;
    if (this.count > this.declaredSize) return done(wrongSize(this.name));
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.count !== this.declaredSize) return done(wrongSize(this.name));
    this.digest = this.hash.digest('hex');
    done();
  }
}

function wrongSize(name: string): BundleError {
  return new BundleError(
    'size-mismatch',
    `The file "${name}" inside the bundle is not the size the zip says: the bundle is damaged, so nothing was imported.`,
  );
}

export function cancelled(): BundleError {
  return new BundleError('cancelled', 'Reading the bundle was cancelled; nothing was changed.');
}
