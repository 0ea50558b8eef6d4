// PDF export: the sample portfolio (target <= 5 s) and a portfolio of 2,000 reflections of 800
// words, printed by the system Chromium as the command line and the browser host do; each beside
// Chromium printing a one-line page in the same run (starting the browser is most of a small PDF).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import { richTextWordCount } from '@shared/rich-text/plain-text';
import { chromiumPdfPrinter } from '../../electron/core/print/chromium-pdf-printer';
import { portfolioPrintHtml } from '../../electron/core/print/portfolio-print-html';
import { renderSampleFiles } from '../../electron/core/sample/sample-files';
import { buildSamplePortfolio } from '../../electron/core/sample/sample-portfolio';
import { buildSampleReflections } from '../../electron/core/sample/sample-reflections';
import { longReflectionDoc } from './long-reflection';
import { median, type Bench } from './report';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const OPTIONS = { exportedAt: NOW, appVersion: 'bench' };
const RUNS = 3;
const LARGE_REFLECTIONS = 2_000;

const bundleData = (portfolio: Portfolio, reflections: Reflection[]): BundleData => ({
  format: BUNDLE_DATA_FORMAT,
  formatVersion: BUNDLE_DATA_FORMAT_VERSION,
  portfolio,
  reflections,
  reviews: [],
});

async function sampleData(): Promise<BundleData> {
  let next = 0;
  const newId = () => `sample-${++next}`;
  const portfolio = buildSamplePortfolio({
    now: NOW,
    newId,
    artifactFiles: await renderSampleFiles(),
  });
  return bundleData(portfolio, buildSampleReflections({ portfolio, now: NOW, newId }));
}

function largeData(sample: BundleData): BundleData {
  const content = longReflectionDoc(800);
  const wordCount = richTextWordCount(content);
  const reflections = Array.from({ length: LARGE_REFLECTIONS }, (_, i): Reflection => ({
    ...newRecordMeta(`bench-${i}`, NOW),
    ...NEW_REFLECTION_FIELDS,
    title: `Reflection ${i + 1} on the district's technology plan`,
    content,
    wordCount,
  }));
  return bundleData(sample.portfolio, reflections);
}

/** Milliseconds of one print (document to PDF bytes), and the bytes. */
/** The bench waits longer than the app would (30 minutes) for the very large document. */
const BENCH_TIMEOUT_MS = 40 * 60 * 1000;

async function timedPrint(html: string): Promise<{ ms: number; pdf: Buffer }> {
  const start = performance.now();
  const pdf = await chromiumPdfPrinter(undefined, BENCH_TIMEOUT_MS).print(html);
  return { ms: performance.now() - start, pdf };
}

async function medianPrint(html: string): Promise<{ ms: number; pdf: Buffer }> {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await timedPrint(html));
  return { ms: median(runs.map((r) => r.ms)), pdf: runs[0]!.pdf };
}

async function pages(pdf: Buffer, tempDir: string): Promise<number> {
  const path = join(tempDir, 'count.pdf');
  await writeFile(path, pdf);
  const { stdout } = await promisify(execFile)('pdfinfo', [path]);
  return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1] ?? NaN);
}

const bench: Bench = async ({ row, tempDir }) => {
  const baseline = await medianPrint('<!doctype html><p>One line.</p>');
  const onePage = { name: 'Chromium printing a one-line page', value: baseline.ms };

  const sample = await sampleData();
  const start = performance.now();
  const sampleHtml = portfolioPrintHtml(sample, OPTIONS);
  const htmlMs = performance.now() - start;
  const printed = await medianPrint(sampleHtml);
  row({
    name: `PDF of the sample portfolio (${await pages(printed.pdf, tempDir)} pages, ${printed.pdf.byteLength} bytes; document made in ${htmlMs.toFixed(0)} ms), median of ${RUNS}`,
    value: htmlMs + printed.ms,
    unit: 'ms',
    target: '<= 5000 ms',
    baseline: onePage,
  });

  const large = largeData(sample);
  const largeStart = performance.now();
  const largeHtml = portfolioPrintHtml(large, OPTIONS);
  const largePrint = await timedPrint(largeHtml);
  const largeMs = performance.now() - largeStart;
  const count = await pages(largePrint.pdf, tempDir);
  row({
    name: `PDF of ${LARGE_REFLECTIONS.toLocaleString('en-US')} reflections of 800 words (${count} pages, ${largePrint.pdf.byteLength} bytes), one run`,
    value: largeMs,
    unit: 'ms',
    baseline: onePage,
  });
  row({ name: `  its size`, value: largePrint.pdf.byteLength, unit: 'bytes' });
  row({ name: `  its pages`, value: count, unit: 'count' });
};

export default bench;
