import type { Command } from '../command';
import { readFromPortfolio, resolveDataDir } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgs } from '../parse-command-args';

const NAME = 'artifacts';

export const artifactsCommand: Command = {
  name: NAME,
  summary: 'List the artifacts: id, title, file name, size and SHA-256',
  usage: `${NAME} [--data DIR] [--json]`,
  options: [DATA_OPTION_HELP, ['--json', 'Print one JSON array of the artifacts, for scripts']],
  async run(args, io) {
    const values = parseCommandArgs(NAME, args, { ...DATA_OPTION, json: { type: 'boolean' } });
    const dir = resolveDataDir(values.data, NAME, io);
    const portfolio = await readFromPortfolio(dir, io, (core) =>
      core.handlers['portfolio-get']({}),
    );
    const artifacts = portfolio.artifacts
      .filter((artifact) => artifact.deletedAt === null)
      .map(({ id, title, fileName, mediaType, size, sha256 }) => ({
        id,
        title,
        fileName,
        mediaType,
        size,
        sha256,
      }));
    if (values.json) {
      io.stdout.write(`${JSON.stringify(artifacts, null, 2)}\n`);
    } else if (artifacts.length === 0) {
      io.stdout.write(`No artifacts in ${dir}.\n`);
    } else {
      for (const a of artifacts) {
        io.stdout.write(
          `${a.id}  ${a.title}  (${a.fileName}, ${a.size} bytes)  sha256 ${a.sha256}\n`,
        );
      }
    }
    return 0;
  },
};
