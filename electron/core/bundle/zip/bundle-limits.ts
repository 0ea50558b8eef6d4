import { BundleError } from '../bundle-error';

/** Caps a reader applies before inflating anything; the defaults come from the format's spec. */
export interface BundleLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Free space where the bundle would be extracted; the total must fit in it too. */
  freeDiskBytes?: number;
  /** Largest uncompressed:compressed ratio, per entry and for the whole file. */
  maxRatio: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 20 * 1024 ** 3,
  maxRatio: 200,
};

/**
 * Below this size the ratio is not checked: a few KB of repeated text legitimately compress more
 * than 200:1, and so little output cannot exhaust anything.
 */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface DeclaredEntrySize {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

function ratioExceeds(uncompressed: number, compressed: number, maxRatio: number): boolean {
  if (uncompressed <= RATIO_FLOOR_BYTES) return false;
  return compressed === 0 || uncompressed / compressed > maxRatio;
}

export function checkEntryCount(count: number, limits: BundleLimits): void {
  if (count > limits.maxEntries) {
    throw new BundleError(
      'too-many-entries',
      `The bundle holds ${count} files, more than the ${limits.maxEntries} allowed: it is not a bundle this app made, so nothing was imported.`,
    );
  }
}

/** One entry's declared sizes, checked from the central directory alone. */
export function checkDeclaredEntrySize(entry: DeclaredEntrySize, limits: BundleLimits): void {
  if (ratioExceeds(entry.uncompressedSize, entry.compressedSize, limits.maxRatio)) {
    throw new BundleError(
      'zip-bomb',
      `The bundle entry "${entry.name}" would expand more than ${limits.maxRatio} times its size (a "zip bomb"), so nothing was imported.`,
    );
  }
}

/** The sum of the declared sizes against the caps, the free disk and the file's own size. */
export function checkDeclaredTotal(
  totalUncompressed: number,
  fileSize: number,
  limits: BundleLimits,
): void {
  if (totalUncompressed > limits.maxTotalBytes) {
    throw new BundleError(
      'too-large',
      `The bundle would unpack to ${gb(totalUncompressed)}, more than the ${gb(limits.maxTotalBytes)} allowed, so nothing was imported.`,
    );
  }
  if (limits.freeDiskBytes !== undefined && totalUncompressed > limits.freeDiskBytes) {
    throw new BundleError(
      'too-large',
      `The bundle needs ${gb(totalUncompressed)} but only ${gb(limits.freeDiskBytes)} is free on the disk: free some space and try again.`,
    );
  }
  if (ratioExceeds(totalUncompressed, fileSize, limits.maxRatio)) {
    throw new BundleError(
      'zip-bomb',
      `The bundle would expand more than ${limits.maxRatio} times its size (a "zip bomb"), so nothing was imported.`,
    );
  }
}
