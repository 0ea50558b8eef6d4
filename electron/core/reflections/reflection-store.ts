import { join } from 'node:path';
import {
  reflectionSchema,
  reflectionSummarySchema,
  type Reflection,
  type ReflectionSummary,
} from '@shared/domain/reflection';
import type { Clock } from '../platform';
import { withFittedIds } from '../store/legacy-ids';
import type { AtomicWriteFs } from '../store/atomic-write';
import {
  openRecordFolderStore,
  type OpenedRecordFolder,
  type RecordFolderOptions,
  type RecordFolderStore,
} from '../store/record-folder-store';
import { toReflectionSummary } from './reflection-summary';

/** Reflections in memory are summaries (no body); a body is read when a reflection is opened. */
export type ReflectionStore = RecordFolderStore<Reflection, ReflectionSummary>;

/** `<dataDir>/reflections/<id>.json`, beside portfolio.json. */
export const REFLECTIONS_FOLDER = 'reflections';
export const REFLECTION_FILE_FORMAT = 'cto-reflection';
export const REFLECTION_SCHEMA_VERSION = 1;
/** Raise it whenever toReflectionSummary changes what it keeps (e.g. the excerpt's length). */
export const REFLECTION_SUMMARY_VERSION = 1;

const RICH_TEXT: ReadonlySet<string> = new Set(['content']);

/** How reflections are stored; `fs` is for tests that make a write fail. */
export function reflectionFolderOptions(
  dataDir: string,
  clock: Clock,
  fs?: AtomicWriteFs,
): RecordFolderOptions<Reflection, ReflectionSummary> {
  return {
    dir: join(dataDir, REFLECTIONS_FOLDER),
    format: REFLECTION_FILE_FORMAT,
    schemaVersion: REFLECTION_SCHEMA_VERSION,
    schema: reflectionSchema,
    recordName: 'reflection',
    // Its links are ids too; the rich text's node attributes are not.
    fitIds: (record) => withFittedIds(record, RICH_TEXT),
    clock,
    summary: {
      of: toReflectionSummary,
      schema: reflectionSummarySchema,
      version: REFLECTION_SUMMARY_VERSION,
    },
    ...(fs ? { fs } : {}),
  };
}

/** `readOnly`: the portfolio store beside it is open to read only (see RecordFolderOptions). */
export function openReflectionStore(
  dataDir: string,
  clock: Clock,
  { readOnly = false }: { readOnly?: boolean } = {},
): Promise<OpenedRecordFolder<Reflection, ReflectionSummary>> {
  return openRecordFolderStore({ ...reflectionFolderOptions(dataDir, clock), readOnly });
}
