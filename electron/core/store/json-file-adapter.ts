import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/**
 * The file is there but cannot be used: unreadable, not JSON, or not the expected shape. Not a
 * UserError: the store answers it by restoring a backup, and the user only sees that notice.
 */
export class DamagedFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
    options: { cause: unknown },
  ) {
    super(`${path} ${reason}`, options);
    this.name = 'DamagedFileError';
  }
}

export interface JsonFileAdapterOptions {
  /** Applied to the parsed JSON before validation, e.g. schema migrations. */
  upgrade?: (raw: unknown) => unknown;
  /** For tests: the file operations of the atomic write. */
  fs?: AtomicWriteFs | undefined;
}

/** Pretty-printed, so the user's data stays readable in any text editor. */
export function toJsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * lowdb's adapter for one JSON file, with what lowdb's own JSONFile lacks: every read is
 * validated against a zod schema, and every write is durable (fsync) and atomic.
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly options: JsonFileAdapterOptions = {},
  ) {}

  /** The validated data; null when the file does not exist; DamagedFileError when unusable. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw new DamagedFileError(this.path, 'cannot be read', { cause: error });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new DamagedFileError(this.path, 'is not valid JSON', { cause: error });
    }
    const upgraded = this.options.upgrade ? this.options.upgrade(raw) : raw;
    const result = this.schema.safeParse(upgraded);
    if (!result.success) {
      throw new DamagedFileError(this.path, 'does not match the expected format', {
        cause: result.error,
      });
    }
    return result.data;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, toJsonText(data), this.options.fs);
  }
}
