import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

/** One file to write into a zip: its expected bytes (size, hash) and how to read them. */
export interface ZipEntrySource {
  path: string;
  size: number;
  sha256: string;
  deflate: boolean;
  /** Opened only when the entry's turn comes, so one file is open at a time. */
  open(): Readable;
  /** What to tell the user when the bytes read differ from size/sha256, or cannot be read. */
  unreadable(cause: unknown): Error;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An entry made in memory (the JSON files): its bytes are known, so it cannot differ. */
export function bufferEntry(path: string, bytes: Buffer, deflate = true): ZipEntrySource {
  return {
    path,
    size: bytes.byteLength,
    sha256: sha256Of(bytes),
    deflate,
    open: () => Readable.from([bytes]),
    unreadable: (cause) => (cause instanceof Error ? cause : new Error(String(cause))),
  };
}
