import { resolve } from 'node:path';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '@shared/exports/export-formats';
import { UserError, type ExportProgress } from '../../core';
import { UsageError } from '../cli-errors';
import type { CliIo, TextSink } from '../cli-io';
import type { Command, OptionHelp } from '../command';
import { requirePortfolio, resolveDataDir, withCore } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgs } from '../parse-command-args';

const NAME = 'export';

const isTerminal = (sink: TextSink) => (sink as { isTTY?: boolean }).isTTY === true;

/** One line rewritten in place: only for a person watching a terminal, never into a log. */
function progressLine(sink: TextSink): (progress: ExportProgress) => void {
  let shown = -1;
  return ({ bytesDone, bytesTotal, itemsDone, itemsTotal }) => {
    const percent = bytesTotal === 0 ? 100 : Math.floor((bytesDone / bytesTotal) * 100);
    if (percent === shown) return;
    shown = percent;
    sink.write(`\rExporting: ${percent}% (${itemsDone} of ${itemsTotal} files)`);
  };
}

/** Ctrl-C cancels the export, so no partial file is left beside the destination. */
async function cancelOnInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) {
      throw new UserError('invalid-input', 'Export cancelled; no file was written.');
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** What each format is, for the help and for the line that says where it was saved. */
const FORMAT_WORDS: Readonly<Record<ExportFormat, { help: string; saved: string }>> = {
  bundle: {
    help: 'a bundle to share or move to another computer (default)',
    saved: 'portfolio bundle',
  },
  web: { help: 'the web version alone, a zip anyone can open', saved: 'web version' },
  leap2a: { help: 'Leap2A, for Mahara and other ePortfolio systems', saved: 'Leap2A file' },
  pdf: { help: 'a PDF document to read or print', saved: 'PDF' },
};

function formatOf(value: string | undefined): ExportFormat {
  if (value === undefined) return 'bundle';
  if (isExportFormat(value)) return value;
  throw new UsageError(
    `Option --format must be one of ${EXPORT_FORMATS.join(', ')}; "${value}" is not one of them.`,
    NAME,
  );
}

const savedFigures = (
  format: ExportFormat,
  { entries, bytes }: { entries: number; bytes: number },
) => (format === 'pdf' ? `${bytes} bytes` : `${entries} files, ${bytes} bytes before compression`);

export const exportCommand: Command = {
  name: NAME,
  summary: 'Save the portfolio as a bundle (.ctoportfolio), a web version, Leap2A or a PDF',
  usage: `${NAME} [--data DIR] [--format ${EXPORT_FORMATS.join('|')}] --out FILE [--include-private]`,
  options: [
    DATA_OPTION_HELP,
    ...EXPORT_FORMATS.map((format): OptionHelp => [
      `--format ${format}`,
      FORMAT_WORDS[format].help,
    ]),
    ['--out FILE', 'Where to save it; an existing file is replaced only once the new one is whole'],
    [
      '--include-private',
      'Include the reflections and artifacts marked private (left out by default)',
    ],
  ],
  async run(args, io: CliIo) {
    const values = parseCommandArgs(NAME, args, {
      ...DATA_OPTION,
      format: { type: 'string' },
      out: { type: 'string' },
      'include-private': { type: 'boolean' },
    });
    const format = formatOf(values.format);
    if (values.out === undefined || values.out.trim() === '') {
      throw new UsageError('Option --out needs a file name to save the export to.', NAME);
    }
    const dir = resolveDataDir(values.data, NAME, io);
    await requirePortfolio(dir);
    const outPath = resolve(io.cwd, values.out);
    const showProgress = isTerminal(io.stderr);
    // The app's own core and its export, written straight to --out in the foreground.
    return withCore(dir, io, async (core) => {
      try {
        const exported = await cancelOnInterrupt((signal) =>
          core.bundleWork().exportTo({
            format,
            outPath,
            includePrivate: values['include-private'] === true,
            signal,
            ...(showProgress ? { onProgress: progressLine(io.stderr) } : {}),
          }),
        );
        io.stdout.write(
          `Saved the ${FORMAT_WORDS[format].saved} to ${exported.path} (${savedFigures(format, exported)}).\n`,
        );
        return 0;
      } finally {
        if (showProgress) io.stderr.write('\n');
      }
    });
  },
};
