import { resolve } from 'node:path';
import { importAsSchema } from '@shared/bundle/import-summary';
import { BundleError } from '../../core';
import { UsageError } from '../cli-errors';
import type { Command } from '../command';
import { resolveDataDir, withCore } from '../data-folder';
import { importResultText, importSummaryText } from '../import-summary-text';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgsAndFiles } from '../parse-command-args';

const NAME = 'import';

/**
 * `import FILE`: checks the bundle completely, prints what importing it would change, then (not
 * with --dry-run) imports it in one step. An empty data folder gets the bundle as its portfolio.
 */
export const importCommand: Command = {
  name: NAME,
  summary:
    'Import a .ctoportfolio bundle: merge your own, adopt it on a new computer, or review someone else’s',
  usage: `${NAME} [--data DIR] FILE [--dry-run] [--as mine|review] [--json]`,
  options: [
    DATA_OPTION_HELP,
    ['--dry-run', 'Check the bundle and show what would change; change nothing'],
    [
      '--as mine|review',
      'Someone else’s bundle on a computer with no work yet: make it yours, or review it',
    ],
    ['--json', 'Print one JSON object (summary, and result unless --dry-run) for scripts'],
  ],
  async run(args, io) {
    const { values, files } = parseCommandArgsAndFiles(NAME, args, {
      ...DATA_OPTION,
      'dry-run': { type: 'boolean' },
      as: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (files.length !== 1 || files[0] === undefined) {
      throw new UsageError('Give exactly one bundle file to import.', NAME);
    }
    const as = values.as === undefined ? undefined : importAsSchema.safeParse(values.as);
    if (as && !as.success) throw new UsageError('Option --as takes "mine" or "review".', NAME);
    const dataDir = resolveDataDir(values.data, NAME, io);
    const bundlePath = resolve(io.cwd, files[0]);
    // The app's own core (closing it discards a waiting inspection); its notice goes to stderr.
    return withCore(dataDir, io, async (core) => {
      const bundles = core.bundleWork();
      try {
        // The choice is made before the summary, so the summary tells what the choice does.
        const summary = await bundles.inspect(bundlePath, as ? { as: as.data } : {});
        const dryRun = values['dry-run'] === true;
        const text = importSummaryText(summary, { chosen: as !== undefined, dryRun });
        // Nothing to change (the same file again): nothing is written, not even a backup.
        if (dryRun || summary.nothingToChange) {
          await bundles.discard(summary.inspectionId);
          io.stdout.write(
            values.json ? `${JSON.stringify({ ok: true, summary }, null, 2)}\n` : text,
          );
          return 0;
        }
        const result = await bundles.commit(summary.inspectionId, as?.data);
        io.stdout.write(
          values.json
            ? `${JSON.stringify({ ok: true, summary, result }, null, 2)}\n`
            : `${text}${importResultText(result)}`,
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
  },
};
