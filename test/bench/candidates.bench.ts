// My candidates (the mentor's side): the list with 50 imported sample-sized portfolios, each
// really exported by the app and imported for review; and the changes since the last look of a
// portfolio of 2,000 reflections, whose reviewed folder is written as the import writes it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  DATA_PATH,
  type BundleData,
  type BundleManifest,
} from '@shared/bundle/bundle-schemas';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { openCore, type Core } from '../../electron/core/app-core';
import { openSampleStore } from '../../electron/core/sample/open-sample-store';
import { REVIEW_FILE, reviewFile } from '../../electron/core/reviewed/review-file';
import { toJsonText } from '../../electron/core/store/json-file-adapter';
import { fixedClock, sequentialIds } from '../support/test-core';
import { exportFolder, openFolder } from '../unit/import/import-fixture';
import { longReflectionDoc } from './long-reflection';
import { median, type Bench } from './report';

const CANDIDATES = 50;
const REFLECTIONS = 2_000;
const WORDS_PER_REFLECTION = 800;
const RUNS = 10;

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Each candidate: the sample portfolio in a folder of its own, exported, imported for review. */
async function importCandidates(core: Core, tempDir: string): Promise<void> {
  for (let i = 0; i < CANDIDATES; i += 1) {
    const dir = join(tempDir, `candidate-${i}`);
    const { store } = await openSampleStore({
      dir,
      clock: fixedClock('2026-11-20T10:00:00.000Z'),
      newId: sequentialIds(`c${i}`),
    });
    await store.close();
    const folder = await openFolder(dir);
    const bundle = await exportFolder(folder, join(tempDir, `candidate-${i}.ctoportfolio`));
    await folder.close();
    const work = core.bundleWork();
    const summary = await work.inspect(bundle, { as: 'review' });
    await work.commit(summary.inspectionId, 'review');
  }
}

function largePortfolio(at: string): BundleData {
  const now = new Date(at);
  let n = 0;
  const portfolio = newPortfolio({ template: DEFAULT_PROGRAM, now, newId: () => `big-${++n}` });
  const content = longReflectionDoc(WORDS_PER_REFLECTION);
  const reflections = Array.from({ length: REFLECTIONS }, (_, i): Reflection => ({
    ...newRecordMeta(`reflection-${i}`, now),
    ...NEW_REFLECTION_FIELDS,
    title: `Reflection ${i}`,
    content,
    wordCount: WORDS_PER_REFLECTION,
  }));
  return {
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio,
    reflections,
    reviews: [],
  };
}

/** The reviewed folder of `data` as the import writes it (data and review.json). */
async function writeReviewedCopy(dataDir: string, data: BundleData, exportedAt: string) {
  const folder = join(dataDir, 'reviewed', data.portfolio.portfolioId);
  await mkdir(folder, { recursive: true });
  const manifest: BundleManifest = {
    format: 'cto-portfolio-bundle',
    formatVersion: 1,
    appVersion: 'bench',
    kind: 'portfolio',
    portfolioId: data.portfolio.portfolioId,
    exportedAt,
    includesPrivate: false,
    files: [],
  };
  await writeFile(join(folder, DATA_PATH), toJsonText(data));
  await writeFile(join(folder, REVIEW_FILE), toJsonText(reviewFile(manifest, data, new Date())));
  return folder;
}

async function listBench(row: Parameters<Bench>[0]['row'], tempDir: string) {
  const dataDir = join(tempDir, 'mentor');
  const core = await openCore({ dataDir, host: 'browser', appVersion: 'bench' });
  try {
    await importCandidates(core, tempDir);
    const list = () => core.handlers['candidates-list']({});
    if ((await list()).rows.length !== CANDIDATES) throw new Error('Not every candidate listed.');
    const listed = await medianMs(list);
    const reviews = (await list()).rows.map((r) => join(dataDir, 'reviewed', r.portfolioId));
    const baseline = await medianMs(() =>
      Promise.all(
        reviews.map(
          async (f) => JSON.parse(await readFile(join(f, REVIEW_FILE), 'utf8')) as unknown,
        ),
      ),
    );
    row({
      name: `My candidates: candidates-list, ${CANDIDATES} imported sample portfolios, median of ${RUNS}`,
      value: listed,
      unit: 'ms',
      target: '<= 300 ms',
      baseline: {
        name: `reading and parsing the ${CANDIDATES} review.json files`,
        value: baseline,
      },
    });
    row({ name: 'My candidates: list / baseline', value: listed / baseline, unit: 'ratio' });
  } finally {
    await core.close();
  }
}

async function changesBench(row: Parameters<Bench>[0]['row'], tempDir: string) {
  const dataDir = join(tempDir, 'mentor-large');
  const older = largePortfolio('2026-10-01T10:00:00.000Z');
  const folder = await writeReviewedCopy(dataDir, older, '2026-10-01T10:00:00.000Z');
  const core = await openCore({ dataDir, host: 'browser', appVersion: 'bench' });
  try {
    const portfolioId = older.portfolio.portfolioId;
    await core.handlers['candidate-mark-seen']({ portfolioId });
    const newer = structuredClone(older);
    for (let i = 0; i < REFLECTIONS; i += 10) {
      const r = newer.reflections[i]!;
      Object.assign(r, {
        title: `Edited ${i}`,
        revision: 2,
        updatedAt: '2026-11-01T10:00:00.000Z',
      });
    }
    await writeReviewedCopy(dataDir, newer, '2026-11-01T10:00:00.000Z');
    const changes = () => core.handlers['candidate-changes']({ portfolioId, since: 'last-look' });
    if ((await changes()).changes.length !== REFLECTIONS / 10) throw new Error('Wrong changes.');
    const listed = await medianMs(changes);
    const baseline = await medianMs(async () => {
      JSON.parse(await readFile(join(folder, DATA_PATH), 'utf8'));
    });
    row({
      name: `changes since last look: ${REFLECTIONS} reflections of ${WORDS_PER_REFLECTION} words, ${REFLECTIONS / 10} changed, median of ${RUNS}`,
      value: listed,
      unit: 'ms',
      target: '<= 200 ms',
      baseline: { name: 'reading and parsing the portfolio.json once', value: baseline },
    });
    row({
      name: 'changes since last look: parsing portfolio.json once / the changes list',
      value: baseline / listed,
      unit: 'ratio',
    });
  } finally {
    await core.close();
  }
}

const bench: Bench = async ({ row, tempDir }) => {
  await listBench(row, tempDir);
  await changesBench(row, tempDir);
};

export default bench;
