import { resolve } from 'node:path';
import { artifactFieldsSchema } from '@shared/domain/artifact';
import { describeIssues } from '@shared/contract/errors';
import { sessionNumberSchema } from '@shared/domain/session';
import { UserError } from '../../core';
import { UsageError } from '../cli-errors';
import type { Command } from '../command';
import { requirePortfolio, resolveDataDir, withCore } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgsAndFiles } from '../parse-command-args';

const NAME = 'add-artifact';

function sessionNumber(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const parsed = sessionNumberSchema.safeParse(/^\d+$/.test(value) ? Number(value) : NaN);
  if (!parsed.success) {
    throw new UsageError(
      `Option --session needs a session number from 0 (kickoff) to 9 (final), not "${value}".`,
      NAME,
    );
  }
  return [parsed.data];
}

function checkedTitle(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = artifactFieldsSchema.shape.title.safeParse(value);
  if (!parsed.success) {
    throw new UserError('invalid-input', `${describeIssues(parsed.error, 'The --title')}`);
  }
  return parsed.data;
}

export const addArtifactCommand: Command = {
  name: NAME,
  summary: 'Add files to the portfolio as artifacts (the same file is stored once)',
  usage: `${NAME} [--data DIR] FILE... [--title T] [--session N]`,
  options: [
    DATA_OPTION_HELP,
    ['--title T', 'The title of the new artifacts (default: each file’s name)'],
    ['--session N', 'Link them to session N (0 = kickoff, 9 = final presentations)'],
  ],
  async run(args, io) {
    const { values, files } = parseCommandArgsAndFiles(NAME, args, {
      ...DATA_OPTION,
      title: { type: 'string' },
      session: { type: 'string' },
    });
    if (files.length === 0) throw new UsageError('Give at least one file to add.', NAME);
    const options = {
      title: checkedTitle(values.title),
      sessionNumbers: sessionNumber(values.session),
    };
    const dir = resolveDataDir(values.data, NAME, io);
    await requirePortfolio(dir);
    const paths = files.map((file) => resolve(io.cwd, file));
    const added = await withCore(dir, io, (core) => core.artifacts().addPaths(paths, options));
    for (const artifact of added) {
      io.stdout.write(
        `Added "${artifact.title}" (${artifact.fileName}, ${artifact.size} bytes) as ${artifact.id}.\n`,
      );
    }
    return 0;
  },
};
