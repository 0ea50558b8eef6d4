import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_PATH } from '@shared/bundle/bundle-schemas';
import { recordStampsSchema, type RecordStamps } from '@shared/review/portfolio-changes';
import { userErrorFromFs } from '../errors';
import { makeFolder } from '../make-folder';
import { JsonDocumentFile } from '../review/json-document-file';
import { MENTOR_FOLDER } from '../reviewed/reviewed-library';
import { writeFileAtomic } from '../store/atomic-write';

export const SEEN_FILE = 'seen.json';
export const SEEN_DATA_FILE = 'seen-portfolio.json';
export const SEEN_FORMAT = 'cto-candidate-seen';

/**
 * `mentor/seen.json`: when the reviewer last marked the candidate as seen, and the stamps of
 * every record then, so My candidates counts what changed since without reading the data. Beside
 * it `mentor/seen-portfolio.json`, the data as it was, for the list of changes with titles.
 */
export const seenFileSchema = z.object({
  format: z.literal(SEEN_FORMAT),
  formatVersion: z.literal(1),
  seenAt: z.iso.datetime(),
  /** The export date of the bundle that was seen. */
  exportedAt: z.iso.datetime(),
  stamps: recordStampsSchema,
});
export type SeenFile = z.infer<typeof seenFileSchema>;

const seenDocument = (candidateFolder: string) =>
  new JsonDocumentFile(
    join(candidateFolder, MENTOR_FOLDER, SEEN_FILE),
    seenFileSchema,
    'what you last marked as seen',
  );

/** What was last seen; null when never, or when the file is damaged (then all counts as new). */
export async function readSeen(candidateFolder: string): Promise<SeenFile | null> {
  const found = await seenDocument(candidateFolder).read();
  return found.state === 'ok' ? found.value : null;
}

/**
 * Mark the copy in `candidateFolder` as seen: its data first (the baseline of the list of
 * changes), then seen.json, each written atomically.
 */
export async function markSeen(
  candidateFolder: string,
  seen: { seenAt: Date; exportedAt: string; stamps: RecordStamps },
): Promise<SeenFile> {
  const dataPath = join(candidateFolder, DATA_PATH);
  const target = join(candidateFolder, MENTOR_FOLDER, SEEN_DATA_FILE);
  const file: SeenFile = {
    format: SEEN_FORMAT,
    formatVersion: 1,
    seenAt: seen.seenAt.toISOString(),
    exportedAt: seen.exportedAt,
    stamps: seen.stamps,
  };
  const document = seenDocument(candidateFolder);
  try {
    const data = await readFile(dataPath);
    await makeFolder(join(candidateFolder, MENTOR_FOLDER));
    await writeFileAtomic(target, data);
  } catch (error) {
    throw userErrorFromFs(error, 'mark the candidate as seen', target) ?? error;
  }
  await document.write(file, seen.seenAt);
  return file;
}
