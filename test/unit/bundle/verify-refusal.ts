// What the verifyBundle tests share: a scratch folder per test, and refusals checked the same way
// (one sentence, the expected problem word, nothing written).
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { BundleError, type BundleProblem } from '../../../electron/core/bundle/bundle-error';
import { verifyBundle } from '../../../electron/core/bundle/read/verify-bundle';
import type { ReadBundleOptions } from '../../../electron/core/bundle/read/read-bundle-entries';
import { makeTempDir } from '../../support/temp-dir';
import {
  json,
  manifestFor,
  validBundleParts,
  writeRawZip,
  writeYazlZip,
  type RawEntry,
  type TestEntry,
} from './bundle-fixtures';
import { snapshotFolder } from './folder-snapshot';

let temp: Awaited<ReturnType<typeof makeTempDir>>;

/** A fresh temp folder per test of the calling file, where the bundle under test is written. */
export function useVerifyScratch(): { path: () => string } {
  beforeEach(async () => {
    temp = await makeTempDir('cto-bundle-verify-');
  });
  afterEach(async () => {
    await temp.remove();
  });
  return { path: () => temp.path };
}

export const bundlePath = () => join(temp.path, 'hostile.ctoportfolio');

/** Verify, and return the refusal: its problem word and its one sentence. Nothing may be written. */
export async function refusal(path: string, options?: ReadBundleOptions) {
  const before = await snapshotFolder(temp.path);
  const error: unknown = await verifyBundle(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(await snapshotFolder(temp.path)).toEqual(before);
  if (!(error instanceof BundleError))
    throw new Error(`Expected a BundleError, got ${String(error)}`);
  // One sentence: one line, capitalised, ending with a full stop.
  expect(error.message).toMatch(/^[A-Z][^\n]*\.$/);
  return { problem: error.problem, message: error.message };
}

export async function expectRefusedYazl(
  entries: TestEntry[],
  problem: BundleProblem,
  words: RegExp,
  options?: ReadBundleOptions,
) {
  await writeYazlZip(bundlePath(), entries);
  const found = await refusal(bundlePath(), options);
  expect(found.problem).toBe(problem);
  expect(found.message).toMatch(words);
}

export async function expectRefusedRaw(entries: RawEntry[], problem: BundleProblem, words: RegExp) {
  await writeRawZip(bundlePath(), entries);
  const found = await refusal(bundlePath());
  expect(found.problem).toBe(problem);
  expect(found.message).toMatch(words);
}

/** A valid bundle with one part replaced. */
export function withManifest(
  edit: (manifest: ReturnType<typeof manifestFor>) => unknown,
): TestEntry[] {
  const { data, files } = validBundleParts();
  const manifest = manifestFor(files, data.portfolio.portfolioId);
  return [{ name: MANIFEST_PATH, data: json(edit(manifest)) }, ...files];
}

export function withData(dataText: string): TestEntry[] {
  const { data, files } = validBundleParts();
  const replaced = files.map((file) =>
    file.name === DATA_PATH ? { ...file, data: Buffer.from(dataText) } : file,
  );
  return [
    { name: MANIFEST_PATH, data: json(manifestFor(replaced, data.portfolio.portfolioId)) },
    ...replaced,
  ];
}

export const SYMLINK_MODE = 0o120777;
