import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { chromiumPdfPrinter } from '../../../electron/core/print/chromium-pdf-printer';
import { findChromium } from '../../../electron/core/print/find-chromium';

const leftovers = async () =>
  (await readdir(tmpdir())).filter((name) => name.startsWith('cto-portfolio-pdf-'));

describe('printing with the system Chromium', () => {
  it('says in one sentence what to install when no browser is found', async () => {
    const printer = chromiumPdfPrinter(async () => null);
    await expect(printer.print('<p>x</p>')).rejects.toThrow(
      /^Saving a PDF needs Chromium, Google Chrome or Microsoft Edge, and none was found: install one, set CTO_PORTFOLIO_CHROMIUM to its program, or save the PDF from the desktop app\.$/,
    );
  });

  it('says the browser failed, and leaves no temp folder, when it prints nothing', async () => {
    const before = await leftovers();
    const printer = chromiumPdfPrinter(async () => '/bin/false');
    await expect(printer.print('<p>x</p>')).rejects.toThrow(
      'The browser could not print the PDF (exit 1); try again, or save the PDF from the desktop app.',
    );
    expect(await leftovers()).toEqual(before);
  });

  it('finds the browser named by CTO_PORTFOLIO_CHROMIUM first, and none on an empty PATH', async () => {
    expect(await findChromium({ CTO_PORTFOLIO_CHROMIUM: '/bin/true', PATH: '' })).toBe('/bin/true');
    expect(await findChromium({ PATH: '/nonexistent' })).toBeNull();
  });
});
