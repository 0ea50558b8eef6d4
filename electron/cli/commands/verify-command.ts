import { plural } from '@shared/review/review-import-summary';
import { resolve } from 'node:path';
import { BundleError, importFileKind, readReviewFile, verifyBundle } from '../../core';
import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-errors';
import type { Command } from '../command';
import { parseCommandArgsAndFiles } from '../parse-command-args';

const NAME = 'verify';

const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** A `.ctoreview` (by its name or its manifest's format): every check its import makes. */
async function verifyReview(path: string, shown: string, json: boolean, io: CliIo) {
  const { manifest, data, fileBytes } = await readReviewFile(path);
  const comments = data.layer.threads.reduce((sum, thread) => sum + thread.comments.length, 0);
  const summary = {
    ok: true,
    kind: 'review',
    portfolioId: manifest.portfolioId,
    candidate: data.candidateName,
    reviewer: manifest.reviewer,
    exportedAt: manifest.exportedAt,
    appVersion: manifest.appVersion,
    grades: data.layer.evaluations.length,
    comments,
    reports: data.layer.reports.length,
    bytes: fileBytes,
  };
  io.stdout.write(
    json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `OK: ${shown} is a valid review file from ${manifest.reviewer.name || 'a reviewer'} (${manifest.reviewer.role}) for ${data.candidateName || manifest.portfolioId} (${plural(summary.grades, 'grade', 'grades')}, ${plural(comments, 'comment', 'comments')}, ${plural(summary.reports, 'report', 'reports')}).\n`,
  );
}

/**
 * `verify FILE`: every check an import makes, changing nothing. With --json a failure is still
 * one line on stderr (and exit 1); stdout then carries `{ok: false, problem, message}` too, so a
 * script can branch on the stable problem word.
 */
export const verifyCommand: Command = {
  name: NAME,
  summary:
    'Check a .ctoportfolio bundle or a .ctoreview review file the way an import would, changing nothing',
  usage: `${NAME} FILE [--json]`,
  options: [['--json', 'Print one JSON object (ok, problem or the bundle’s summary) for scripts']],
  async run(args, io) {
    const { values, files } = parseCommandArgsAndFiles(NAME, args, { json: { type: 'boolean' } });
    if (files.length !== 1 || files[0] === undefined) {
      throw new UsageError('Give exactly one bundle or review file to verify.', NAME);
    }
    const path = resolve(io.cwd, files[0]);
    try {
      if ((await importFileKind(path)) === 'review') {
        await verifyReview(path, files[0], values.json === true, io);
        return 0;
      }
      const { manifest, data, entries } = await verifyBundle(path);
      const bytes = entries.reduce((sum, file) => sum + file.size, 0);
      const artifacts = entries.filter((file) => file.path.startsWith('artifacts/')).length;
      const summary = {
        ok: true,
        portfolioId: manifest.portfolioId,
        candidate: data.portfolio.profile.name,
        exportedAt: manifest.exportedAt,
        appVersion: manifest.appVersion,
        includesPrivate: manifest.includesPrivate,
        files: entries.length,
        artifacts,
        reflections: data.reflections.length,
        bytes,
      };
      io.stdout.write(
        values.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `OK: ${files[0]} is a valid bundle (${entries.length} files, ${artifacts} artifacts, ${data.reflections.length} reflections, ${megabytes(bytes)}).\n`,
      );
      return 0;
    } catch (error) {
      if (values.json && error instanceof BundleError) {
        const failure = { ok: false, problem: error.problem, message: error.message };
        io.stdout.write(`${JSON.stringify(failure)}\n`);
      }
      throw error;
    }
  },
};
