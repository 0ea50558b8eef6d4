// One bundle operation in a process of its own, so its peak memory (max RSS) is its own:
//   tsx test/bench/bundle-worker.ts export <dataDir> <outFile>
//   tsx test/bench/bundle-worker.ts import <dataDir> <bundleFile>
//   tsx test/bench/bundle-worker.ts idle
// Prints one JSON line: { seconds, maxRssMB }.
import { exportBundle } from '../../electron/core/bundle/export-bundle';
import { BundleImporter } from '../../electron/core/bundle/import/bundle-importer';
import { readOrCreateDeviceId } from '../../electron/core/device-id';
import { randomId, systemClock } from '../../electron/core/platform';
import { Workspace } from '../../electron/core/workspace';

/** Seconds of the export or import itself (opening the data folder before it not counted). */
async function run(command: string, dataDir: string, file: string): Promise<number> {
  if (command === 'idle') return 0;
  const workspace = await Workspace.open({ dataDir, clock: systemClock, newId: randomId });
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
const seconds = await run(command, dataDir, file);
console.log(JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
