import type { ReflectionSummary } from '@shared/domain/reflection';
import { sessionLabel } from '@shared/domain/session';
import type { Command } from '../command';
import { readFromPortfolio, resolveDataDir } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP, parseCommandArgs } from '../parse-command-args';

const NAME = 'reflections';

/** One line per reflection: date, status, words, session, title. */
export function formatReflections(reflections: readonly ReflectionSummary[]): string {
  if (reflections.length === 0) return 'No reflections yet.\n';
  const lines = reflections.map((r) =>
    [
      r.updatedAt.slice(0, 10),
      r.status.padEnd(5),
      `${String(r.wordCount).padStart(5)} words`,
      (r.session === null ? '-' : sessionLabel(r.session)).padEnd(19),
      r.title,
    ].join('  '),
  );
  return `${lines.join('\n')}\n${reflections.length} reflection${reflections.length === 1 ? '' : 's'}\n`;
}

export const reflectionsCommand: Command = {
  name: NAME,
  summary: 'List the reflections, newest first',
  usage: `${NAME} [--data DIR] [--json]`,
  options: [
    DATA_OPTION_HELP,
    ['--json', 'Print the reflections (without their text, with an excerpt) as a JSON array'],
  ],
  async run(args, io) {
    const values = parseCommandArgs(NAME, args, { ...DATA_OPTION, json: { type: 'boolean' } });
    const dir = resolveDataDir(values.data, NAME, io);
    const all = await readFromPortfolio(dir, io, (core) => core.handlers['reflection-list']({}));
    const live = all
      .filter((r) => r.deletedAt === null)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    io.stdout.write(values.json ? `${JSON.stringify(live, null, 2)}\n` : formatReflections(live));
    return 0;
  },
};
