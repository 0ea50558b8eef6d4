import { basename } from 'node:path';
import { rm, stat } from 'node:fs/promises';
import { ARTIFACTS_DIR, type BundleData, type BundleManifest } from '@shared/bundle/bundle-schemas';
import type {
  ImportAs,
  ImportChanges,
  ImportKind,
  ImportOutcome,
  ImportResult,
  ImportSummary,
} from '@shared/bundle/import-summary';
import type { JobProgress } from '@shared/jobs/job-status';
import type { Portfolio } from '@shared/domain/portfolio';
import type { Reflection } from '@shared/domain/reflection';
import { localizeBundleData } from '@shared/sync/versions';
import { mergePortfolios } from '@shared/sync/merge-portfolio';
import { readDeviceId } from '../../device-id';
import { UserError, userErrorFromFs } from '../../errors';
import type { Clock, IdGenerator } from '../../platform';
import {
  ReviewedLibrary,
  isSafePortfolioId,
  type ReviewedCopy,
} from '../../reviewed/reviewed-library';
import { bundleOrigin, manifestDigest } from '../../reviewed/review-file';
import { RollingBackups, backupsBeyond } from '../../store/backups';
import { mapLimited } from '../../store/map-limited';
import { readConflicts } from '../../sync/conflicts-file';
import { returnToOwnFirst, type Workspace } from '../../workspace';
import { BundleError } from '../bundle-error';
import type { BundleLimits } from '../zip/bundle-limits';
import { applyCommit, type ApplyHooks } from './apply-commit';
import { commitPlan, writeCommitPlan, type CommitStep } from './commit-plan';
import { extractBundle } from './extract-bundle';
import { HeldArtifacts } from './held-artifacts';
import { decideImportKind } from './import-kind';
import { importContents } from './import-contents';
import { replacementChanges } from './record-changes';
import { stageOwnImport, type OwnImportResult } from './stage-own-import';
import { reviewsToTake } from '../../review-file/received/reviews-to-take';
import { stageReviewImport } from './stage-review-import';
import { newInspectionId, removeStaging, stagingPath } from './staging';
import { isUnstartedPortfolio } from './unstarted-portfolio';
import { safeRelativePath } from '../../safe-name';
import { SerialQueue } from '../../serial-queue';

export interface BundleImporterDeps {
  dataDir: string;
  workspace: Workspace;
  clock: Clock;
  newId: IdGenerator;
  /** Tests: caps other than the format's defaults. */
  limits?: Partial<BundleLimits>;
  /** Tests: a crash injected between the steps of applying an import. */
  applyHooks?: ApplyHooks;
}

export interface InspectOptions {
  /** The name to show (an upload's original name); default: the file's own name. */
  fileName?: string;
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** The user's choice, made before the summary (the command line's --as): it tells that one. */
  as?: ImportAs;
}

/** A checked bundle waiting for Import or Cancel: its data in memory, new files in staging. */
interface Inspection {
  id: string;
  staging: string;
  fileName: string;
  bundleBytes: number;
  manifest: BundleManifest;
  data: BundleData;
  extracted: Set<string>;
}

/** The own portfolio as an import is decided against (reflection bodies are read by a merge). */
interface LocalState {
  portfolio: Portfolio;
  reflectionsVersion: number;
  unstarted: boolean;
}

/** What an import would do, against the data folder as it is now. */
interface Decision {
  kind: ImportKind;
  canAdoptInstead: boolean;
  changes: ImportChanges;
  nothingToChange: boolean;
  olderThanCurrent: boolean;
  local: LocalState;
  /** merge and adopt: what the own data becomes. */
  own: OwnImportResult | null;
  reviewedBefore: ReviewedCopy | null;
}

const READ_LIMIT = 8;
const NO_CHANGES: ImportChanges = { added: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 };

const gone = () =>
  new UserError(
    'not-found',
    'That import is no longer waiting (it was finished or cancelled): choose the bundle again.',
  );

/**
 * Imports a `.ctoportfolio` bundle in two steps: `inspect` checks it completely while its new
 * files go into a staging folder, and says what an import would change; `commit` makes that
 * change in one step (see commit-plan.ts), or `discard` drops it. A failure or a cancel at any
 * point leaves the data folder as it was.
 */
export class BundleImporter {
  readonly reviewed: ReviewedLibrary;
  private readonly inspections = new Map<string, Inspection>();
  /** Commits run one at a time: each decides against what the one before it left. */
  private readonly commits = new SerialQueue();

  constructor(private readonly deps: BundleImporterDeps) {
    this.reviewed = new ReviewedLibrary(deps.dataDir);
  }

  async inspect(bundlePath: string, options: InspectOptions = {}): Promise<ImportSummary> {
    this.requireOwn();
    const { dataDir } = this.deps;
    const id = newInspectionId();
    const staging = stagingPath(dataDir, id);
    try {
      const bundleBytes = (await stat(bundlePath)).size;
      const held = await HeldArtifacts.find(dataDir);
      const extracted = await extractBundle({
        bundlePath,
        staging,
        dataDir,
        alreadyHeld: (sha256) => held.has(sha256),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(this.deps.limits ? { limits: this.deps.limits } : {}),
      });
      const inspection: Inspection = {
        id,
        staging,
        fileName: options.fileName ?? basename(bundlePath),
        bundleBytes,
        ...extracted,
      };
      const summary = await this.summarise(inspection, options.as);
      this.inspections.set(id, inspection);
      return summary;
    } catch (error) {
      await removeStaging(dataDir, id);
      throw userErrorFromFs(error, 'read the bundle', bundlePath) ?? error;
    }
  }

  commit(inspectionId: string, as?: ImportAs): Promise<ImportResult> {
    return this.commits.run(() => this.commitNow(inspectionId, as));
  }

  async discard(inspectionId: string): Promise<void> {
    const inspection = this.inspections.get(inspectionId);
    this.inspections.delete(inspectionId);
    if (inspection) await removeStaging(this.deps.dataDir, inspection.id);
  }

  /** Drop every waiting inspection (the app is closing). */
  async discardAll(): Promise<void> {
    for (const id of [...this.inspections.keys()]) await this.discard(id);
  }

  private requireOwn(): void {
    if (this.deps.workspace.kind !== 'own') throw returnToOwnFirst();
  }

  private async commitNow(inspectionId: string, as?: ImportAs): Promise<ImportResult> {
    const inspection = this.inspections.get(inspectionId);
    if (!inspection) throw gone();
    this.inspections.delete(inspectionId);
    const { dataDir } = this.deps;
    try {
      this.requireOwn();
      const decision = await this.decide(inspection, as);
      const reviewedPortfolioId = decision.kind.startsWith('review')
        ? inspection.manifest.portfolioId
        : null;
      const result = async (): Promise<ImportResult> => {
        await removeStaging(dataDir, inspection.id);
        return {
          kind: decision.kind,
          changes: decision.changes,
          contents: importContents(inspection.manifest, inspection.data),
          openConflicts: (await readConflicts(dataDir)).length,
          reviewedPortfolioId,
        };
      };
      if (decision.nothingToChange) return await result();
      const now = this.deps.clock.now();
      const held = await HeldArtifacts.find(dataDir);
      if (decision.own) {
        const steps = await stageOwnImport({
          dataDir,
          staging: inspection.staging,
          result: decision.own,
          extracted: inspection.extracted,
          held,
          now,
        });
        await this.deps.workspace.replaceOwn(async (last) => {
          if (
            last.portfolio !== decision.local.portfolio ||
            last.reflectionsVersion !== decision.local.reflectionsVersion
          ) {
            throw new UserError(
              'invalid-input',
              'Your portfolio changed while the import was being prepared, so nothing was imported: import the bundle again.',
            );
          }
          await this.apply(inspection, decision.kind, steps);
        });
        await this.pruneBackups();
      } else {
        const steps = await stageReviewImport({
          staging: inspection.staging,
          manifest: inspection.manifest,
          data: inspection.data,
          extracted: inspection.extracted,
          held,
          now,
          before: decision.reviewedBefore?.review ?? null,
        });
        await this.apply(inspection, decision.kind, steps);
      }
      return await result();
    } catch (error) {
      // Before the commit point this drops the import; after it, the reopen has finished it.
      await removeStaging(dataDir, inspection.id).catch(() => undefined);
      throw userErrorFromFs(error, 'import the bundle', dataDir) ?? error;
    }
  }

  /** The commit point (commit.json), then the renames. */
  private async apply(inspection: Inspection, kind: ImportKind, steps: CommitStep[]) {
    const plan = commitPlan(kind, steps);
    await writeCommitPlan(inspection.staging, plan);
    await applyCommit(this.deps.dataDir, inspection.staging, plan, this.deps.applyHooks);
  }

  /** The import added a backup: keep the usual number. A failure only leaves one too many. */
  private async pruneBackups(): Promise<void> {
    const backups = new RollingBackups(this.deps.dataDir);
    const stale = backupsBeyond(await backups.list().catch(() => []));
    await Promise.all(stale.map((backup) => rm(backup.path, { force: true }).catch(() => null)));
  }

  private async localState(): Promise<LocalState> {
    const { workspace } = this.deps;
    const store = workspace.active();
    const reflectionStore = workspace.activeReflections();
    const portfolio = store.get();
    const reflectionsVersion = reflectionStore.version;
    const artifactFiles = (await workspace.activeArtifacts().content.list()).length;
    return {
      portfolio,
      reflectionsVersion,
      unstarted: isUnstartedPortfolio(portfolio, {
        reflections: reflectionStore.all().length,
        artifactFiles,
      }),
    };
  }

  /**
   * Every own reflection in full, tombstones too: only a merge compares bodies, so only a merge
   * reads them (thousands of files; a reviewed or adopted bundle needs none of them).
   */
  private localReflections(): Promise<Reflection[]> {
    const reflectionStore = this.deps.workspace.activeReflections();
    return mapLimited(reflectionStore.all(), READ_LIMIT, (r) =>
      reflectionStore.read(r.id, { includeDeleted: true }),
    );
  }

  private async decide(inspection: Inspection, as?: ImportAs): Promise<Decision> {
    const { manifest, data } = inspection;
    // The id names the copy's folder under reviewed/, here or on a mentor's computer.
    if (!isSafePortfolioId(manifest.portfolioId)) {
      throw new BundleError(
        'invalid-data',
        'The bundle names its portfolio in a way this app never does, so nothing was imported: ask for a new export.',
      );
    }
    const local = await this.localState();
    const reviewedBefore = await this.reviewed.read(manifest.portfolioId);
    const kind = decideImportKind(
      {
        bundlePortfolioId: manifest.portfolioId,
        ownPortfolioId: local.portfolio.portfolioId,
        ownUnstarted: local.unstarted,
        reviewedCopy: reviewedBefore !== null,
      },
      as,
    );
    const canAdoptInstead = manifest.portfolioId !== local.portfolio.portfolioId && local.unstarted;
    const base = { kind, canAdoptInstead, local, reviewedBefore, olderThanCurrent: false };
    if (kind === 'merge' || kind === 'adopt') {
      const deviceId = await readDeviceId(this.deps.dataDir);
      const incoming = deviceId === null ? data : localizeBundleData(data, deviceId);
      if (kind === 'adopt') {
        const { portfolio, reflections } = incoming;
        return {
          ...base,
          changes: replacementChanges(null, incoming),
          nothingToChange: false,
          own: { portfolio, reflections, conflicts: [], reviews: incoming.reviews },
        };
      }
      const reviews = await reviewsToTake(this.deps.dataDir, manifest.portfolioId, data.reviews);
      const merged = mergePortfolios({
        local: { portfolio: local.portfolio, reflections: await this.localReflections() },
        incoming: { portfolio: incoming.portfolio, reflections: incoming.reflections },
        conflicts: await readConflicts(this.deps.dataDir),
        now: this.deps.clock.now(),
        newId: this.deps.newId,
      });
      return {
        ...base,
        changes: merged.changes,
        nothingToChange: !merged.changed && reviews.length === 0,
        own: {
          portfolio: merged.portfolio,
          reflections: merged.reflections,
          conflicts: merged.conflicts,
          reviews,
        },
      };
    }
    const sameBundle = reviewedBefore?.review.manifestSha256 === manifestDigest(manifest);
    return {
      ...base,
      changes: sameBundle ? NO_CHANGES : replacementChanges(reviewedBefore?.data ?? null, data),
      nothingToChange: sameBundle,
      olderThanCurrent:
        reviewedBefore !== null &&
        Date.parse(manifest.exportedAt) < Date.parse(reviewedBefore.review.origin.exportedAt),
      own: null,
    };
  }

  /** The summary for `as` (or no choice), with each choice's outcome where there is a choice. */
  private async summarise(inspection: Inspection, as?: ImportAs): Promise<ImportSummary> {
    const decision = await this.decide(inspection, as);
    const outcome = (d: Decision) => this.outcome(inspection, d);
    return {
      inspectionId: inspection.id,
      fileName: inspection.fileName,
      bundleBytes: inspection.bundleBytes,
      origin: bundleOrigin(inspection.manifest, inspection.data),
      ...(await outcome(decision)),
      canAdoptInstead: decision.canAdoptInstead,
      choices: decision.canAdoptInstead
        ? {
            mine: await outcome(await this.decide(inspection, 'mine')),
            review: await outcome(await this.decide(inspection, 'review')),
          }
        : null,
    };
  }

  private async outcome(inspection: Inspection, decision: Decision): Promise<ImportOutcome> {
    const { manifest } = inspection;
    const artifactFiles = manifest.files.filter((file) => file.path.startsWith(ARTIFACTS_DIR));
    const held = await HeldArtifacts.find(this.deps.dataDir);
    const reviewFolder = decision.kind.startsWith('review')
      ? this.reviewed.folder(manifest.portfolioId)
      : null;
    const isNew = async (sha256: string) =>
      reviewFolder === null
        ? !(await held.own.has(sha256))
        : (await stat(safeRelativePath(reviewFolder, `artifacts/${sha256}`)).catch(() => null)) ===
          null;
    const fresh = [];
    for (const file of artifactFiles) {
      if (await isNew(file.sha256)) fresh.push(file);
    }
    return {
      kind: decision.kind,
      changes: decision.changes,
      artifacts: {
        count: artifactFiles.length,
        newCount: fresh.length,
        newBytes: fresh.reduce((sum, file) => sum + file.size, 0),
      },
      olderThanCurrent: decision.olderThanCurrent,
      nothingToChange: decision.nothingToChange,
    };
  }
}
