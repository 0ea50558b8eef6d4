import { createSamplePortfolio, randomId, systemClock, UserError } from '../../core';
import { PROGRAM } from '../cli-errors';
import type { CliIo } from '../cli-io';
import type { Command } from '../command';
import { holdsPortfolio, resolveDataDir, withCore } from '../data-folder';
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
async function createSample(dir: string, io: CliIo): Promise<void> {
  const created = await createSamplePortfolio({
    dir,
    clock: io.clock ?? systemClock,
    newId: io.newId ?? randomId,
  });
  if (!created) throw sampleWouldReplace(dir);
}

export const initCommand: Command = {
  name: NAME,
  summary: 'Create a portfolio in a data folder (or the sample, to try things out)',
  usage: `${NAME} [--data DIR] [--sample]`,
  options: [
    DATA_OPTION_HELP,
    '--sample      Fill it with the sample candidate, Jordan Rivera (only in a folder without a portfolio)',
  ],
  async run(args, io) {
    const values = parseCommandArgs(NAME, args, {
      ...DATA_OPTION,
      sample: { type: 'boolean' },
    });
    const dir = resolveDataDir(values.data, NAME, io);
    if (await holdsPortfolio(dir)) {
      if (values.sample) throw sampleWouldReplace(dir);
      io.stdout.write(`${dir} already holds a portfolio; nothing was changed.\n`);
      return 0;
    }
    if (values.sample) await createSample(dir, io);
    // Opening the core creates an empty portfolio if needed and proves the folder opens as the app would.
    const profile = await withCore(dir, io, async (core) => {
      const portfolio = await core.handlers['portfolio-get']({});
      return portfolio.profile;
    });
    io.stdout.write(
      values.sample
        ? `Created the sample portfolio of ${profile.name} in ${dir}.\n`
        : `Created a portfolio in ${dir}. Open it in the app, or see it with \`${PROGRAM} status --data ${dir}\`.\n`,
    );
    return 0;
  },
};
