import { BundleError } from '../bundle-error';

const DAMAGED =
  'The bundle is damaged (its zip structure is broken): ask for a new copy, nothing was imported.';

/**
 * yauzl and zlib report problems as plain Errors with English messages; turn each into one
 * sentence with a stable problem word. `looksLikeZip` says whether the file starts like a zip,
 * which tells a cut-off download from a file that was never a bundle. Bugs come back unchanged.
 */
export function bundleErrorFromZipRead(error: unknown, looksLikeZip: boolean): unknown {
  if (error instanceof BundleError) return error;
  // A TypeError or RangeError is a bug in our code, not a damaged file: let it be one.
  if (
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ReferenceError
  ) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  const options = { cause: error };
  if (/end of central directory record signature not found/i.test(message)) {
    return looksLikeZip
      ? new BundleError(
          'truncated',
          'The bundle is incomplete (the file was cut off, perhaps during a download or copy): get a full copy and try again.',
          options,
        )
      : new BundleError(
          'not-a-zip',
          'This file is not a CTO Mentor Portfolio bundle (it is not a zip file): choose a .ctoportfolio file.',
          options,
        );
  }
  if (/unexpected EOF|overflows file bounds|Invalid comment length/i.test(message)) {
    return new BundleError(
      'truncated',
      'The bundle is incomplete (the file was cut off, perhaps during a download or copy): get a full copy and try again.',
      options,
    );
  }
  if (/invalid characters in fileName|absolute path|invalid relative path/i.test(message)) {
    return new BundleError(
      'unsafe-path',
      'The bundle holds a file whose name points outside its folder: it is not a bundle this app made, so nothing was imported.',
      options,
    );
  }
  if (
    /too many bytes in the stream|not enough bytes in the stream|size mismatch for stored file/i.test(
      message,
    )
  ) {
    return new BundleError(
      'size-mismatch',
      'A file inside the bundle is not the size the zip says: the bundle is damaged, so nothing was imported.',
      options,
    );
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new BundleError(
      'corrupt-zip',
      'The bundle is damaged (a file inside it cannot be unpacked): ask for a new copy, nothing was imported.',
      options,
    );
  }
  return new BundleError('corrupt-zip', DAMAGED, options);
}
