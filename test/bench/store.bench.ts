// The store's two waits a user can feel: opening the data folder, and one save.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assignment } from '@shared/domain/assignment';
import type { LogEntry } from '@shared/domain/log-entry';
import { portfolioSchema, type Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta } from '@shared/domain/record';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { systemClock } from '../../electron/core/platform';
import { JsonFileAdapter, toJsonText } from '../../electron/core/store/json-file-adapter';
import { openPortfolioStore } from '../../electron/core/store/open-portfolio-store';
import { median, type Bench } from './report';

const ASSIGNMENTS = 2_000;
const LOG_ENTRIES = 500;
const LOADS = 15;
const SAVES = 40;

/** A portfolio far larger than a real cohort's: 2,000 assignments and 500 log entries. */
function syntheticPortfolio(): Portfolio {
  const now = new Date('2026-09-01T09:00:00.000Z');
  let n = 0;
  const newId = () => `bench-${++n}`;
  const base = newPortfolio({ template: DEFAULT_PROGRAM, now, newId });
  const assignments = Array.from({ length: ASSIGNMENTS }, (_, i): Assignment => ({
    ...newRecordMeta(newId(), now),
    title: `Assignment ${i + 1}: district technology plan review`,
    kind: 'session',
    session: (i % 8) + 1,
    description: 'Read the district technology plan and write a one-page critique. '.repeat(4),
    due: '2026-10-15',
    dueOffsetDays: null,
    status: 'in-progress',
    grade: '',
    graderComment: '',
  }));
  const logEntries = Array.from({ length: LOG_ENTRIES }, (_, i): LogEntry => ({
    ...newRecordMeta(newId(), now),
    date: '2026-09-15',
    channel: 'call',
    summary: `Call ${i + 1} with the mentor about budgeting and staffing.`,
    followUps: 'Send the draft budget; book the next call.',
  }));
  return { ...base, assignments, logEntries };
}

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
  const portfolio = syntheticPortfolio();
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
