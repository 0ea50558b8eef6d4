import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors';
import { CHROMIUM_ENV, findChromium } from './find-chromium';
import type { PdfPrinter } from './pdf-printer';

/** Long enough for thousands of pages (2,000 long reflections took 12 minutes here); a hung browser still ends. */
const PRINT_TIMEOUT_MS = 30 * 60 * 1000;

/** A headless browser that reaches nothing and keeps nothing: our document only. */
function chromiumArgs(profile: string, pdf: string, page: string): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-quic',
    '--no-pdf-header-footer',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${pdf}`,
    // Chromium refuses to run as root with its sandbox (containers, CI); a user never is root.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    pathToFileURL(page).href,
  ];
}

const notFound = () =>
  new UserError(
    'not-found',
    `Saving a PDF needs Chromium, Google Chrome or Microsoft Edge, and none was found: install one, set ${CHROMIUM_ENV} to its program, or save the PDF from the desktop app.`,
  );

const failed = (detail: string) =>
  new UserError(
    'io-error',
    `The browser could not print the PDF (${detail}); try again, or save the PDF from the desktop app.`,
  );

function run(
  executable: string,
  args: string[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: 'ignore', signal });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(signal?.aborted ? error : failed(error.message));
    });
    child.once('exit', (code, killedBy) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else if (!signal?.aborted)
        reject(failed(killedBy ? `stopped by ${killedBy}` : `exit ${code}`));
    });
  });
}

/**
 * Prints with the system's Chromium in headless mode: the document is written to a private temp
 * folder (with a throwaway browser profile), printed with --print-to-pdf, read back, and the
 * folder removed whatever happens.
 */
export function chromiumPdfPrinter(
  locate: () => Promise<string | null> = () => findChromium(),
  timeoutMs = PRINT_TIMEOUT_MS,
): PdfPrinter {
  return {
    async print(html, signal) {
      const executable = await locate();
      if (executable === null) throw notFound();
      const folder = await mkdtemp(join(tmpdir(), 'cto-portfolio-pdf-'));
      try {
        const page = join(folder, 'document.html');
        const pdf = join(folder, 'document.pdf');
        await writeFile(page, html, 'utf8');
        await run(executable, chromiumArgs(join(folder, 'profile'), pdf, page), timeoutMs, signal);
        signal?.throwIfAborted();
        try {
          return await readFile(pdf);
        } catch {
          throw failed('no PDF was written');
        }
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
