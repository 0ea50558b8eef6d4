import type { CandidateRow } from '@shared/contract/candidates-channels';
import { UsageError, PROGRAM } from '../cli-errors';
import type { Command } from '../command';
import { readFromPortfolio, resolveDataDir } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgsAndFiles } from '../parse-command-args';

const NAME = 'reviewed';

/** One line per candidate: what My candidates shows, in the same order. */
export function candidateLine(row: CandidateRow): string {
  const parts = [
    row.name.trim() || row.portfolioId,
    row.organisation || 'no district',
    row.cohortYear === null ? 'no cohort' : `cohort ${row.cohortYear}`,
    `${row.sessionsAttended} sessions attended`,
    `${row.assignmentsPassed}/${row.assignmentsTotal} assignments passed`,
    `${row.overdue} overdue`,
    `latest bundle ${row.latestBundleAt.slice(0, 10)}`,
    `${row.changesSinceLastLook} changes since last look`,
    `report for ${row.nextReport.month} due ${row.nextReport.due}`,
    `last report ${row.lastReportState ?? 'none'}`,
  ];
  const stale = row.stale ? '  (no bundle for 30 days)' : '';
  return `${row.portfolioId}  ${parts.join(', ')}${stale}`;
}

/** `reviewed list`: the candidates whose portfolios were imported for review here. */
export const reviewedCommand: Command = {
  name: NAME,
  summary: 'List the candidates whose portfolios you review (My candidates)',
  usage: `${NAME} list [--data DIR] [--json]`,
  options: [DATA_OPTION_HELP, ['--json', 'Print one JSON array of the candidates, for scripts']],
  async run(args, io) {
    const { values, files } = parseCommandArgsAndFiles(NAME, args, {
      ...DATA_OPTION,
      json: { type: 'boolean' },
    });
    if (files.length !== 1 || files[0] !== 'list') {
      throw new UsageError('Say what to do: `reviewed list`.', NAME);
    }
    const dir = resolveDataDir(values.data, NAME, io);
    const { rows, notice } = await readFromPortfolio(dir, io, (core) =>
      core.handlers['candidates-list']({}),
    );
    if (notice) io.stderr.write(`${PROGRAM}: ${notice}\n`);
    if (values.json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (rows.length === 0) {
      io.stdout.write(
        `No candidates in ${dir} yet: import a candidate's bundle with \`${PROGRAM} import --data ${dir} FILE --as review\`.\n`,
      );
    } else io.stdout.write(rows.map((row) => `${candidateLine(row)}\n`).join(''));
    return 0;
  },
};
