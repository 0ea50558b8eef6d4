import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';

export interface RotatingLogOptions {
  /** A file grows to about this size before it is rotated. */
  maxBytes?: number;
  /** How many older files are kept beside it (main.1.log is the newest of them). */
  keep?: number;
  now?: () => Date;
}

/**
 * The app's own log: `<dir>/main.log`, one line per event with its time and level; when it passes
 * `maxBytes` it becomes main.1.log (main.1 becomes main.2, …, the oldest is dropped), so the logs
 * never take more than about (keep + 1) × maxBytes. Writes are synchronous appends: a line logged
 * just before a crash is on disk. A log that cannot be written never stops the app.
 */
export class RotatingLog {
  private readonly file: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;

  constructor(
    private readonly dir: string,
    { maxBytes = 1024 * 1024, keep = 3, now = () => new Date() }: RotatingLogOptions = {},
  ) {
    this.file = join(dir, 'main.log');
    this.maxBytes = maxBytes;
    this.keep = keep;
    this.now = now;
  }

  write(level: 'info' | 'warn' | 'error', message: string): void {
    // One event, one line: a message's own line breaks would read as other events.
    const line = `${this.now().toISOString()} ${level.toUpperCase()} ${message.replace(/\r?\n/g, ' ⏎ ')}\n`;
    try {
      mkdirSync(this.dir, { recursive: true });
      if (existsSync(this.file) && statSync(this.file).size + line.length > this.maxBytes)
        this.rotate();
      appendFileSync(this.file, line, 'utf8');
    } catch {
      // Nowhere to report a failing log; the app goes on.
    }
  }

  private rotate(): void {
    rmSync(this.numbered(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n -= 1) {
      if (existsSync(this.numbered(n))) renameSync(this.numbered(n), this.numbered(n + 1));
    }
    renameSync(this.file, this.numbered(1));
  }

  private numbered(n: number): string {
    return join(this.dir, `main.${n}.log`);
  }

  /** The last `count` lines, newest last, across the rotation if the current file is short. */
  tail(count: number): string[] {
    const lines: string[] = [];
    for (const file of [
      this.file,
      ...Array.from({ length: this.keep }, (_, i) => this.numbered(i + 1)),
    ]) {
      if (lines.length >= count) break;
      try {
        const own = readFileSync(file, 'utf8').split('\n').filter(Boolean);
        lines.unshift(...own.slice(-(count - lines.length)));
      } catch {
        // Not there (yet): fewer lines.
      }
    }
    return lines;
  }
}
