import { z } from 'zod';
import { importSummarySchema } from '../bundle/import-summary';
import { recordIdSchema } from '../domain/record';

/**
 * Long work (writing a bundle, reading and checking one before an import) runs as a job in the
 * core: a channel starts it and answers its id at once, the renderer asks `job-status` a few times
 * a second for progress, and `job-cancel` stops it. Polling works the same over Electron IPC and
 * the browser host, and a job never holds a request open.
 */
/** Job ids are made like record ids and follow the same rule. */
export const jobIdSchema = recordIdSchema;

export const JOB_KINDS = ['bundle-export', 'bundle-import-inspect'] as const;
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

export const jobProgressSchema = z.object({
  bytesDone: z.number().min(0),
  bytesTotal: z.number().min(0),
  itemsDone: z.number().int().min(0),
  itemsTotal: z.number().int().min(0),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const exportedBundleSchema = z.object({
  fileName: z.string(),
  /** Size of the written .ctoportfolio file. */
  bytes: z.number().int().min(0),
  entries: z.number().int().min(0),
  /** Electron: where the file was saved. */
  savedTo: z.string().nullable(),
  /** Browser host: the path to download it from (the page adds its token). */
  downloadPath: z.string().nullable(),
});
export type ExportedBundleInfo = z.infer<typeof exportedBundleSchema>;

export const jobStatusSchema = z.object({
  jobId: jobIdSchema,
  kind: z.enum(JOB_KINDS),
  state: z.enum(JOB_STATES),
  progress: jobProgressSchema,
  /** One sentence for people when the job failed. */
  error: z.string().nullable(),
  /** Set when a bundle-export job is done. */
  exported: exportedBundleSchema.nullable(),
  /** Set when a bundle-import-inspect job is done: what an import would change. */
  importSummary: importSummarySchema.nullable(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobStartedSchema = z.object({ jobId: jobIdSchema });
