import { resolve } from 'node:path';
import { UserError, type ExportProgress } from '../../core';
import { UsageError } from '../cli-errors';
import type { CliIo, TextSink } from '../cli-io';
import type { Command } from '../command';
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
      throw new UserError('invalid-input', 'Export cancelled; no bundle was written.');
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

export const exportCommand: Command = {
  name: NAME,
  summary: 'Save the portfolio as a bundle (.ctoportfolio) to share or move to another computer',
  usage: `${NAME} [--data DIR] --out FILE.ctoportfolio [--include-private]`,
  options: [
    DATA_OPTION_HELP,
    '--out FILE         Where to save the bundle; an existing file is replaced only once the new one is whole',
    '--include-private  Include the reflections and artifacts marked private (left out by default)',
  ],
  async run(args, io: CliIo) {
    const values = parseCommandArgs(NAME, args, {
      ...DATA_OPTION,
      out: { type: 'string' },
      'include-private': { type: 'boolean' },
    });
    if (values.out === undefined || values.out.trim() === '') {
      throw new UsageError('Option --out needs a file name for the bundle.', NAME);
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
            outPath,
            includePrivate: values['include-private'] === true,
            signal,
            ...(showProgress ? { onProgress: progressLine(io.stderr) } : {}),
          }),
        );
        io.stdout.write(
          `Saved the portfolio bundle to ${exported.path} (${exported.entries} files, ${exported.bytes} bytes before compression).\n`,
        );
        return 0;
      } finally {
        if (showProgress) io.stderr.write('\n');
      }
    });
  },
};
