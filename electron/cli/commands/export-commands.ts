import { isLive } from '@shared/domain/record';
import type { Core } from '../../core';
import type { Command } from '../command';
import { UsageError } from '../cli-errors';
import { readFromPortfolio, resolveDataDir } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgs } from '../parse-command-args';
import { writeExport } from '../write-export';

interface ExportCommandSpec {
  name: string;
  channel: 'calendar-export' | 'csv-export' | 'cohort-csv-export';
  summary: string;
  extension: string;
  /** "the calendar file": completes "Could not write …" and "Saved … to". */
  what: string;
  /**
   * Said after "Saved …" when the file holds no rows: still a real result (the core refuses
   * exports that would be no result at all), but the user should not mistake it for a full one.
   */
  emptyNote?: { isEmpty: (core: Core) => Promise<boolean>; text: string };
}

/** `calendar`, `csv` and `report`: ask the core for the export (the app's own code) and save it to a file. */
function exportCommand({
  name,
  channel,
  summary,
  extension,
  what,
  emptyNote,
}: ExportCommandSpec): Command {
  return {
    name,
    summary,
    usage: `${name} [--data DIR] [--out FILE.${extension}]`,
    options: [
      DATA_OPTION_HELP,
      ['--out FILE', "Where to save it (default: a name like the app's, in the current folder)"],
    ],
    async run(args, io) {
      const values = parseCommandArgs(name, args, { ...DATA_OPTION, out: { type: 'string' } });
      if (values.out !== undefined && values.out.trim() === '') {
        throw new UsageError('Option --out needs a file name.', name);
      }
      const dir = resolveDataDir(values.data, name, io);
      const { file, empty } = await readFromPortfolio(dir, io, async (core) => ({
        file: await core.handlers[channel]({}),
        empty: (await emptyNote?.isEmpty(core)) ?? false,
      }));
      const saved = await writeExport(file, values.out, what, io);
      const note = empty && emptyNote ? ` ${emptyNote.text}` : '';
      io.stdout.write(`Saved ${what} to ${saved}.${note}\n`);
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
  emptyNote: {
    isEmpty: async (core) => !(await core.handlers['portfolio-get']({})).assignments.some(isLive),
    text: 'There are no assignments yet, so it holds only the column headings.',
  },
});

export const reportCommand = exportCommand({
  name: 'report',
  channel: 'cohort-csv-export',
  summary: 'Save the cohort of candidates you review as a spreadsheet (.csv), one row each',
  extension: 'csv',
  what: 'the cohort file',
  emptyNote: {
    isEmpty: async (core) => (await core.handlers['candidates-list']({})).rows.length === 0,
    text: 'There are no candidates yet, so it holds only the column headings.',
  },
});
