/**
 * The core's one public face: what the shells (electron/main, host, cli, launch) may use. They
 * import nothing else from electron/core (eslint.config.js enforces it), so the core can be
 * reorganised freely behind this file. Add to it only what a shell truly needs, and keep the
 * shells thin: a decision worth a test belongs in the core or in a pure function of the shell.
 */

// Opening the core: the one composition root of every shell and of the tests.
export {
  openCore,
  type BundleWork,
  type Core,
  type CoreOptions,
  type ReviewFileWork,
} from './app-core';
export { dispatch } from './dispatch';

// Platform effects the shells pass in, and where the data lives.
export { randomId, systemClock, type Clock, type IdGenerator } from './platform';
export { DATA_DIR_ENV, defaultDataDir } from './data-dir';
export { PORTFOLIO_FILE } from './store/open-portfolio-store';

// Errors: one clear sentence for people, a stable payload for the renderer.
export { UserError, toErrorPayload, userErrorFromFs } from './errors';
export { BundleError } from './bundle/bundle-error';

// Files that travel as streams rather than through the contract (both hosts).
export type { ServeOptions } from './artifacts/artifact-library';
export { contentDisposition, type ArtifactResponse } from './artifacts/serve-artifact';
export type { BundleFileAccess } from './bundle/bundle-file-access';
export { parseReviewedSitePath, reviewedFileResponse } from './reviewed/reviewed-file-response';

// The command line's own work over files it names.
export { verifyBundle } from './bundle/read/verify-bundle';
export { readReviewFile } from './review-file/read/read-review-file';
export { importFileKind } from './review-file/read/import-file-kind';
export type { ExportProgress } from './bundle/export/export-bundle';
export { createSamplePortfolio } from './sample/create-sample-portfolio';
export { createMentorSample } from './sample/mentor/create-mentor-sample';
export { IdentityStore } from './review/identity-store';
export { writeFileAtomic } from './store/atomic-write';
export { bySessionThenDue } from './exports/assignment-order';
export { sessionEventSummary } from './exports/calendar-ics';
export type { PdfPrinter } from './print/pdf-printer';
export { chromiumPdfPrinter } from './print/chromium-pdf-printer';
