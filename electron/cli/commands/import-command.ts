import { resolve } from 'node:path';
import { importAsSchema, type ImportSummary } from '@shared/bundle/import-summary';
import { BundleError } from '../../core/bundle/bundle-error';
import { BundleImporter } from '../../core/bundle/import/bundle-importer';
import { randomId, systemClock } from '../../core/platform';
import { Workspace } from '../../core/workspace';
import { PROGRAM, UsageError, oneLine } from '../cli-errors';
import type { Command } from '../command';
import { resolveDataDir } from '../data-folder';
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
    '--dry-run          Check the bundle and show what would change; change nothing',
    '--as mine|review   Someone else’s bundle on a computer with no work yet: make it yours, or review it',
    '--json             Print one JSON object (summary, and result unless --dry-run) for scripts',
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
    const clock = io.clock ?? systemClock;
    const newId = io.newId ?? randomId;
    const workspace = await Workspace.open({ dataDir, clock, newId });
    const importer = new BundleImporter({ dataDir, workspace, clock, newId });
    let summary: ImportSummary | null = null;
    try {
      if (workspace.notice) io.stderr.write(`${PROGRAM}: ${oneLine(workspace.notice)}\n`);
      // The choice is made before the summary, so the summary tells what the choice does.
      summary = await importer.inspect(bundlePath, as ? { as: as.data } : {});
      const dryRun = values['dry-run'] === true;
      const text = importSummaryText(summary, { chosen: as !== undefined, dryRun });
      // Nothing to change (the same file again): nothing is written, not even a backup.
      if (dryRun || summary.nothingToChange) {
        await importer.discard(summary.inspectionId);
        io.stdout.write(values.json ? `${JSON.stringify({ ok: true, summary }, null, 2)}\n` : text);
        return 0;
      }
      const result = await importer.commit(summary.inspectionId, as?.data);
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
    } finally {
      await importer.discardAll();
      await workspace.close();
    }
  },
};
