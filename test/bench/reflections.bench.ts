// Reflections at scale: 2,000 reflections of about 800 words and 5,000 artifact records. What a
// user waits for: opening the data folder (with the summary cache, as usual, and without it, as
// after an update or a lost cache), the search index becoming ready, one search, one autosave.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Artifact } from '@shared/domain/artifact';
import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { richTextWordCount } from '@shared/rich-text/plain-text';
import type { RichTextDoc, RichTextNode } from '@shared/rich-text/rich-text-schema';
import { openCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/core/dispatch';
import { systemClock } from '../../electron/core/platform';
import {
  REFLECTIONS_FOLDER,
  REFLECTION_FILE_FORMAT,
  REFLECTION_SCHEMA_VERSION,
  openReflectionStore,
} from '../../electron/core/reflections/reflection-store';
import { PortfolioSearch } from '../../electron/core/search/portfolio-search';
import { openPortfolioStore } from '../../electron/core/store/open-portfolio-store';
import { recordFileText } from '../../electron/core/store/record-folder-store';
import { summaryCachePath } from '../../electron/core/store/summary-cache';
import { median, percentile, type Bench } from './report';

const REFLECTIONS = 2_000;
const ARTIFACTS = 5_000;
const WORDS_PER_REFLECTION = 800;
const LOADS = 5;
const COLD_LOADS = 3;
const SAVES = 60;

const VOCABULARY = (
  'district board budget network students teachers principal device refresh chromebook ' +
  'ransomware security policy privacy ferpa e-rate funding cabinet superintendent plan ' +
  'professional development coaching survey data assessment accountability infrastructure ' +
  'wireless switch firewall helpdesk ticket vendor contract procurement staffing mentor ' +
  'leadership vision strategy communication families community equity access learning ' +
  'classroom curriculum project timeline risk backup recovery identity accounts training'
).split(' ');

/** A deterministic pseudo-random sequence, so every run indexes the same text. */
function generator(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

function sentence(random: () => number, words: number): string {
  const out = Array.from(
    { length: words },
    () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!,
  );
  return `${out.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
}

/** About 800 words: headings, paragraphs with bold, and a bullet list, like a real reflection. */
function reflectionBody(random: () => number): RichTextDoc {
  const content: RichTextNode[] = [];
  let words = 0;
  while (words < WORDS_PER_REFLECTION) {
    content.push({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: sentence(random, 4) }],
    });
    for (let i = 0; i < 3; i += 1) {
      content.push({
        type: 'paragraph',
        content: [
          { type: 'text', text: `${sentence(random, 30)} ` },
          { type: 'text', text: sentence(random, 3), marks: [{ type: 'bold' }] },
          { type: 'text', text: ` ${sentence(random, 30)}` },
        ],
      });
    }
    content.push({
      type: 'bulletList',
      content: [1, 2, 3].map(() => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(random, 8) }] }],
      })),
    });
    words += 4 + 3 * 63 + 24;
  }
  return { type: 'doc', content };
}

function syntheticPortfolio(now: Date): Portfolio {
  let n = 0;
  const base = newPortfolio({ template: DEFAULT_PROGRAM, now, newId: () => `p-${++n}` });
  const artifacts = Array.from({ length: ARTIFACTS }, (_, i): Artifact => ({
    ...newRecordMeta(`artifact-${i}`, now),
    title: `Evidence ${i}: ${VOCABULARY[i % VOCABULARY.length]} report`,
    description: `Notes on the ${VOCABULARY[(i * 7) % VOCABULARY.length]} work for session ${(i % 8) + 1}.`,
    tags: [VOCABULARY[(i * 3) % VOCABULARY.length]!, 'evidence'],
    competencyIds: ['cosn-business-management'],
    sessionNumbers: [(i % 8) + 1],
    assignmentIds: [],
    private: false,
    sha256: i.toString(16).padStart(64, '0'),
    size: 1000 + i,
    fileName: `evidence-${i}-${VOCABULARY[(i * 5) % VOCABULARY.length]}.pdf`,
    mediaType: 'application/pdf',
  }));
  return { ...base, artifacts };
}

async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

const bench: Bench = async ({ row, tempDir }) => {
  const dir = join(tempDir, 'data');
  const now = new Date('2026-09-01T09:00:00.000Z');
  const portfolio = syntheticPortfolio(now);
  await (
    await openPortfolioStore({ dir, clock: systemClock, createInitial: () => portfolio })
  ).store.close();

  // The reflection files, written directly in the store's format (setting up, not measured).
  const folder = join(dir, REFLECTIONS_FOLDER);
  await mkdir(folder, { recursive: true });
  const random = generator(42);
  let sampleReflection: Reflection | null = null;
  for (let i = 0; i < REFLECTIONS; i += 1) {
    const content = reflectionBody(random);
    const reflection: Reflection = {
      ...newRecordMeta(`reflection-${i}`, now),
      ...NEW_REFLECTION_FIELDS,
      title: `Reflection ${i}: ${sentence(random, 4)}`,
      session: (i % 8) + 1,
      content,
      wordCount: richTextWordCount(content),
    };
    sampleReflection ??= reflection;
    await writeFile(
      join(folder, `${reflection.id}.json`),
      recordFileText(
        { format: REFLECTION_FILE_FORMAT, schemaVersion: REFLECTION_SCHEMA_VERSION },
        reflection,
      ),
    );
  }

  // Without the summary cache (first open after this change, or a damaged cache): every file
  // read, parsed and validated, as before the cache existed. Each open writes the cache anew.
  const coldLoads: number[] = [];
  for (let i = 0; i < COLD_LOADS; i += 1) {
    await rm(summaryCachePath(folder), { force: true });
    const [ms, opened] = await timed(() => openReflectionStore(dir, systemClock));
    coldLoads.push(ms);
    await opened.store.close(); // waits for the cache write
  }
  // With the cache, as on every ordinary day: readdir, one stat per file, one cache file.
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const [ms, opened] = await timed(() => openReflectionStore(dir, systemClock));
    loads.push(ms);
    await opened.store.close();
  }
  row({
    name: `reflections: open ${REFLECTIONS} with a warm summary cache (stat each, read the cache), median of ${LOADS}`,
    value: median(loads),
    unit: 'ms',
    target: '<= 300 ms',
    baseline: {
      name: `without the cache (read + JSON.parse + zod of every file), median of ${COLD_LOADS}`,
      value: median(coldLoads),
    },
  });
  row({
    name: 'reflections: first open of the run (no cache yet, coldest)',
    value: coldLoads[0]!,
    unit: 'ms',
  });

  // The search of an opened portfolio: bodies read and validated in the background, then indexed.
  const openedAt = performance.now();
  const { store: reflections } = await openReflectionStore(dir, systemClock);
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const search = new PortfolioSearch(() => portfolio, reflections);
  await search.ready;
  stalls.disable();
  row({
    name: `search: index ready, from the start of a warm open (${REFLECTIONS} bodies read + validated in the background, then ${REFLECTIONS} reflections + ${ARTIFACTS} artifacts indexed)`,
    value: performance.now() - openedAt,
    unit: 'ms',
    target: '<= 1.5 s',
  });
  row({
    name: 'search: longest stall of the event loop while it gets ready (what another request may wait)',
    value: stalls.max / 1e6,
    unit: 'ms',
  });
  const queries = [
    'budget',
    'ranso',
    'chromebok',
    'network switch',
    'evidence-12',
    'supe',
    'privacy ferpa',
    'curiculum',
    'report',
    'famil',
  ];
  const searches: number[] = [];
  for (let round = 0; round < 10; round += 1) {
    for (const q of queries) searches.push((await timed(() => search.query(q)))[0]);
  }
  row({
    name: `search: one query (prefix + fuzzy, grouped, highlighted), p95 of ${searches.length}`,
    value: percentile(searches, 95),
    unit: 'ms',
    target: '<= 30 ms',
  });
  await search.close();
  await reflections.close();

  // Autosave through the core as the editor calls it: contract validation, handler, file write.
  const core = await openCore({ dataDir: dir, host: 'browser', appVersion: 'bench' });
  // Steady state: the search's background reading after open is done (a query waits for it).
  await core.handlers['search-query']({ query: 'budget' });
  const id = sampleReflection!.id;
  const saves: number[] = [];
  const written: number[] = [];
  let content = sampleReflection!.content;
  for (let i = 0; i < SAVES; i += 1) {
    // One more word typed at the end of the first paragraph.
    content = {
      ...content,
      content: [
        ...content.content,
        { type: 'paragraph', content: [{ type: 'text', text: `word${i}` }] },
      ],
    };
    const [ms, answer] = await timed(() =>
      dispatch(core.handlers, 'reflection-update', { id, content }),
    );
    if (!answer.ok) throw new Error(answer.error.message);
    saves.push(ms);
    written.push((await stat(join(folder, `${id}.json`))).size);
  }
  await core.close();
  const portfolioBytes = (await stat(join(dir, 'portfolio.json'))).size;
  const ownSize = Buffer.byteLength(JSON.stringify(sampleReflection));
  row({
    name: `autosave: one reflection-update through the core, p95 of ${SAVES}`,
    value: percentile(saves, 95),
    unit: 'ms',
    target: '<= 30 ms',
  });
  row({ name: 'autosave: median', value: median(saves), unit: 'ms' });
  row({
    name: 'autosave: bytes written per save (the reflection file; + one .previous copy per hour)',
    value: median(written),
    unit: 'bytes',
    baseline: { name: "the reflection's own size (compact JSON)", value: ownSize },
  });
  row({
    name: 'autosave: bytes a save would write if reflections lived in portfolio.json',
    value: portfolioBytes + REFLECTIONS * Buffer.byteLength(JSON.stringify(sampleReflection)),
    unit: 'bytes',
  });
};

export default bench;
