import type { ExportedBundleInfo, JobProgress, JobStatus } from '@shared/jobs/job-status';
import type { ImportSummary } from '@shared/bundle/import-summary';
import { toErrorPayload, UserError } from '../errors';
import type { IdGenerator } from '../platform';

export type JobKind = JobStatus['kind'];

/** What a finished job hands back: one of the two results the contract knows. */
export type JobOutcome =
  | { exported: ExportedBundleInfo; importSummary?: never }
  | { importSummary: ImportSummary; exported?: never };

/** The work of a job: it must stop (reject) soon after `signal` aborts. */
export type JobWork = (
  signal: AbortSignal,
  report: (progress: JobProgress) => void,
  jobId: string,
) => Promise<JobOutcome>;

interface Job {
  status: JobStatus;
  controller: AbortController;
  settled: Promise<void>;
}

const NO_PROGRESS: JobProgress = { bytesDone: 0, bytesTotal: 0, itemsDone: 0, itemsTotal: 0 };

/** Finished jobs kept for their status; a page that polls late still gets its answer. */
const KEPT_FINISHED = 20;

function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof Error && error.name === 'AbortError');
}

/**
 * Long work of the core (writing or inspecting a bundle) as jobs the renderer polls: start answers
 * an id at once, `status` tells progress and outcome, `cancel` aborts. Errors for people become
 * the job's one-sentence `error`; a bug is logged and told as a generic sentence.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly newId: IdGenerator) {}

  start(kind: JobKind, work: JobWork, onCancelled?: () => void): string {
    const jobId = this.newId();
    const controller = new AbortController();
    const status: JobStatus = {
      jobId,
      kind,
      state: 'running',
      progress: NO_PROGRESS,
      error: null,
      exported: null,
      importSummary: null,
    };
    const job: Job = { status, controller, settled: Promise.resolve() };
    this.jobs.set(jobId, job);
    const report = (progress: JobProgress) => {
      if (job.status.state === 'running') job.status = { ...job.status, progress };
    };
    // Started on the next turn, so the caller has the id before any work (or failure) happens.
    job.settled = Promise.resolve()
      .then(() => work(controller.signal, report, jobId))
      .then(
        (outcome) => {
          job.status = {
            ...job.status,
            state: 'done',
            exported: outcome.exported ?? null,
            importSummary: outcome.importSummary ?? null,
          };
        },
        (error: unknown) => {
          if (isAbort(error, controller.signal)) {
            job.status = { ...job.status, state: 'cancelled' };
            onCancelled?.();
            return;
          }
          if (!(error instanceof UserError)) {
            console.error(`[core] ${kind} job failed:`, error);
          }
          job.status = { ...job.status, state: 'failed', error: toErrorPayload(error).message };
        },
      );
    void job.settled.then(() => this.forgetOldFinished());
    return jobId;
  }

  status(jobId: string): JobStatus {
    return this.job(jobId).status;
  }

  /** Ask a running job to stop; answers once it has stopped. A finished job stays as it was. */
  async cancel(jobId: string): Promise<JobStatus> {
    const job = this.job(jobId);
    if (job.status.state === 'running') job.controller.abort();
    await job.settled;
    return job.status;
  }

  /** Stop every running job and wait for them (the core is closing). */
  async close(): Promise<void> {
    const running = [...this.jobs.values()];
    for (const job of running) job.controller.abort();
    await Promise.all(running.map((job) => job.settled));
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) {
      throw new UserError(
        'not-found',
        'That export or import is no longer known to the app; start it again.',
      );
    }
    return job;
  }

  private forgetOldFinished(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) {
      this.jobs.delete(id);
    }
  }
}
