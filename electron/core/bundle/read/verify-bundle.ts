import {
  readBundleEntries,
  type ReadBundleOptions,
  type ReadBundleResult,
} from './read-bundle-entries';

/**
 * Every check an import makes (see readBundleEntries), reading each file once, keeping only the
 * manifest and the portfolio data in memory, and writing nothing.
 */
export function verifyBundle(
  path: string,
  options: ReadBundleOptions = {},
): Promise<ReadBundleResult> {
  return readBundleEntries(
    path,
    async (_path, stream) => {
      for await (const chunk of stream) void chunk;
    },
    options,
  );
}
