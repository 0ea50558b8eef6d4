import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { folderNames } from '../../store/folder-names';
import { applyCommit } from './apply-commit';
import { readCommitPlan } from './commit-plan';
import { isInspectionId, removeStaging, stagingRoot } from './staging';

/** Whether an import reached its commit point and waits to be finished (read only: no change). */
export async function hasCommittedImports(dataDir: string): Promise<boolean> {
  const names = await folderNames(stagingRoot(dataDir));
  for (const name of names.filter(isInspectionId)) {
    if (await readCommitPlan(join(stagingRoot(dataDir), name))) return true;
  }
  return false;
}

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
