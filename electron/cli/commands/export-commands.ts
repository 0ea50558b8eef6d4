import type { Command } from '../command';
import { UsageError } from '../cli-errors';
import { requirePortfolio, resolveDataDir, withCore } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgs } from '../parse-command-args';
import { writeExport } from '../write-export';

interface ExportCommandSpec {
  name: string;
  channel: 'calendar-export' | 'csv-export';
  summary: string;
  extension: string;
  /** "the calendar file": completes "Could not write …" and "Saved … to". */
  what: string;
}

/** `calendar` and `csv`: ask the core for the export (the app's own code) and save it to a file. */
function exportCommand({ name, channel, summary, extension, what }: ExportCommandSpec): Command {
  return {
    name,
    summary,
    usage: `${name} [--data DIR] [--out FILE.${extension}]`,
    options: [
      DATA_OPTION_HELP,
      `--out FILE    Where to save it (default: a name like the app's, in the current folder)`,
    ],
    async run(args, io) {
      const values = parseCommandArgs(name, args, { ...DATA_OPTION, out: { type: 'string' } });
      if (values.out !== undefined && values.out.trim() === '') {
        throw new UsageError('Option --out needs a file name.', name);
      }
      const dir = resolveDataDir(values.data, name, io);
      await requirePortfolio(dir);
      const file = await withCore(dir, io, (core) => core.handlers[channel]({}), {
        readOnly: true,
      });
      const saved = await writeExport(file, values.out, what, io);
      io.stdout.write(`Saved ${what} to ${saved}.\n`);
      return 0;
    },
  };
}

export const calendarCommand = exportCommand({
  name: 'calendar',
  channel: 'calendar-export',
  summary: 'Save session dates and due dates as a calendar file (.ics)',
  extension: 'ics',
  what: 'the calendar file',
});

export const csvCommand = exportCommand({
  name: 'csv',
  channel: 'csv-export',
  summary: 'Save the assignments as a spreadsheet (.csv)',
  extension: 'csv',
  what: 'the assignments file',
});
