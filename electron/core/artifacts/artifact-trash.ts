import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sha256Schema } from '@shared/domain/artifact';
import { folderNames } from '../store/folder-names';
import type { ContentStore } from './content-store';
import { SHA256_NAME, safeChildPath } from '../safe-name';

/** `<data>/trash/<YYYY-MM-DD>/artifacts/<sha256>`: stored files no record or kept copy named. */
export const TRASH_FOLDER = 'trash';
const TRASHED_ARTIFACTS = 'artifacts';
/** How long a file stays in the trash before it is really deleted. */
export const TRASH_KEPT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

const dayOf = (moment: Date) => moment.toISOString().slice(0, 10);

/**
 * Where unreferenced artifact files go instead of being deleted: a folder per day, emptied only
 * once it is older than TRASH_KEPT_DAYS, so a clean-up that misjudged (a record restored later
 * by hand or from an old backup) can always be undone in that time, by the next clean-up itself.
 */
export class ArtifactTrash {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, TRASH_FOLDER);
  }

  /** Move a stored file into today's trash folder (a rename: same disk, nothing copied). */
  async putAway(content: ContentStore, sha256: string, now: Date): Promise<void> {
    const folder = join(this.root, dayOf(now), TRASHED_ARTIFACTS);
    await mkdir(folder, { recursive: true });
    await rename(content.pathOf(sha256), safeChildPath(folder, sha256, SHA256_NAME));
  }

  /** Files in the trash, by hash, with where each one lies (the newest day wins). */
  async list(): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const day of (await this.days()).sort()) {
      const folder = join(this.root, day, TRASHED_ARTIFACTS);
      for (const name of await folderNames(folder)) {
        if (sha256Schema.safeParse(name).success) found.set(name, join(folder, name));
      }
    }
    return found;
  }

  /** Put a trashed file back into the store, because something names it again. */
  async bringBack(content: ContentStore, sha256: string, from: string): Promise<void> {
    const target = content.pathOf(sha256);
    await mkdir(dirname(target), { recursive: true });
    await rename(from, target);
  }

  /** Delete the day folders older than TRASH_KEPT_DAYS; anything else in the trash stays. */
  async emptyOlderThanKept(now: Date): Promise<void> {
    const oldestKept = dayOf(new Date(now.getTime() - TRASH_KEPT_DAYS * DAY_MS));
    for (const day of await this.days()) {
      if (day < oldestKept) await rm(join(this.root, day), { recursive: true, force: true });
    }
  }

  private async days(): Promise<string[]> {
    return (await folderNames(this.root)).filter((name) => DAY_FOLDER.test(name));
  }
}
