import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { applyCommit } from './apply-commit';
import { readCommitPlan } from './commit-plan';
import { isInspectionId, removeStaging, stagingRoot } from './staging';

/**
 * At open, holding the data folder's lock and before anything reads the data: finish every
 * import that reached its commit point and delete every staging folder that did not. Returns
 * whether the own portfolio's files were changed (the store must then be read again).
 */
export async function rollForwardImports(dataDir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(stagingRoot(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  let ownChanged = false;
  for (const name of names.filter(isInspectionId)) {
    const staging = join(stagingRoot(dataDir), name);
    const plan = await readCommitPlan(staging);
    if (plan) {
      await applyCommit(dataDir, staging, plan);
      if (plan.kind === 'merge' || plan.kind === 'adopt') ownChanged = true;
    }
    await removeStaging(dataDir, name);
  }
  return ownChanged;
}
