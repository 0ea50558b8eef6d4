// Bundle export and import of a portfolio with 1 GB (and 100 MB) of artifacts of mixed sizes and
// kinds, beside the baselines the issue names, measured in the same run:
// - export throughput vs `cp -r` of the artifact folder (target >= 70%);
// - import with full verification vs `unzip -q` + `sha256sum` of the same bundle (target >= 50%);
// - peak memory (max RSS of a process doing only that) of export and import (target <= 200 MB),
//   beside the same process doing nothing.
import { execFile } from 'node:child_process';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ArtifactLibrary } from '../../electron/core/artifacts/artifact-library';
import { randomId, systemClock } from '../../electron/core/platform';
import { INTERRUPTED_IMPORTS } from '../../electron/core/app-core';
import { Workspace } from '../../electron/core/workspace';
import type { Bench, BenchReporter } from './report';

const run = promisify(execFile);
const MB = 1024 ** 2;
const GB = 1024 ** 3;

/** File kinds and shares of the total: stored media and documents, plus some deflated text. */
const MIX = [
  { name: 'recording', ext: 'mp4', count: 1, share: 0.3, text: false },
  { name: 'report', ext: 'pdf', count: 3, share: 0.3, text: false },
  { name: 'photo', ext: 'png', count: 20, share: 0.2, text: false },
  { name: 'handout', ext: 'docx', count: 100, share: 0.1, text: false },
  { name: 'notes', ext: 'txt', count: 50, share: 0.05, text: true },
  { name: 'budget', ext: 'csv', count: 10, share: 0.05, text: true },
] as const;

const WORDS =
  'district technology plan budget staffing network refresh equity device policy board '.split(' ');

async function writeGenerated(path: string, size: number, seed: number, text: boolean) {
  const handle = await open(path, 'w');
  try {
    const piece = Buffer.alloc(Math.min(size, 8 * MB));
    for (let at = 0; at < size; at += piece.length) {
      if (text) {
        let offset = 0;
        for (let w = seed + at; offset < piece.length; w += 7) {
          offset += piece.write(`${WORDS[w % WORDS.length]} ${w % 1000}\n`, offset);
        }
      } else {
        for (let i = 0; i + 4 <= piece.length; i += 4) {
          piece.writeUInt32LE(((i + at) * 2654435761 + seed * 97) >>> 0, i);
        }
      }
      await handle.write(piece, 0, Math.min(piece.length, size - at));
    }
  } finally {
    await handle.close();
  }
}

/** A data folder whose portfolio holds `total` bytes of artifacts of the mix above. */
export async function portfolioWithArtifacts(dir: string, sources: string, total: number) {
  await mkdir(sources, { recursive: true });
  const paths: string[] = [];
  let seed = 0;
  for (const kind of MIX) {
    const size = Math.floor((kind.share * total) / kind.count);
    for (let i = 0; i < kind.count; i += 1) {
      const path = join(sources, `${kind.name}-${i + 1}.${kind.ext}`);
      await writeGenerated(path, size, (seed += 1), kind.text);
      paths.push(path);
    }
  }
  const workspace = await Workspace.open({
    dataDir: dir,
    clock: systemClock,
    newId: randomId,
    interruptedImports: INTERRUPTED_IMPORTS,
  });
  try {
    const library: ArtifactLibrary = workspace.activeArtifacts();
    for (let i = 0; i < paths.length; i += 50) await library.addPaths(paths.slice(i, i + 50));
  } finally {
    await workspace.close();
  }
  await rm(sources, { recursive: true, force: true });
}

async function seconds(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return (performance.now() - start) / 1000;
}

async function worker(...args: string[]): Promise<{ seconds: number; maxRssMB: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'bundle-worker.ts'), ...args],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as { seconds: number; maxRssMB: number };
}

async function folderBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

async function measure({ row, tempDir }: BenchReporter, total: number, label: string) {
  const root = join(tempDir, label);
  const data = join(root, 'data');
  await portfolioWithArtifacts(data, join(root, 'sources'), total);
  const artifactBytes = await folderBytes(join(data, 'artifacts'));
  const bundle = join(root, 'portfolio.ctoportfolio');

  const cpSeconds = await seconds(() =>
    run('cp', ['-r', join(data, 'artifacts'), join(root, 'artifacts-copy')]),
  );
  await rm(join(root, 'artifacts-copy'), { recursive: true, force: true });
  const exported = await worker('export', data, bundle);
  const exportRate = artifactBytes / MB / exported.seconds;
  const cpRate = artifactBytes / MB / cpSeconds;
  row({
    name: `bundle ${label}: export throughput (artifact bytes, zip written, fsync, rename)`,
    value: exportRate,
    unit: 'MB/s',
    target: `>= ${(0.7 * cpRate).toFixed(0)} MB/s (70% of cp -r)`,
    baseline: { name: 'cp -r of the artifact folder', value: cpRate },
  });
  row({
    name: `bundle ${label}: export / cp -r`,
    value: exportRate / cpRate,
    unit: 'ratio',
    target: '>= 0.7',
  });
  // cp leaves its copy in the page cache; the export flushes its file to disk before renaming.
  const cpSyncSeconds = await seconds(async () => {
    await run('cp', ['-r', join(data, 'artifacts'), join(root, 'artifacts-copy')]);
    await run('sync', ['-f', join(root, 'artifacts-copy')]);
  });
  await rm(join(root, 'artifacts-copy'), { recursive: true, force: true });
  row({
    name: `bundle ${label}: cp -r then sync (a baseline that also reaches the disk)`,
    value: artifactBytes / MB / cpSyncSeconds,
    unit: 'MB/s',
  });

  const unzipped = join(root, 'unzipped');
  const baselineSeconds = await seconds(() =>
    run('sh', [
      '-c',
      'unzip -q "$1" -d "$2" && sha256sum "$2"/artifacts/* > /dev/null',
      'sh',
      bundle,
      unzipped,
    ]),
  );
  await rm(unzipped, { recursive: true, force: true });
  const bundleBytes = (await stat(bundle)).size;
  const imported = await worker('import', join(root, 'imported'), bundle);
  const importRate = bundleBytes / MB / imported.seconds;
  const baselineRate = bundleBytes / MB / baselineSeconds;
  row({
    name: `bundle ${label}: import throughput (verify every hash, stage, commit)`,
    value: importRate,
    unit: 'MB/s',
    target: `>= ${(0.5 * baselineRate).toFixed(0)} MB/s (50% of unzip -q + sha256sum)`,
    baseline: { name: 'unzip -q + sha256sum', value: baselineRate },
  });
  row({
    name: `bundle ${label}: import / (unzip + sha256sum)`,
    value: importRate / baselineRate,
    unit: 'ratio',
    target: '>= 0.5',
  });

  const idle = await worker('idle');
  for (const [what, result] of [
    ['export', exported],
    ['import', imported],
  ] as const) {
    row({
      name: `bundle ${label}: peak memory of ${what} (max RSS of its process)`,
      value: result.maxRssMB,
      unit: 'MB',
      target: '<= 200 MB',
      baseline: { name: 'the same process doing nothing', value: idle.maxRssMB },
    });
  }
  await rm(root, { recursive: true, force: true });
}

const bench: Bench = async (reporter) => {
  await measure(reporter, 100 * MB, '100 MB');
  await measure(reporter, GB, '1 GB');
};

export default bench;
