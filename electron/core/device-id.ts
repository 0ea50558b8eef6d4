import { readFile, realpath } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { userErrorFromFs } from './errors';
import type { IdGenerator } from './platform';
import { writeFileAtomic } from './store/atomic-write';
import { toJsonText } from './store/json-file-adapter';

/**
 * `<data>/device.json`: this data folder's device id, the name its edits carry in version vectors
 * once they leave this computer (locally they are '.'; see shared/sync). Local only: never in a
 * bundle, never in a backup. The id is bound to this computer and folder: a data folder copied
 * whole to another place gets an id of its own at its first export, since two copies counting
 * under one id could make one copy's edits look older than the other's and be overwritten.
 * (Moving a folder also gives it a new id; the cost is a conflict to resolve, never a loss.)
 */
export const DEVICE_FILE = 'device.json';
export const DEVICE_FILE_FORMAT = 'cto-portfolio-device';

const deviceFileSchema = z.object({
  format: z.literal(DEVICE_FILE_FORMAT),
  formatVersion: z.literal(1),
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  boundTo: z.object({ host: z.string(), dir: z.string() }),
});

/** Where this data folder is: the computer's name and the folder's real path. */
async function placeOf(dataDir: string): Promise<{ host: string; dir: string }> {
  return { host: hostname(), dir: await realpath(dataDir).catch(() => dataDir) };
}

/** This data folder's device id; null before the first export made one. */
export async function readDeviceId(dataDir: string): Promise<string | null> {
  return readDeviceFile(join(dataDir, DEVICE_FILE), await placeOf(dataDir));
}

async function readDeviceFile(
  path: string,
  place: { host: string; dir: string },
): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw userErrorFromFs(error, 'read the device file', path) ?? error;
  }
  try {
    const parsed = deviceFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { boundTo } = parsed.data;
    // A copy of another folder's file: not this folder's id.
    return boundTo.host === place.host && boundTo.dir === place.dir ? parsed.data.deviceId : null;
  } catch {
    // Damaged: a new id only means this folder's next edits count as another computer's.
    return null;
  }
}

/** This data folder's device id, created (atomically) on first use. Call it holding the lock. */
export async function readOrCreateDeviceId(dataDir: string, newId: IdGenerator): Promise<string> {
  const path = join(dataDir, DEVICE_FILE);
  const place = await placeOf(dataDir);
  const existing = await readDeviceFile(path, place);
  if (existing !== null) return existing;
  const deviceId = newId();
  const file = { format: DEVICE_FILE_FORMAT, formatVersion: 1 as const, deviceId, boundTo: place };
  deviceFileSchema.parse(file);
  try {
    await writeFileAtomic(path, toJsonText(file));
  } catch (error) {
    throw userErrorFromFs(error, 'write the device file', path) ?? error;
  }
  return deviceId;
}
