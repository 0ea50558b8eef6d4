// Adding a large artifact: hashing and copying it into the content store as one stream, beside
// `cp` of the same file in the same run. Target: at least 60% of cp's throughput.
import { execFile } from 'node:child_process';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { ArtifactLibrary } from '../../electron/core/artifacts/artifact-library';
import { randomId, systemClock } from '../../electron/core/platform';
import { openPortfolioStore } from '../../electron/core/store/open-portfolio-store';
import type { Bench } from './report';

const run = promisify(execFile);
const SIZE = 1024 ** 3;
const MB = 1024 ** 2;

/** 1 GB of random-looking bytes, written as a stream in 16 MB pieces (real data, not sparse). */
async function generatedFile(path: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    const piece = Buffer.alloc(16 * MB);
    for (let at = 0; at < SIZE; at += piece.length) {
      // Cheap pseudo-random fill: each piece differs, so nothing compresses or dedupes by chance.
      for (let i = 0; i < piece.length; i += 4) piece.writeUInt32LE((i * 2654435761 + at) >>> 0, i);
      await handle.write(piece);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function seconds(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return (performance.now() - start) / 1000;
}

const bench: Bench = async ({ row, tempDir }) => {
  const source = join(tempDir, 'recording.mp4');
  await generatedFile(source);
  try {
    // The baseline the issue names: plain cp. Beside it, cp followed by a sync of the copy, since
    // the store fsyncs every file before it records it.
    const copy = join(tempDir, 'copy.mp4');
    const cpSeconds = await seconds(() => run('cp', [source, copy]));
    await rm(copy);
    const cpSyncSeconds = await seconds(async () => {
      await run('cp', [source, copy]);
      await run('sync', [copy]);
    });
    await rm(copy);

    const data = join(tempDir, 'data');
    const { store, repaired } = await openPortfolioStore({
      dir: data,
      clock: systemClock,
      createInitial: () =>
        newPortfolio({ template: DEFAULT_PROGRAM, now: systemClock.now(), newId: randomId }),
    });
    try {
      const library = await ArtifactLibrary.open(
        store,
        { clock: systemClock, newId: randomId },
        { repaired },
      );
      const addSeconds = await seconds(() => library.addPaths([source]));
      const cpRate = SIZE / MB / cpSeconds;
      const addRate = SIZE / MB / addSeconds;
      row({
        name: 'artifacts: add a 1 GB file (stream, SHA-256, fsync, rename)',
        value: addRate,
        unit: 'MB/s',
        target: `>= ${(0.6 * cpRate).toFixed(0)} MB/s (60% of cp)`,
        baseline: { name: 'cp of the same file', value: cpRate },
      });
      row({
        name: 'artifacts: cp + sync of the same file',
        value: SIZE / MB / cpSyncSeconds,
        unit: 'MB/s',
      });
      row({
        name: 'artifacts: add / cp throughput',
        value: addRate / cpRate,
        unit: 'ratio',
        target: '>= 0.6',
      });
    } finally {
      await store.close();
    }
  } finally {
    await rm(source, { force: true });
  }
};

export default bench;
