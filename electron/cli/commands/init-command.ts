import {
  createMentorSample,
  createSamplePortfolio,
  randomId,
  systemClock,
  UserError,
} from '../../core';
import { PROGRAM, UsageError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import type { Command } from '../command';
import { cliAppVersion, holdsPortfolio, resolveDataDir, withCore } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgs } from '../parse-command-args';

const NAME = 'init';

function sampleWouldReplace(dir: string): UserError {
  return new UserError(
    'invalid-input',
    `${dir} already holds a portfolio, which the sample would replace; nothing was changed. Choose an empty folder for the sample.`,
  );
}

/**
 * The sample becomes the folder's own portfolio, with its files in the folder's content store.
 * It is only created in a folder without a portfolio, decided under the folder's lock, which
 * also closes the gap between the check above and taking the lock.
 */
async function createSample(dir: string, io: CliIo, as: SampleRole): Promise<void> {
  const deps = { dir, clock: io.clock ?? systemClock, newId: io.newId ?? randomId };
  const created =
    as === 'mentor'
      ? await createMentorSample({ ...deps, appVersion: cliAppVersion() })
      : await createSamplePortfolio(deps);
  if (!created) throw sampleWouldReplace(dir);
}

type SampleRole = 'candidate' | 'mentor';

function sampleRoleOf(value: string | undefined, sample: boolean): SampleRole {
  if (value === undefined) return 'candidate';
  if (!sample) throw new UsageError('Option --as goes with --sample.', NAME);
  if (value === 'candidate' || value === 'mentor') return value;
  throw new UsageError(`Option --as takes candidate or mentor, not "${value}".`, NAME);
}

const SAMPLE_DONE: Record<SampleRole, (name: string, dir: string) => string> = {
  candidate: (name, dir) => `Created the sample portfolio of ${name} in ${dir}.`,
  mentor: (_name, dir) =>
    `Created the mentor sample in ${dir}: Dr. Angela Chen with three candidates to review.`,
};

export const initCommand: Command = {
  name: NAME,
  summary: 'Create a portfolio in a data folder (or the sample, to try things out)',
  usage: `${NAME} [--data DIR] [--sample [--as candidate|mentor]]`,
  options: [
    DATA_OPTION_HELP,
    [
      '--sample',
      'Fill it with the sample candidate, Jordan Rivera (only in a folder without a portfolio)',
    ],
    ['--as mentor', 'With --sample: a mentor with three candidates to review instead'],
  ],
  async run(args, io) {
    const values = parseCommandArgs(NAME, args, {
      ...DATA_OPTION,
      sample: { type: 'boolean' },
      as: { type: 'string' },
    });
    const sampleRole = sampleRoleOf(values.as, values.sample === true);
    const dir = resolveDataDir(values.data, NAME, io);
    if (await holdsPortfolio(dir)) {
      if (values.sample) throw sampleWouldReplace(dir);
      io.stdout.write(`${dir} already holds a portfolio; nothing was changed.\n`);
      return 0;
    }
    if (values.sample) await createSample(dir, io, sampleRole);
    // Opening the core creates an empty portfolio if needed and proves the folder opens as the app would.
    const profile = await withCore(dir, io, async (core) => {
      const portfolio = await core.handlers['portfolio-get']({});
      return portfolio.profile;
    });
    io.stdout.write(
      values.sample
        ? `${SAMPLE_DONE[sampleRole](profile.name, dir)}\n`
        : `Created a portfolio in ${dir}. Open it in the app, or see it with \`${PROGRAM} status --data ${dir}\`.\n`,
    );
    return 0;
  },
};
