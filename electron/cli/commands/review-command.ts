import { resolve } from 'node:path';
import { BundleError } from '../../core';
import { UsageError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import type { Command } from '../command';
import { requirePortfolio, resolveDataDir, withCore } from '../data-folder';
import {
  DATA_OPTION,
  DATA_OPTION_HELP,
  parseCommandArgs,
  parseCommandArgsAndFiles,
} from '../parse-command-args';

const NAME = 'review';

/** `review export`: the mentor's review of one candidate, written to --out. */
async function exportReview(args: string[], io: CliIo): Promise<number> {
  const values = parseCommandArgs(NAME, args, {
    ...DATA_OPTION,
    portfolio: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.portfolio === undefined || values.portfolio.trim() === '') {
    throw new UsageError('Option --portfolio needs the id of a candidate’s portfolio.', NAME);
  }
  if (values.out === undefined || values.out.trim() === '') {
    throw new UsageError('Option --out needs a file name for the review.', NAME);
  }
  const dir = resolveDataDir(values.data, NAME, io);
  await requirePortfolio(dir);
  const outPath = resolve(io.cwd, values.out);
  const portfolioId = values.portfolio;
  return withCore(dir, io, async (core) => {
    const written = await core.reviewFiles().exporter.exportTo(portfolioId, outPath);
    io.stdout.write(
      `Saved the review of ${written.candidateName || portfolioId} by ${written.reviewer.name || 'you'} to ${written.path} (${written.bytes} bytes).\n`,
    );
    return 0;
  });
}

/** `review import`: the candidate checks a review file, sees the summary, then applies it. */
async function importReview(args: string[], io: CliIo): Promise<number> {
  const { values, files } = parseCommandArgsAndFiles(NAME, args, {
    ...DATA_OPTION,
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (files.length !== 1 || files[0] === undefined) {
    throw new UsageError('Give exactly one review file to import.', NAME);
  }
  const dir = resolveDataDir(values.data, NAME, io);
  await requirePortfolio(dir);
  const path = resolve(io.cwd, files[0]);
  return withCore(dir, io, async (core) => {
    const reviews = core.reviewFiles();
    try {
      const summary = await reviews.inspect(path, {});
      if (values['dry-run'] === true || summary.outcome !== 'new') {
        reviews.discard(summary.inspectionId);
        io.stdout.write(
          values.json
            ? `${JSON.stringify({ ok: true, summary }, null, 2)}\n`
            : `${summary.sentence}\n`,
        );
        return 0;
      }
      const result = await reviews.apply(summary.inspectionId);
      io.stdout.write(
        values.json
          ? `${JSON.stringify({ ok: true, summary, result }, null, 2)}\n`
          : `${summary.sentence}\nApplied: the review from ${summary.reviewer.name || 'your reviewer'} is kept beside your portfolio.\n`,
      );
      return 0;
    } catch (error) {
      if (values.json && error instanceof BundleError) {
        io.stdout.write(
          `${JSON.stringify({ ok: false, problem: error.problem, message: error.message })}\n`,
        );
      }
      throw error;
    }
  });
}

/**
 * `review export|import`: reviews sent back by file (.ctoreview). The mentor exports the review
 * of one candidate; the candidate imports it (a summary first; --dry-run changes nothing).
 */
export const reviewCommand: Command = {
  name: NAME,
  summary: 'Export a review of a candidate (.ctoreview), or import one you received',
  usage: `${NAME} export [--data DIR] --portfolio ID --out FILE.ctoreview | ${NAME} import [--data DIR] FILE [--dry-run] [--json]`,
  options: [
    DATA_OPTION_HELP,
    ['--portfolio ID', 'export: the candidate’s portfolio id (as in My candidates)'],
    [
      '--out FILE',
      'export: where to save the review; an existing file is replaced only once the new one is whole',
    ],
    ['--dry-run', 'import: check the file and show what it would change; change nothing'],
    ['--json', 'import: print one JSON object (summary, and result when applied) for scripts'],
  ],
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'export') return exportReview(rest, io);
    if (sub === 'import') return importReview(rest, io);
    throw new UsageError('Say what to do: `review export` or `review import`.', NAME);
  },
};
