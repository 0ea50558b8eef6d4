import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { UserError, userErrorFromFs } from '../errors';
import { makeFolder } from '../make-folder';
import { writeFileAtomic } from '../store/atomic-write';

/** What reading one small JSON document found. */
export type DocumentRead<T> =
  { state: 'missing' } | { state: 'ok'; value: T } | { state: 'damaged' };

/**
 * One small JSON document the app owns (identity, a reviewer's layer, a received review): read
 * and validated whole, written atomically. A damaged file is never written over: the next write
 * first keeps it aside as `<name>.corrupt-<stamp>` (repair never deletes).
 */
export class JsonDocumentFile<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly describe: string,
  ) {}

  async read(): Promise<DocumentRead<T>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      throw userErrorFromFs(error, `read ${this.describe}`, this.path) ?? error;
    }
    try {
      const parsed = this.schema.safeParse(JSON.parse(text));
      return parsed.success ? { state: 'ok', value: parsed.data } : { state: 'damaged' };
    } catch {
      return { state: 'damaged' };
    }
  }

  /** The document, or null when there is none; a damaged one is told in one sentence. */
  async readOrNull(): Promise<T | null> {
    const found = await this.read();
    if (found.state === 'damaged') throw this.damagedError();
    return found.state === 'ok' ? found.value : null;
  }

  async write(value: T, now: Date): Promise<void> {
    try {
      await makeFolder(dirname(this.path));
      if ((await this.read()).state === 'damaged') await this.keepDamagedAside(now);
      await writeFileAtomic(this.path, `${JSON.stringify(value, null, 2)}\n`);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw userErrorFromFs(error, `save ${this.describe}`, this.path) ?? error;
    }
  }

  damagedError(): UserError {
    return new UserError(
      'io-error',
      `${capitalise(this.describe)} (${this.path}) is damaged and cannot be read: the next change keeps it aside as a .corrupt copy; restore it from a backup if you need what it held.`,
    );
  }

  private async keepDamagedAside(now: Date): Promise<void> {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    await rename(this.path, join(dirname(this.path), `${basename(this.path)}.corrupt-${stamp}`));
  }
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
