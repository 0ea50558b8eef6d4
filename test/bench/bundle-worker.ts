// One bundle operation in a process of its own, so its peak memory (max RSS) is its own:
//   tsx test/bench/bundle-worker.ts export <dataDir> <outFile>
//   tsx test/bench/bundle-worker.ts import <dataDir> <bundleFile>
//   tsx test/bench/bundle-worker.ts idle
// Prints one JSON line: { seconds, maxRssMB }, and `refused` with the sentence of a bundle the
// import refused.
import { readFileSync } from 'node:fs';
import { exportBundle } from '../../electron/core/bundle/export/export-bundle';
import { BundleImporter } from '../../electron/core/bundle/import/bundle-importer';
import { readOrCreateDeviceId } from '../../electron/core/device-id';
import { UserError } from '../../electron/core/errors';
import { randomId, systemClock } from '../../electron/core/platform';
import { INTERRUPTED_IMPORTS } from '../../electron/core/app-core';
import { Workspace } from '../../electron/core/workspace';

/** Seconds of the export or import itself (opening the data folder before it not counted). */
async function run(command: string, dataDir: string, file: string): Promise<number> {
  if (command === 'idle') return 0;
  const workspace = await Workspace.open({
    dataDir,
    clock: systemClock,
    newId: randomId,
    interruptedImports: INTERRUPTED_IMPORTS,
  });
  const start = performance.now();
  try {
    if (command === 'export') {
      await exportBundle({
        source: workspace.activeBundleSource(await readOrCreateDeviceId(dataDir, randomId)),
        outPath: file,
        includePrivate: true,
        appVersion: 'bench',
        clock: systemClock,
      });
    } else {
      const importer = new BundleImporter({
        dataDir,
        workspace,
        clock: systemClock,
        newId: randomId,
      });
      const summary = await importer.inspect(file);
      await importer.commit(summary.inspectionId);
    }
    return (performance.now() - start) / 1000;
  } finally {
    await workspace.close();
  }
}

const [command = 'idle', dataDir = '', file = ''] = process.argv.slice(2);
const start = performance.now();
const outcome = await run(command, dataDir, file).then(
  (seconds) => ({ seconds }),
  (error: unknown) => {
    if (!(error instanceof UserError)) throw error;
    return { seconds: (performance.now() - start) / 1000, refused: error.message };
  },
);
/**
 * The peak RSS of this process since it started. getrusage's maxRSS also counts the pages shared
 * with the parent before exec (a benchmark that just built a large file inflates it), so Linux's
 * VmHWM is read where there is one.
 */
function peakRssMB(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: the rusage figure, which is right when the parent is small.
  }
  return process.resourceUsage().maxRSS / 1024;
}

console.log(JSON.stringify({ ...outcome, maxRssMB: peakRssMB() }));
