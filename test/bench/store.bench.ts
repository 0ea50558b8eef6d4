// The store's two waits a user can feel: opening the data folder, and one save.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { portfolioSchema } from '@shared/domain/portfolio';
import { systemClock } from '../../electron/core/platform';
import { JsonFileAdapter, toJsonText } from '../../electron/core/store/json-file-adapter';
import { openPortfolioStore } from '../../electron/core/store/open-portfolio-store';
import { median, type Bench } from './report';
import { SYNTHETIC_SIZE, syntheticPortfolio } from './synthetic-portfolio';

const { assignments: ASSIGNMENTS, logEntries: LOG_ENTRIES } = SYNTHETIC_SIZE;
const LOADS = 15;
const SAVES = 40;

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The baseline: the same bytes written in place with fs.writeFile and fsync, nothing else. */
async function plainWriteAndSync(path: string, text: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const bench: Bench = async ({ row, tempDir }) => {
  const dir = join(tempDir, 'data');
  const portfolio = syntheticPortfolio(new Date('2026-09-01T09:00:00.000Z'));
  const options = { dir, clock: systemClock, createInitial: () => portfolio };
  await (await openPortfolioStore(options)).store.close();

  // Each open reads, parses, validates and takes its launch backup, as at every app start.
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    loads.push(
      await timed(async () => {
        const { store } = await openPortfolioStore(options);
        await store.close();
      }),
    );
  }
  row({
    name: `store: load (open from disk, ${ASSIGNMENTS} assignments, ${LOG_ENTRIES} log entries), median of ${LOADS}`,
    value: median(loads),
    unit: 'ms',
    target: '<= 150 ms',
  });
  row({
    name: 'store: first load of the run (coldest)',
    value: loads[0]!,
    unit: 'ms',
    target: '<= 150 ms',
  });

  // The save itself, as the store's adapter does it, beside the plainest durable write.
  const adapter = new JsonFileAdapter(join(dir, 'portfolio.json'), portfolioSchema);
  const plainPath = join(tempDir, 'plain.json');
  const saves: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    saves.push(await timed(() => adapter.write(portfolio)));
    const text = toJsonText(portfolio);
    plain.push(await timed(() => plainWriteAndSync(plainPath, text)));
  }
  row({
    name: `store: one save (serialise, write, fsync, rename, fsync folder), median of ${SAVES}`,
    value: median(saves),
    unit: 'ms',
    target: '<= 30 ms',
    baseline: { name: 'fs.writeFile + fsync of the same bytes', value: median(plain) },
  });

  // What a user's edit waits for: the save plus copying the data, applying and validating it.
  const { store } = await openPortfolioStore(options);
  const updates: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    updates.push(
      await timed(() =>
        store.update((draft) => {
          draft.assignments[i]!.grade = `B+ (${i})`;
        }),
      ),
    );
  }
  await store.close();
  row({
    name: `store: one update (structuredClone, change, validate, save), median of ${SAVES}`,
    value: median(updates),
    unit: 'ms',
  });
  row({ name: 'store: file size', value: Buffer.byteLength(toJsonText(portfolio)), unit: 'bytes' });
};

export default bench;
