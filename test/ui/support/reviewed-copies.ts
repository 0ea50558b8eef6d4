import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleFileOf, importInto } from './bundles';
import type { TestCore } from './test-core';

const copyDir = (mentor: TestCore, portfolioId: string) =>
  join(mentor.dir, 'reviewed', portfolioId);

/** The candidate's portfolio id: the folder name of its reviewed copy. */
export async function portfolioIdOf(candidate: TestCore): Promise<string> {
  return (await candidate.call('portfolio-get', {})).portfolioId;
}

/** Imports the candidate's current bundle into the mentor's folder as a reviewed copy. */
export async function importCopy(mentor: TestCore, candidate: TestCore): Promise<string> {
  await importInto(mentor, await bundleFileOf(candidate), 'review');
  return portfolioIdOf(candidate);
}

/**
 * Imports a newer bundle of the candidate over the reviewed copy. The import keeps the bundle
 * before it as `previous/portfolio.json` (another slice of the issue makes it do so); until that
 * is merged, the test keeps the file itself, exactly as the import will.
 */
export async function importNewerCopy(mentor: TestCore, candidate: TestCore): Promise<string> {
  const portfolioId = await portfolioIdOf(candidate);
  const dir = copyDir(mentor, portfolioId);
  const before = join(mentor.dir, `before-${portfolioId}.json`);
  await copyFile(join(dir, 'portfolio.json'), before);
  await importInto(mentor, await bundleFileOf(candidate));
  const previous = join(dir, 'previous', 'portfolio.json');
  if (!(await stat(previous).catch(() => null))) {
    await mkdir(join(dir, 'previous'), { recursive: true });
    await copyFile(before, previous);
  }
  return portfolioId;
}
