import { randomBytes } from 'node:crypto';
import { rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { safeChildPath } from '../../safe-name';

/**
 * `<data>/.staging/<inspectionId>/`: a checked bundle's files waiting for Import or Cancel, and
 * then the final files of the import (see commit-plan.ts). Inside the data folder, so that
 * applying an import is renames on one disk.
 */
export const STAGING_FOLDER = '.staging';

/** Inspection ids name staging folders: hex only, so no id can name another path. */
const INSPECTION_ID = /^[0-9a-f]{24}$/;

export const newInspectionId = (): string => randomBytes(12).toString('hex');
export const isInspectionId = (id: string): boolean => INSPECTION_ID.test(id);

export const stagingRoot = (dataDir: string): string => join(dataDir, STAGING_FOLDER);

export function stagingPath(dataDir: string, inspectionId: string): string {
  if (!isInspectionId(inspectionId)) throw new Error(`Not an inspection id: ${inspectionId}`);
  return safeChildPath(stagingRoot(dataDir), inspectionId, INSPECTION_ID);
}

/** Delete one staging folder, and `.staging` itself once empty, so nothing is left behind. */
export async function removeStaging(dataDir: string, inspectionId: string): Promise<void> {
  await rm(stagingPath(dataDir, inspectionId), { recursive: true, force: true });
  await rmdir(stagingRoot(dataDir)).catch(() => undefined);
}
