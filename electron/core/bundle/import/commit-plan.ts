import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isSafeBundlePath } from '@shared/bundle/bundle-schemas';
import { importKindSchema } from '@shared/bundle/import-summary';
import { writeFileAtomic } from '../../store/atomic-write';
import { toJsonText } from '../../store/json-file-adapter';
import { STAGING_FOLDER } from './staging';

/**
 * `commit.json` in a staging folder: the commit point of an import. Written (atomically) only
 * once every final file is in the staging folder; from then on the import happens, at once or
 * by the roll-forward of the next open. Its steps are renames, each one safe to run again.
 */
export const COMMIT_FILE = 'commit.json';
export const COMMIT_FILE_FORMAT = 'cto-portfolio-import-commit';

const relativePath = z.string().refine(isSafeBundlePath);
const dataPath = relativePath.refine((path) => path.split('/')[0] !== STAGING_FOLDER);

const commitStepSchema = z.discriminatedUnion('op', [
  /** Rename staging `from` over data `to`; a missing `from` means it was done already. */
  z.strictObject({ op: z.literal('move'), from: relativePath, to: dataPath }),
  /**
   * Replace the folder data `to` by staging `from`, moving the sub-folder `keep` of the old one
   * (the mentor's own layer) into the new one first, and the old one's files `keepAsPrevious`
   * (its data and review.json) as `previous/<file>` of the new one.
   */
  z.strictObject({
    op: z.literal('replace-folder'),
    from: relativePath,
    to: dataPath,
    keep: z.string().regex(/^[a-z]{1,40}$/),
    keepAsPrevious: z.array(relativePath).max(4).optional(),
  }),
]);
export type CommitStep = z.infer<typeof commitStepSchema>;

export const commitPlanSchema = z.strictObject({
  format: z.literal(COMMIT_FILE_FORMAT),
  formatVersion: z.literal(1),
  kind: importKindSchema,
  steps: z.array(commitStepSchema),
});
export type CommitPlan = z.infer<typeof commitPlanSchema>;

export function commitPlan(kind: CommitPlan['kind'], steps: CommitStep[]): CommitPlan {
  return commitPlanSchema.parse({ format: COMMIT_FILE_FORMAT, formatVersion: 1, kind, steps });
}

export async function writeCommitPlan(staging: string, plan: CommitPlan): Promise<void> {
  await writeFileAtomic(join(staging, COMMIT_FILE), toJsonText(plan));
}

/** The plan of a staging folder; null when there is none (never committed) or it is unusable. */
export async function readCommitPlan(staging: string): Promise<CommitPlan | null> {
  let text: string;
  try {
    text = await readFile(join(staging, COMMIT_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = commitPlanSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
