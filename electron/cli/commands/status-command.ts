import { localIsoDate } from '@shared/domain/dates';
import { systemClock } from '../../core';
import type { Command } from '../command';
import { readFromPortfolio, resolveDataDir } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgs } from '../parse-command-args';
import { formatStatus, statusReport } from '../status-report';

const NAME = 'status';

export const statusCommand: Command = {
  name: NAME,
  summary: 'Show sessions, progress, overdue and due-soon work',
  usage: `${NAME} [--data DIR] [--json]`,
  options: [
    DATA_OPTION_HELP,
    ['--json', 'Print one JSON object (sessions, assignments, counts) for scripts'],
  ],
  async run(args, io) {
    const values = parseCommandArgs(NAME, args, { ...DATA_OPTION, json: { type: 'boolean' } });
    const dir = resolveDataDir(values.data, NAME, io);
    const portfolio = await readFromPortfolio(dir, io, (core) =>
      core.handlers['portfolio-get']({}),
    );
    const today = localIsoDate((io.clock ?? systemClock).now());
    const report = statusReport(portfolio, today, dir);
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report));
    return 0;
  },
};
