import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { promisify } from 'node:util';
import * as yauzl from 'yauzl';
import type { BundleSource } from '../../../electron/core/bundle/export/export-bundle';
import { openSampleStore } from '../../../electron/core/sample/open-sample-store';
import { INTERRUPTED_IMPORTS } from '../../../electron/core/app-core';
import { Workspace } from '../../../electron/core/workspace';
import { fixedClock, sequentialIds } from '../../support/test-core';

export const EXPORTED_AT = '2026-11-28T12:00:00.000Z';
export const execFileAsync = promisify(execFile);

/** The sample portfolio made in `dir` as `init --sample` does, then opened as the app does. */
export async function openSampleWorkspace(dir: string) {
  const clock = fixedClock(EXPORTED_AT);
  const newId = sequentialIds('sample');
  const { store } = await openSampleStore({ dir, clock, newId });
  await store.close();
  const workspace = await Workspace.open({
    dataDir: dir,
    clock,
    newId,
    interruptedImports: INTERRUPTED_IMPORTS,
  });
  const source: BundleSource = workspace.activeBundleSource('device-sample');
  return { workspace, source, clock };
}

export interface ZipEntryRead {
  name: string;
  compressionMethod: number;
  bytes: Buffer;
  sha256: string;
}

/** Every entry of the zip, in order, read with yauzl (central directory) and decompressed. */
export async function readZip(path: string): Promise<ZipEntryRead[]> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const entries: ZipEntryRead[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const bytes = await buffer(await zip.openReadStreamPromise(entry));
      entries.push({
        name: entry.fileName,
        compressionMethod: entry.compressionMethod,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
  } finally {
    zip.close();
  }
  return entries;
}

/** Info-ZIP's own test of every entry; throws (with its output) when it finds a problem. */
export async function infoZipTest(path: string): Promise<void> {
  await execFileAsync('unzip', ['-t', '-qq', path]);
}

/** Python's zipfile reads it and finds every CRC right. */
export async function pythonZipTest(path: string): Promise<string> {
  const { stdout } = await execFileAsync('python3', [
    '-c',
    'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())',
    path,
  ]);
  return stdout.trim();
}

export const dataFolder = (root: string) => join(root, 'data');
