import { access, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CommitPlan, CommitStep } from './commit-plan';
import { PREVIOUS_FOLDER } from '../../reviewed/reviewed-library';
import { safeChildPath, safeRelativePath } from '../../safe-name';

/** Where the folder a `replace-folder` step replaces is put until the staging folder goes. */
const REPLACED = 'replaced';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}

/** One step; each checks what is already done, so running it again changes nothing more. */
async function applyStep(dataDir: string, staging: string, step: CommitStep): Promise<void> {
  // The plan is read back from disk after a crash: its paths are data, checked like any other.
  const from = safeRelativePath(staging, step.from);
  const to = safeRelativePath(dataDir, step.to);
  if (!(await exists(from))) return;
  if (step.op === 'move') {
    await moveInto(from, to);
    return;
  }
  const kept = safeChildPath(to, step.keep);
  if ((await exists(kept)) && !(await exists(safeChildPath(from, step.keep)))) {
    await rename(kept, safeChildPath(from, step.keep));
  }
  for (const file of step.keepAsPrevious ?? []) {
    const old = safeRelativePath(to, file);
    const previous = safeRelativePath(from, `${PREVIOUS_FOLDER}/${file}`);
    if ((await exists(old)) && !(await exists(previous))) await moveInto(old, previous);
  }
  if (await exists(to)) {
    const aside = join(staging, REPLACED);
    await rm(aside, { recursive: true, force: true });
    await rename(to, aside);
  }
  await moveInto(from, to);
}

export interface ApplyHooks {
  /** Tests: called after each step, e.g. to throw as a crash there would stop the process. */
  afterStep?: (index: number) => void;
}

/**
 * Carry out a committed import: its renames in order (portfolio.json last). Safe to run again
 * after a crash at any point; the staging folder is removed by the caller once this resolves.
 */
export async function applyCommit(
  dataDir: string,
  staging: string,
  plan: CommitPlan,
  hooks: ApplyHooks = {},
): Promise<void> {
  for (const [index, step] of plan.steps.entries()) {
    await applyStep(dataDir, staging, step);
    hooks.afterStep?.(index);
  }
}
