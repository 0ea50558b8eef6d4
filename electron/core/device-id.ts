import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { userErrorFromFs } from './errors';
import type { IdGenerator } from './platform';
import { writeFileAtomic } from './store/atomic-write';
import { toJsonText } from './store/json-file-adapter';

/**
 * `<data>/device.json`: this data folder's device id, the name its edits carry in version vectors
 * once they leave this computer (locally they are '.'; see shared/sync). Local only: never in a
 * bundle, never in a backup, so a copied data folder that is given a new one stays distinct.
 */
export const DEVICE_FILE = 'device.json';
export const DEVICE_FILE_FORMAT = 'cto-portfolio-device';

const deviceFileSchema = z.object({
  format: z.literal(DEVICE_FILE_FORMAT),
  formatVersion: z.literal(1),
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
});

/** This data folder's device id; null before the first export made one. */
export function readDeviceId(dataDir: string): Promise<string | null> {
  return readDeviceFile(join(dataDir, DEVICE_FILE));
}

async function readDeviceFile(path: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw userErrorFromFs(error, 'read the device file', path) ?? error;
  }
  try {
    const parsed = deviceFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.deviceId : null;
  } catch {
    // Damaged: a new id only means this folder's next edits count as another computer's.
    return null;
  }
}

/** This data folder's device id, created (atomically) on first use. Call it holding the lock. */
export async function readOrCreateDeviceId(dataDir: string, newId: IdGenerator): Promise<string> {
  const path = join(dataDir, DEVICE_FILE);
  const existing = await readDeviceFile(path);
  if (existing !== null) return existing;
  const deviceId = newId();
  const file = { format: DEVICE_FILE_FORMAT, formatVersion: 1 as const, deviceId };
  deviceFileSchema.parse(file);
  try {
    await writeFileAtomic(path, toJsonText(file));
  } catch (error) {
    throw userErrorFromFs(error, 'write the device file', path) ?? error;
  }
  return deviceId;
}
