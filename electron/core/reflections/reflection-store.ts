import { join } from 'node:path';
import { reflectionSchema, type Reflection } from '@shared/domain/reflection';
import type { Clock } from '../platform';
import {
  openRecordFolderStore,
  type OpenedRecordFolder,
  type RecordFolderStore,
} from '../store/record-folder-store';

export type ReflectionStore = RecordFolderStore<Reflection>;

/** `<dataDir>/reflections/<id>.json`, beside portfolio.json. */
export const REFLECTIONS_FOLDER = 'reflections';
export const REFLECTION_FILE_FORMAT = 'cto-reflection';
export const REFLECTION_SCHEMA_VERSION = 1;

export function openReflectionStore(
  dataDir: string,
  clock: Clock,
): Promise<OpenedRecordFolder<Reflection>> {
  return openRecordFolderStore({
    dir: join(dataDir, REFLECTIONS_FOLDER),
    format: REFLECTION_FILE_FORMAT,
    schemaVersion: REFLECTION_SCHEMA_VERSION,
    schema: reflectionSchema,
    recordName: 'reflection',
    clock,
  });
}
