import { resolve } from 'node:path';
import type { ExportedFile } from '@shared/contract/contract';
import { userErrorFromFs, writeFileAtomic } from '../core';
import type { CliIo } from './cli-io';

/**
 * Save an export to `--out` (default: its suggested name in the current folder), atomically so a
 * failed write never leaves half a file where a good one was. Returns the absolute path.
 */
export async function writeExport(
  file: ExportedFile,
  out: string | undefined,
  what: string,
  io: CliIo,
): Promise<string> {
  const target = resolve(io.cwd, out ?? file.fileName);
  try {
    await writeFileAtomic(target, file.content);
  } catch (error) {
    throw userErrorFromFs(error, `write ${what}`, target) ?? error;
  }
  return target;
}
