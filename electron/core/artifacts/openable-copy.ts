import { constants } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { SHA256_NAME, safeChildPath } from '../safe-name';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name safe to create on any system, from a recorded name (which is data, perhaps from
 * an imported bundle): no folders, no characters Windows refuses, no leading dot, not empty.
 */
export function safeFileName(fileName: string): string {
  const cleaned = fileName
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  if (cleaned === '') return 'artifact';
  return WINDOWS_RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}

/**
 * A copy of a stored file under its original name, for the system's own app ("Open with") and
 * file manager ("Show in folder"): the stored file has no extension, so the system could not tell
 * its type, and handing out the stored file itself would let an editor change the store.
 * `<folder>/<sha256>/<name>`; made once, reused while it is there.
 */
export async function openableCopy(
  storedPath: string,
  sha256: string,
  fileName: string,
  folder: string,
): Promise<string> {
  const dir = safeChildPath(folder, sha256, SHA256_NAME);
  const target = safeChildPath(dir, safeFileName(fileName));
  const [stored, existing] = await Promise.all([stat(storedPath), stat(target).catch(() => null)]);
  if (existing?.isFile() && existing.size === stored.size) return target;
  await mkdir(dir, { recursive: true });
  const temp = `${target}.${process.pid}.partial`;
  try {
    // A copy-on-write clone where the file system offers one: instant, and no extra space.
    await copyFile(storedPath, temp, constants.COPYFILE_FICLONE);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
  return target;
}
