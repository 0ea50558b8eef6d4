import { z } from 'zod';
import { artifactFieldsSchema, artifactSchema } from '../domain/artifact';
import { assignmentFieldsSchema, assignmentSchema } from '../domain/assignment';
import { isoDateSchema } from '../domain/dates';
import { logEntryFieldsSchema, logEntrySchema } from '../domain/log-entry';
import { portfolioSchema } from '../domain/portfolio';
import { recordIdSchema } from '../domain/record';
import { profileFieldsSchema, profileSchema } from '../domain/profile';
import {
  reflectionFieldsSchema,
  reflectionSchema,
  reflectionSummarySchema,
} from '../domain/reflection';
import { attendanceSchema, sessionNumberSchema, sessionSchema } from '../domain/session';
import { longTextSchema, shortTextSchema } from '../domain/text';
import { searchInputSchema, searchResultsSchema } from '../search/search-result';
import { importAsSchema, importResultSchema, importSourceSchema } from '../bundle/import-summary';
import { reviewedPortfolioSchema } from '../bundle/reviewed-portfolio';
import { jobIdSchema, jobStartedSchema, jobStatusSchema } from '../jobs/job-status';
import { conflictChoiceSchema, conflictViewSchema } from '../sync/conflict';
import { identityChannels } from './identity-channels';
import { reviewLayerChannels } from './review-layer-channels';
import { candidatesChannels } from './candidates-channels';
import { exportedFileSchema } from './exported-file';
import { exportFormatSchema } from '../exports/export-formats';
import { candidateViewChannels } from './candidate-view-channels';
import { reviewFileChannels } from './review-file-channels';

/**
 * The one contract between the renderer and the core: channel -> input schema, output schema.
 * The Electron preload, the IPC registration, the browser host and the renderer's api client are
 * all built from this map, so the renderer cannot tell which host it runs in. Channel names are
 * `<domain>-<verb>`. Inputs are strict objects: unknown keys are refused, not ignored.
 */
const noInput = z.strictObject({});
const byId = z.strictObject({ id: recordIdSchema });

/** An edit of one record: its id plus any of its fields, nothing else. */
function updateInputOf<Shape extends z.ZodRawShape>(fields: z.ZodObject<Shape>) {
  return fields.partial().extend({ id: recordIdSchema }).strict();
}

export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  /** Which portfolio is open: the user's own, or the sample to try the app with. */
  workspace: z.enum(['own', 'sample']),
  /** One sentence to show once, e.g. that a damaged data file was restored from a backup. */
  notice: z.string().nullable(),
  /** The data folder cannot be written: it is shown, and every change is refused. */
  readOnly: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

// In its own file so that channel group files can use it without importing this one.
export { exportedFileSchema, type ExportedFile } from './exported-file';

export const welcomeInputSchema = z.strictObject({
  profile: profileFieldsSchema,
  sessionDates: z
    .array(z.strictObject({ number: sessionNumberSchema, date: isoDateSchema }))
    .max(10),
});
export type WelcomeInput = z.infer<typeof welcomeInputSchema>;

export const sessionUpdateInputSchema = z.strictObject({
  id: recordIdSchema,
  date: isoDateSchema.nullable().optional(),
  place: shortTextSchema.optional(),
  attendance: attendanceSchema.optional(),
  notes: longTextSchema.optional(),
});
export type SessionUpdateInput = z.infer<typeof sessionUpdateInputSchema>;

export const sessionFeedbackInputSchema = z.strictObject({
  id: recordIdSchema,
  rating: z.number().int().min(1, { error: 'Choose a rating from 1 to 5.' }).max(5).nullable(),
  comments: longTextSchema,
});

export const assignmentUpdateInputSchema = updateInputOf(assignmentFieldsSchema);
export type AssignmentUpdateInput = z.infer<typeof assignmentUpdateInputSchema>;

export const logUpdateInputSchema = updateInputOf(logEntryFieldsSchema);

export const reflectionCreateInputSchema = reflectionFieldsSchema.partial().strict();
export const reflectionUpdateInputSchema = updateInputOf(reflectionFieldsSchema);
export type ReflectionUpdateInput = z.infer<typeof reflectionUpdateInputSchema>;

export const artifactUpdateInputSchema = updateInputOf(artifactFieldsSchema);

/**
 * Files to add as artifacts, by path. Only the Electron preload sends this (paths of files the
 * user dropped or chose in the system dialog); the browser host refuses it and takes uploads as
 * a stream instead, so a page can never name a file on disk.
 */
export const artifactAddPathsInputSchema = z.strictObject({
  paths: z.array(z.string().min(1).max(4096)).min(1).max(100),
  title: shortTextSchema.optional(),
  sessionNumbers: z.array(sessionNumberSchema).max(10).optional(),
});

export const bundleCountsSchema = z.object({
  sessions: z.number().int().min(0),
  assignments: z.number().int().min(0),
  reflections: z.number().int().min(0),
  artifacts: z.number().int().min(0),
  logEntries: z.number().int().min(0),
});

/** What an export would hold, shown before it starts. */
export const bundleExportPreviewSchema = z.object({
  counts: bundleCountsSchema,
  /** Live private items left out (zero when they are included). */
  privateLeftOut: z.object({
    reflections: z.number().int().min(0),
    artifacts: z.number().int().min(0),
  }),
  /** Uncompressed bytes of the data and artifact files. */
  totalBytes: z.number().int().min(0),
  /** The file name the export suggests, e.g. "Jordan Lee portfolio 2026-11-28.ctoportfolio". */
  fileName: z.string(),
});
export type BundleExportPreview = z.infer<typeof bundleExportPreviewSchema>;

/** Which form of the portfolio: a bundle unless another format is asked for. */
const exportFormatInput = exportFormatSchema.default('bundle');

const includePrivateInput = z.strictObject({ includePrivate: z.boolean() });

/**
 * Electron: `destination` is a path the main process's save dialog returned (the IPC layer
 * refuses any other). Browser host: no destination; the bundle is written inside the data folder
 * and downloaded from `exported.downloadPath`.
 */
export const bundleExportStartInputSchema = z.strictObject({
  includePrivate: z.boolean(),
  format: exportFormatInput,
  destination: z.string().min(1).max(4096).optional(),
});

export const inspectionIdInput = z.strictObject({ inspectionId: recordIdSchema });

export const contract = {
  'app-info': { input: noInput, output: appInfoSchema },
  'portfolio-get': { input: noInput, output: portfolioSchema },
  'welcome-complete': { input: welcomeInputSchema, output: profileSchema },
  'welcome-skip': { input: noInput, output: profileSchema },
  'profile-update': { input: profileFieldsSchema.partial().strict(), output: profileSchema },
  'session-update': { input: sessionUpdateInputSchema, output: sessionSchema },
  'session-feedback-set': { input: sessionFeedbackInputSchema, output: sessionSchema },
  'assignment-create': { input: assignmentFieldsSchema.strict(), output: assignmentSchema },
  'assignment-update': { input: assignmentUpdateInputSchema, output: assignmentSchema },
  'assignment-delete': { input: byId, output: assignmentSchema },
  'assignment-restore': { input: byId, output: assignmentSchema },
  'log-create': { input: logEntryFieldsSchema.strict(), output: logEntrySchema },
  'log-update': { input: logUpdateInputSchema, output: logEntrySchema },
  'log-delete': { input: byId, output: logEntrySchema },
  'log-restore': { input: byId, output: logEntrySchema },
  'calendar-export': { input: noInput, output: exportedFileSchema },
  'csv-export': { input: noInput, output: exportedFileSchema },
  'sample-open': { input: noInput, output: appInfoSchema },
  'sample-close': { input: noInput, output: appInfoSchema },
  'reflection-list': { input: noInput, output: z.array(reflectionSummarySchema) },
  'reflection-get': { input: byId, output: reflectionSchema },
  'reflection-create': { input: reflectionCreateInputSchema, output: reflectionSchema },
  'reflection-update': { input: reflectionUpdateInputSchema, output: reflectionSummarySchema },
  'reflection-delete': { input: byId, output: reflectionSummarySchema },
  'reflection-restore': { input: byId, output: reflectionSummarySchema },
  'artifact-add-paths': { input: artifactAddPathsInputSchema, output: z.array(artifactSchema) },
  'artifact-update': { input: artifactUpdateInputSchema, output: artifactSchema },
  'artifact-delete': { input: byId, output: artifactSchema },
  'artifact-restore': { input: byId, output: artifactSchema },
  'search-query': { input: searchInputSchema, output: searchResultsSchema },
  'bundle-export-preview': { input: includePrivateInput, output: bundleExportPreviewSchema },
  'bundle-export-start': { input: bundleExportStartInputSchema, output: jobStartedSchema },
  'bundle-import-inspect': {
    input: z.strictObject({ source: importSourceSchema }),
    output: jobStartedSchema,
  },
  'bundle-import-commit': {
    input: inspectionIdInput.extend({ as: importAsSchema.optional() }).strict(),
    output: importResultSchema,
  },
  'bundle-import-discard': { input: inspectionIdInput, output: z.object({}) },
  'job-status': { input: z.strictObject({ jobId: jobIdSchema }), output: jobStatusSchema },
  'job-cancel': { input: z.strictObject({ jobId: jobIdSchema }), output: jobStatusSchema },
  'conflict-list': { input: noInput, output: z.array(conflictViewSchema) },
  'conflict-resolve': {
    input: z.strictObject({ id: recordIdSchema, keep: conflictChoiceSchema }),
    output: z.array(conflictViewSchema),
  },
  'reviewed-list': { input: noInput, output: z.array(reviewedPortfolioSchema) },
  'reviewed-remove': {
    input: z.strictObject({ portfolioId: recordIdSchema }),
    output: z.array(reviewedPortfolioSchema),
  },
  ...identityChannels,
  ...reviewLayerChannels,
  ...candidatesChannels,
  ...candidateViewChannels,
  ...reviewFileChannels,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>;
export type ChannelOutput<K extends Channel> = z.infer<Contract[K]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** The core's side of the contract: one handler per channel, each given already-validated input. */
export type Handlers = {
  [K in Channel]: (input: z.infer<Contract[K]['input']>) => Promise<ChannelOutput<K>>;
};

/** The renderer's side: a typed call that takes the input as the user could write it. */
export type Invoke = <K extends Channel>(
  channel: K,
  input: ChannelInput<K>,
) => Promise<ChannelOutput<K>>;
