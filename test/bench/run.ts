// `npm run bench`: runs every test/bench/*.bench.ts (or those named on the command line) and
// prints each figure beside its target and a baseline measured in the same run. Never fails on
// a slow figure: speed is read by people, not asserted by tests.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './report';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

function format(value: number, unit: BenchRow['unit']): string {
  const digits = unit === 'count' || unit === 'bytes' ? 0 : value < 10 ? 2 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

function printRow(row: BenchRow): void {
  const parts = [`  ${row.name}: ${format(row.value, row.unit)}`];
  if (row.target) parts.push(`target ${row.target}`);
  if (row.baseline) {
    parts.push(`baseline ${row.baseline.name}: ${format(row.baseline.value, row.unit)}`);
    // How many times the baseline the figure is, so a slower machine reads the same.
    if (row.baseline.value > 0) parts.push(`ratio ${(row.value / row.baseline.value).toFixed(2)}`);
  }
  console.log(parts.join('  |  '));
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = (await readdir(benchDir))
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
    .sort();
  console.log(
    `CTO Mentor Portfolio benchmarks — node ${process.version}, ${new Date().toISOString()}`,
  );
  for (const file of files) {
    console.log(`\n${basename(file, '.bench.ts')}`);
    const tempDir = await mkdtemp(join(tmpdir(), 'cto-bench-'));
    try {
      const bench = (await import(pathToFileURL(join(benchDir, file)).href)).default as Bench;
      await bench({ row: printRow, tempDir });
    } catch (error) {
      console.log(`  could not run: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
  }
}

await main();
