import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionLabel } from '@shared/domain/session';
import { monthLabel } from '@shared/review/report-month';
import { ratingText } from '@shared/review/review-labels';
import { openCore } from '../../electron/core';
import { chromiumPdfPrinter } from '../../electron/core/print/chromium-pdf-printer';
import { portfolioPrintHtml } from '../../electron/core/print/portfolio-print-html';
import { makeTempDir } from '../support/temp-dir';
import { cli } from '../unit/cli/cli-harness';
import { sampleBundle } from '../unit/exports/leap2a/leap2a-fixture';
import { launchChromium } from './harness';

const run = promisify(execFile);

/** The PDF's text as poppler reads it, with runs of white space made one space. */
async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  return stdout.replace(/\s+/g, ' ');
}

async function pageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  return Number(/^Pages:\s+(\d+)$/m.exec(stdout)![1]);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-pdf-');
});
afterEach(async () => {
  await temp.remove();
});

describe('PDF of the whole portfolio, printed by Chromium', () => {
  it('holds the name, every session title and every reflection title, on a plausible number of pages, and opens in Chromium', async () => {
    const { data } = await sampleBundle();
    const html = portfolioPrintHtml(data, {
      exportedAt: new Date('2026-11-28T12:00:00Z'),
      appVersion: '0.1.0',
    });
    const path = join(temp.path, 'portfolio.pdf');
    await writeFile(path, await chromiumPdfPrinter().print(html));

    expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(path);
    expect(text).toContain('Portfolio of Jordan Rivera');
    for (const session of data.portfolio.sessions) {
      expect(text).toContain(oneLine(`${sessionLabel(session.number)}: ${session.title}`));
    }
    const reflections = data.reflections.filter((r) => r.deletedAt === null);
    for (const reflection of reflections) expect(text).toContain(oneLine(reflection.title));
    expect(text).toMatch(/\b2 of (\d+)\b/); // page numbers in the footer

    // Cover, contents, seven parts, then one page or more per reflection; not one per line.
    const pages = await pageCount(path);
    expect(pages).toBeGreaterThanOrEqual(2 + 7 + reflections.length);
    expect(pages).toBeLessThanOrEqual(10 * (9 + reflections.length));
    expect(text).toMatch(new RegExp(`\\b${pages} of ${pages}\\b`));

    const chromium = await launchChromium();
    try {
      const page = await chromium.context.newPage();
      const response = await page.goto(pathToFileURL(path).href);
      expect(response?.headers()['content-type']).toBe('application/pdf');
      expect(response?.status()).toBe(200);
    } finally {
      await chromium.close();
    }
  });

  it('is what `export --format pdf` writes from a data folder', async () => {
    const data = join(temp.path, 'data');
    expect((await cli(['init', '--data', data, '--sample'], { cwd: temp.path })).code).toBe(0);
    const result = await cli(['export', '--data', data, '--format', 'pdf', '--out', 'p.pdf'], {
      cwd: temp.path,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Saved the PDF to .*p\.pdf \(\d+ bytes\)\.\n$/);
    expect(await pdfText(join(temp.path, 'p.pdf'))).toContain('Portfolio of Jordan Rivera');
  });
});

describe('PDF of one progress report', () => {
  it('has the program, the candidate, the month, every rated area and the sign-off; a report not there is one sentence', async () => {
    const dataDir = join(temp.path, 'mentor');
    const made = await cli(['init', '--data', dataDir, '--sample', '--as', 'mentor'], {
      cwd: temp.path,
    });
    expect(made.code).toBe(0);
    const core = await openCore({ dataDir, host: 'browser', appVersion: '0.1.0' });
    try {
      const { rows } = await core.handlers['candidates-list']({});
      const jordan = rows.find((row) => row.name === 'Jordan Rivera')!;
      const layer = await core.handlers['review-layer-get']({ portfolioId: jordan.portfolioId });
      const report = layer.layer.reports.find((r) => r.state === 'final')!;
      const saved = await core.handlers['review-report-pdf']({
        portfolioId: jordan.portfolioId,
        reportId: report.id,
      });
      expect(saved).toMatchObject({ mimeType: 'application/pdf', savedTo: null });
      expect(saved.fileName).toMatch(/^Jordan Rivera \d{4}-\d{2} progress report [\d-]+\.pdf$/);
      const path = join(temp.path, saved.fileName);
      await writeFile(path, Buffer.from(saved.base64!, 'base64'));
      const text = await pdfText(path);
      expect(text).toContain(`Monthly progress report: ${monthLabel(report.month)}`);
      expect(text).toContain('Jordan Rivera');
      expect(text).toContain(layer.program.title);
      for (const rating of report.ratings) expect(text).toContain(ratingText(rating.level));
      expect(text).toContain(`Signed by ${report.signOff!.name}`);
      expect(await pageCount(path)).toBeLessThanOrEqual(4);

      await expect(
        core.handlers['review-report-pdf']({ portfolioId: jordan.portfolioId, reportId: 'gone' }),
      ).rejects.toThrow(
        /^That progress report is not there any more; choose another from the list\.$/,
      );
    } finally {
      await core.close();
    }
  });
});
