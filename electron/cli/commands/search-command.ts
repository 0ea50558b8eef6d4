import { parseArgs } from 'node:util';
import {
  SEARCH_KIND_LABELS,
  type HighlightedText,
  type SearchResults,
} from '@shared/search/search-result';
import { UsageError, fromParseArgsError } from '../cli-errors';
import type { Command } from '../command';
import { readFromPortfolio, resolveDataDir } from '../data-folder';
import { DATA_OPTION, DATA_OPTION_HELP } from '../parse-command-args';

const NAME = 'search';

/** Matched words in [brackets], since a terminal (or a log file) may show no colour. */
export function markMatches({ text, matches }: HighlightedText): string {
  let out = '';
  let at = 0;
  for (const [start, end] of matches) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

export function formatSearchResults(results: SearchResults): string {
  if (results.groups.length === 0) return `Nothing found for "${results.query}".\n`;
  const lines = results.groups.flatMap(({ kind, hits }) => [
    `${SEARCH_KIND_LABELS[kind]} (${hits.length}):`,
    ...hits.flatMap((hit) => [
      `  ${markMatches(hit.title)}`,
      ...(hit.snippet ? [`      ${markMatches(hit.snippet)}`] : []),
    ]),
  ]);
  return `${lines.join('\n')}\n`;
}

export const searchCommand: Command = {
  name: NAME,
  summary: 'Search reflections, artifacts, assignments, sessions and the mentor log',
  usage: `${NAME} [--data DIR] [--json] QUERY`,
  options: [
    DATA_OPTION_HELP,
    ['--json', 'Print the results, grouped by kind with match offsets, as one JSON object'],
    ['QUERY', 'One or more words; prefixes and small typos match too'],
  ],
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: { ...DATA_OPTION, json: { type: 'boolean' } },
        strict: true,
        allowPositionals: true,
      });
    } catch (error) {
      throw fromParseArgsError(error, NAME);
    }
    const { values, positionals } = parsed;
    const query = positionals.join(' ').trim();
    if (query === '') throw new UsageError('Give the words to search for.', NAME);
    const dir = resolveDataDir(values.data, NAME, io);
    const results = await readFromPortfolio(dir, io, (core) =>
      core.handlers['search-query']({ query }),
    );
    io.stdout.write(
      values.json ? `${JSON.stringify(results, null, 2)}\n` : formatSearchResults(results),
    );
    return 0;
  },
};
