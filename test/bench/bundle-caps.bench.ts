// Peak memory of importing the worst bundles the record caps allow, and of refusing one far over
// them (the issue's 3 MB bundle of 1,000,000 mentor log entries), beside the same process doing
// nothing (target <= 300 MB). Each import runs in a process of its own (bundle-worker.ts).
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  BUNDLE_RECORD_CAPS,
  MAX_DATA_JSON_BYTES,
  MAX_DATA_JSON_VALUES,
} from '@shared/bundle/bundle-data-limits';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS } from '@shared/domain/reflection';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { JsonStructureScan } from '../../electron/core/bundle/read/json-structure-scan';
import { manifestFor, writeYazlZip, type TestEntry } from '../unit/bundle/bundle-fixtures';
import { artifactRecord } from '../support/record-builders';
import type { Bench } from './report';

const run = promisify(execFile);
const NOW = new Date('2026-11-28T12:00:00.000Z');
const MB = 1024 ** 2;

interface Shape {
  /** Characters of text in each record's long fields (0: the smallest valid record). */
  text: number;
  /** Paragraphs of one short text node in each reflection's body. */
  paragraphs: number;
}

/**
 * portfolio.json with every kind at `count` (capped per kind) records. The artifact records are
 * tombstones, which travel without a file, so the bundle needs no artifact entries. Text is ASCII
 * but for one "ő": V8 then holds the whole JSON text as two bytes per character, its worst case.
 */
function portfolioJson(count: (kind: keyof typeof BUNDLE_RECORD_CAPS) => number, shape: Shape) {
  let next = 0;
  const id = () => `r${(next += 1).toString(36)}`;
  const text = (n: number) => 'x'.repeat(n);
  const portfolio = newPortfolio({ template: DEFAULT_PROGRAM, now: NOW, newId: id });
  portfolio.profile.name = 'Worst Caseő';
  const meta = () => newRecordMeta(id(), NOW);
  const template = portfolio.sessions[0]!;
  portfolio.sessions = Array.from({ length: count('sessions') }, () => ({
    ...template,
    ...meta(),
    notes: text(shape.text),
  }));
  const assignment = portfolio.assignments[0]!;
  portfolio.assignments = Array.from({ length: count('assignments') }, () => ({
    ...assignment,
    ...meta(),
    description: text(shape.text),
  }));
  portfolio.logEntries = Array.from({ length: count('logEntries') }, () => ({
    ...meta(),
    date: '2026-11-01',
    channel: 'call' as const,
    summary: 'x',
    followUps: text(Math.min(shape.text, 5000)),
  }));
  portfolio.artifacts = Array.from({ length: count('artifacts') }, () => ({
    ...artifactRecord(id(), NOW, { description: text(shape.text) }),
    deletedAt: NOW.toISOString(),
  }));
  const reflections = Array.from({ length: count('reflections') }, () => ({
    ...meta(),
    ...NEW_REFLECTION_FIELDS,
    content: {
      type: 'doc',
      content: Array.from({ length: Math.max(1, shape.paragraphs) }, () => ({
        type: 'paragraph',
        content: [{ type: 'text', text: text(Math.max(1, shape.text)) }],
      })),
    },
    wordCount: 1,
  }));
  const data = { format: 'cto-portfolio-data', formatVersion: 1, portfolio, reflections };
  return Buffer.from(`${JSON.stringify(data, null, 2)}\n`);
}

async function bundleOf(path: string, data: Buffer, portfolioId: string): Promise<number> {
  const files: TestEntry[] = [{ name: DATA_PATH, data, compress: true }];
  await writeYazlZip(path, [
    { name: MANIFEST_PATH, data: Buffer.from(JSON.stringify(manifestFor(files, portfolioId))) },
    ...files,
  ]);
  return (await stat(path)).size;
}

interface WorkerResult {
  seconds: number;
  maxRssMB: number;
  refused?: string;
}

async function worker(...args: string[]): Promise<WorkerResult> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'bundle-worker.ts'), ...args],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as WorkerResult;
}

function valuesOf(data: Buffer): number {
  const scan = new JsonStructureScan({ maxValues: Infinity, maxDepth: Infinity, arrays: {} });
  scan.write(data);
  return scan.valueCount;
}

const all = (kind: keyof typeof BUNDLE_RECORD_CAPS) => BUNDLE_RECORD_CAPS[kind];

const bench: Bench = async ({ row, tempDir }) => {
  const idle = await worker('idle');
  const baseline = { name: 'the same process doing nothing', value: idle.maxRssMB };
  const portfolioId = 'bench-caps';
  const fixedId = (data: Buffer) =>
    Buffer.from(
      data
        .toString('utf8')
        .replaceAll(/"portfolioId": "[^"]+"/g, `"portfolioId": "${portfolioId}"`),
    );

  // Every kind at its cap with the smallest valid records: the most objects.
  const smallestShape = { text: 0, paragraphs: 1 };
  const most = fixedId(portfolioJson(all, smallestShape));
  // Every kind at its cap, reflections as dense as the value cap allows and text filling the
  // size cap: the longest text held beside the most objects (sized from two probes).
  const room = MAX_DATA_JSON_BYTES - 64 * 1024 - most.length;
  const perParagraph = portfolioJson(all, { text: 0, paragraphs: 2 }).length - most.length;
  const paragraphs = Math.min(
    Math.floor((MAX_DATA_JSON_VALUES - valuesOf(most)) / 6 / BUNDLE_RECORD_CAPS.reflections),
    Math.floor(room / perParagraph),
  );
  const dense = portfolioJson(all, { text: 1, paragraphs }).length;
  const perChar = portfolioJson(all, { text: 101, paragraphs }).length - dense;
  const text = Math.max(1, Math.floor(((MAX_DATA_JSON_BYTES - 64 * 1024 - dense) * 100) / perChar));
  const largest = fixedId(portfolioJson(all, { text, paragraphs }));
  // The issue's hostile bundle: a million mentor log entries, nothing else.
  const hostile = fixedId(
    portfolioJson((kind) => (kind === 'logEntries' ? 1_000_000 : 1), smallestShape),
  );

  const cases = [
    ['every record cap reached with the smallest records', most],
    ['every record cap reached, portfolio.json at its size cap', largest],
    ['1,000,000 mentor log entries (refused)', hostile],
  ] as const;
  for (const [label, data] of cases) {
    const bundle = join(tempDir, `${cases.findIndex((c) => c[0] === label)}.ctoportfolio`);
    const bundleBytes = await bundleOf(bundle, data, portfolioId);
    const result = await worker('import', join(tempDir, `data-${bundleBytes}`), bundle);
    const what = `${label} (portfolio.json ${(data.length / MB).toFixed(1)} MB, ${valuesOf(data).toLocaleString('en-US')} values; bundle ${(bundleBytes / MB).toFixed(1)} MB)`;
    row({
      name: `import caps, ${what}: peak memory (max RSS)${result.refused ? ` — refused: "${result.refused}"` : ''}`,
      value: result.maxRssMB,
      unit: 'MB',
      target: '<= 300 MB',
      baseline,
    });
    row({ name: `import caps, ${label}: time`, value: result.seconds * 1000, unit: 'ms' });
  }
};

export default bench;
