import type { Handlers } from '@shared/contract/contract';
import type {
  ImportAs,
  ImportResult,
  ImportSource,
  ImportSummary,
} from '@shared/bundle/import-summary';
import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import type { JobProgress } from '@shared/jobs/job-status';
import type { ConflictChoice, ConflictView } from '@shared/sync/conflict';
import type { BundleExports } from '../bundle/export/bundle-exports';
import type { BundleUpload, BundleUploads } from '../bundle/import/bundle-uploads';
import type { JobRegistry } from '../jobs/job-registry';

/** What these handlers need of the importer (electron/core/bundle/import). */
export interface ImportService {
  inspect(
    bundlePath: string,
    options: { fileName?: string; signal?: AbortSignal; onProgress?: (p: JobProgress) => void },
  ): Promise<ImportSummary>;
  commit(inspectionId: string, as?: ImportAs): Promise<ImportResult>;
  discard(inspectionId: string): Promise<void>;
}

export interface ConflictService {
  list(): ConflictView[] | Promise<ConflictView[]>;
  resolve(id: string, keep: ConflictChoice): Promise<ConflictView[]>;
}

export interface ReviewedService {
  list(): Promise<ReviewedPortfolio[]>;
  remove(portfolioId: string): Promise<ReviewedPortfolio[]>;
}

export interface BundleServices {
  jobs: JobRegistry;
  exports: BundleExports;
  uploads: BundleUploads;
  importer: ImportService;
  conflicts: ConflictService;
  reviewed: ReviewedService;
}

type BundleChannels =
  | 'bundle-export-preview'
  | 'bundle-export-start'
  | 'bundle-import-inspect'
  | 'bundle-import-commit'
  | 'bundle-import-discard'
  | 'job-status'
  | 'job-cancel'
  | 'conflict-list'
  | 'conflict-resolve'
  | 'reviewed-list'
  | 'reviewed-remove';

/** The file (path and shown name) an inspection reads, and what to do once it is done with it. */
function bundleFile(
  source: ImportSource,
  uploads: BundleUploads,
): { path: string; fileName?: string; upload: BundleUpload | null } {
  if (source.kind === 'path') return { path: source.path, upload: null };
  const upload = uploads.take(source.uploadId);
  return { path: upload.path, fileName: upload.fileName, upload };
}

/**
 * Bundles: export preview and jobs, the checked import (inspect as a job, then commit or
 * discard), conflicts left by merges, and the reviewed portfolios. Long work runs as jobs the
 * renderer polls (job-status) and may cancel (job-cancel).
 */
export function bundleHandlers(services: BundleServices): Pick<Handlers, BundleChannels> {
  const { jobs, exports, uploads, importer, conflicts, reviewed } = services;
  return {
    'bundle-export-preview': ({ includePrivate }) => exports.preview(includePrivate),
    'bundle-export-start': async (input) => ({
      jobId: exports.start({
        format: input.format,
        includePrivate: input.includePrivate,
        ...(input.destination === undefined ? {} : { destination: input.destination }),
      }),
    }),
    'bundle-import-inspect': async ({ source }) => {
      const file = bundleFile(source, uploads);
      const jobId = jobs.start('bundle-import-inspect', async (signal, onProgress) => {
        try {
          const importSummary = await importer.inspect(file.path, {
            ...(file.fileName === undefined ? {} : { fileName: file.fileName }),
            signal,
            onProgress,
          });
          return { importSummary };
        } finally {
          if (file.upload) await uploads.release(file.upload);
        }
      });
      return { jobId };
    },
    'bundle-import-commit': ({ inspectionId, as }) => importer.commit(inspectionId, as),
    'bundle-import-discard': async ({ inspectionId }) => {
      await importer.discard(inspectionId);
      return {};
    },
    'job-status': async ({ jobId }) => jobs.status(jobId),
    'job-cancel': ({ jobId }) => jobs.cancel(jobId),
    'conflict-list': async () => conflicts.list(),
    'conflict-resolve': ({ id, keep }) => conflicts.resolve(id, keep),
    'reviewed-list': () => reviewed.list(),
    'reviewed-remove': ({ portfolioId }) => reviewed.remove(portfolioId),
  };
}
