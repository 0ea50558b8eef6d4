import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Portfolio } from '@shared/domain/portfolio';
import type { Reflection } from '@shared/domain/reflection';
import type { Conflict } from '@shared/sync/conflict';
import type { ReceivedReview } from '@shared/review/received-review';
import { ARTIFACTS_FOLDER } from '../../artifacts/artifact-library';
import {
  REFLECTIONS_FOLDER,
  REFLECTION_FILE_FORMAT,
  REFLECTION_SCHEMA_VERSION,
} from '../../reflections/reflection-store';
import { BACKUP_FOLDER, backupFileName } from '../../store/backups';
import { toJsonText } from '../../store/json-file-adapter';
import { PORTFOLIO_FILE } from '../../store/open-portfolio-store';
import { recordFileText } from '../../store/record-file';
import { CONFLICTS_FILE, conflictsFileText } from '../../sync/conflicts-file';
import type { CommitStep } from './commit-plan';
import { linkOrCopy, type HeldArtifacts } from './held-artifacts';
import { safeRelativePath } from '../../safe-name';
import { REVIEWS_FOLDER } from '../../review-file/received/received-reviews';

/** What a merge or an adoption leaves in the own data folder. */
export interface OwnImportResult {
  portfolio: Portfolio;
  /** Reflection files to write (new or changed), whole. */
  reflections: readonly Reflection[];
  conflicts: readonly Conflict[];
  /** Received reviews to keep (newer than the one kept of the same reviewer), whole. */
  reviews: readonly ReceivedReview[];
}

const FINAL = 'final';

/** The files whose bytes the own data needs: live artifacts, and the other side of conflicts. */
export function neededArtifactHashes(result: OwnImportResult): Set<string> {
  const live = result.portfolio.artifacts.filter((a) => a.deletedAt === null);
  const theirs = result.conflicts.flatMap((c) =>
    c.recordKind === 'artifact' && c.theirs.deletedAt === null ? [c.theirs] : [],
  );
  return new Set([...live, ...theirs].map((a) => a.sha256));
}

async function writeStaged(staging: string, relative: string, text: string): Promise<void> {
  const path = safeRelativePath(staging, relative);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text, { flag: 'wx' });
}

/**
 * Write the final files of a merge or adoption into the staging folder and return the renames
 * that apply them: a backup of portfolio.json first, artifact files, reflection files,
 * conflicts.json, and portfolio.json last (until it moves, the old data is what opens).
 */
export async function stageOwnImport(options: {
  dataDir: string;
  staging: string;
  result: OwnImportResult;
  /** Artifact files extracted into `<staging>/artifacts/`. */
  extracted: ReadonlySet<string>;
  held: HeldArtifacts;
  now: Date;
}): Promise<CommitStep[]> {
  const { dataDir, staging, result, extracted, held, now } = options;
  const steps: CommitStep[] = [];

  const backupName = `${FINAL}/${BACKUP_FOLDER}/${backupFileName(now)}`;
  await writeStaged(staging, backupName, await readFile(join(dataDir, PORTFOLIO_FILE), 'utf8'));
  steps.push({ op: 'move', from: backupName, to: `${BACKUP_FOLDER}/${backupFileName(now)}` });

  for (const sha256 of neededArtifactHashes(result)) {
    if (await held.own.has(sha256)) continue;
    const from = `${ARTIFACTS_FOLDER}/${sha256}`;
    if (!extracted.has(sha256)) {
      const source = await held.pathOf(sha256);
      // Validated data always ships the files of its live artifacts: this is a bug.
      if (source === null) throw new Error(`No file for artifact ${sha256}`);
      await linkOrCopy(source, safeRelativePath(staging, from));
    }
    steps.push({ op: 'move', from, to: `${ARTIFACTS_FOLDER}/${sha256.slice(0, 2)}/${sha256}` });
  }

  for (const reflection of result.reflections) {
    const name = `${FINAL}/${REFLECTIONS_FOLDER}/${reflection.id}.json`;
    const text = recordFileText(
      { format: REFLECTION_FILE_FORMAT, schemaVersion: REFLECTION_SCHEMA_VERSION },
      reflection,
    );
    await writeStaged(staging, name, text);
    steps.push({ op: 'move', from: name, to: `${REFLECTIONS_FOLDER}/${reflection.id}.json` });
  }

  for (const review of result.reviews) {
    // The id passed the record id rule with the bundle's schema; writeStaged checks it again.
    const file = `${REVIEWS_FOLDER}/${review.reviewer.reviewerId}.json`;
    await writeStaged(staging, `${FINAL}/${file}`, `${JSON.stringify(review, null, 2)}\n`);
    steps.push({ op: 'move', from: `${FINAL}/${file}`, to: file });
  }

  await writeStaged(staging, `${FINAL}/${CONFLICTS_FILE}`, conflictsFileText(result.conflicts));
  steps.push({ op: 'move', from: `${FINAL}/${CONFLICTS_FILE}`, to: CONFLICTS_FILE });

  await writeStaged(staging, `${FINAL}/${PORTFOLIO_FILE}`, toJsonText(result.portfolio));
  steps.push({ op: 'move', from: `${FINAL}/${PORTFOLIO_FILE}`, to: PORTFOLIO_FILE });
  return steps;
}
