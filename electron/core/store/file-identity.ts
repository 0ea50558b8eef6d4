import type { Stats } from 'node:fs';
import { z } from 'zod';

/**
 * What `stat` says about a file, enough to tell that its bytes changed without reading them: a
 * save by this app replaces the file (new inode), an editor's save changes the size or the
 * modification time, and the change time moves on every write, even when a tool puts the old
 * modification time back.
 */
export const fileIdentitySchema = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  ctimeMs: z.number(),
  ino: z.number(),
});
export type FileIdentity = z.infer<typeof fileIdentitySchema>;

export function identityOf(stats: Stats): FileIdentity {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}
