import { userErrorFromFs } from '../errors';
import { writeZipAtomically, type WriteZipOptions } from '../bundle/zip/write-zip-atomically';
import type { ZipEntrySource } from '../bundle/zip/zip-entry-source';

/** A file an export wrote. */
export interface WrittenExport {
  path: string;
  /** Entries in the zip (1 for a file that is not a zip). */
  entries: number;
  /** Uncompressed bytes of those entries. */
  bytes: number;
}

export interface ExportZipOptions extends WriteZipOptions {
  /** Completes "Could not write …": "the bundle", "the web version". */
  what: string;
}

/**
 * Every zip export (bundle, web version, Leap2A) is written the same way: whole or not at all,
 * with progress and cancel, and a full disk or a refused folder told in one sentence.
 */
export async function writeExportZip(
  outPath: string,
  entries: readonly ZipEntrySource[],
  { what, ...zipOptions }: ExportZipOptions,
): Promise<WrittenExport> {
  try {
    await writeZipAtomically(outPath, entries, zipOptions);
  } catch (error) {
    throw userErrorFromFs(error, `write ${what}`, outPath) ?? error;
  }
  return {
    path: outPath,
    entries: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
  };
}
