import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_PATH } from '@shared/bundle/bundle-schemas';
import {
  changeSourceSchema,
  recordStamps,
  type ChangeSource,
  type RecordStamps,
} from '@shared/review/portfolio-changes';
import { REVIEW_FILE, reviewFileSchema } from '../reviewed/review-file';
import { PREVIOUS_FOLDER } from '../reviewed/reviewed-library';
import { userErrorFromFs } from '../errors';

/** A stored portfolio.json read for comparing; null when missing or not readable as one. */
export async function readChangeSource(path: string): Promise<ChangeSource | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw userErrorFromFs(error, 'read the candidate’s portfolio', path) ?? error;
  }
  try {
    const parsed = changeSourceSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The stamps of the bundle before the current one (kept by the import under `previous/`), and
 * when it was exported; null when the current bundle is the first. Its review.json has them; a
 * copy imported before they were kept there is read from its data.
 */
export async function previousBundleStamps(
  candidateFolder: string,
): Promise<{ stamps: RecordStamps; exportedAt: string | null } | null> {
  const folder = join(candidateFolder, PREVIOUS_FOLDER);
  let review = null;
  try {
    const parsed = reviewFileSchema.safeParse(
      JSON.parse(await readFile(join(folder, REVIEW_FILE), 'utf8')),
    );
    review = parsed.success ? parsed.data : null;
  } catch {
    review = null;
  }
  if (review?.summary)
    return { stamps: review.summary.stamps, exportedAt: review.origin.exportedAt };
  const data = await readChangeSource(join(folder, DATA_PATH));
  if (data === null) return null;
  return { stamps: recordStamps(data), exportedAt: review?.origin.exportedAt ?? null };
}
