import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../../core';

export const MAX_RECENT = 10;

const recentSchema = z.object({ files: z.array(z.string().min(1).max(4096)).max(100) });

/** The list with `path` first, each file once, at most MAX_RECENT. */
export function withRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

/** The saved list, or none when the file is missing or damaged (it is replaced on the next add). */
export function parseRecent(text: string | null): string[] {
  if (text === null) return [];
  try {
    const parsed = recentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.files.slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/**
 * Bundles and review files opened lately (File → Open Recent), kept in a small JSON file in the
 * app's own folder. Reading never writes: a file since moved or deleted is only left out of the
 * list shown, and the file is rewritten only when a file is opened or the list cleared.
 */
export class RecentFiles {
  constructor(
    private readonly file: string,
    private readonly exists: (path: string) => boolean = existsSync,
  ) {}

  private saved(): string[] {
    try {
      return parseRecent(readFileSync(this.file, 'utf8'));
    } catch {
      return [];
    }
  }

  list(): string[] {
    return this.saved().filter((path) => this.exists(path));
  }

  async add(path: string): Promise<string[]> {
    const files = withRecent(this.saved(), path);
    await writeFileAtomic(this.file, `${JSON.stringify({ files }, null, 2)}\n`);
    return files.filter((p) => this.exists(p));
  }

  async clear(): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify({ files: [] }, null, 2)}\n`);
  }
}
