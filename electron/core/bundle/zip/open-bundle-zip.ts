import { open as openFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { BundleError } from '../bundle-error';
import {
  checkDeclaredEntrySize,
  checkDeclaredTotal,
  checkEntryCount,
  type BundleLimits,
} from './bundle-limits';
import { cancelled } from './guarded-entry-stream';
import { bundleErrorFromZipRead } from './zip-read-errors';
import { findTopFolder, isSystemMetadata } from './rezip-layout';
import { checkEntry, createDuplicateNameCheck, printableName } from './zip-entry-rules';

/** One file of the bundle as its central directory declares it; nothing inflated yet. */
export interface BundleZipEntry {
  /** Its path in the bundle: the zip's name, less the one top folder of a re-compressed bundle. */
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  /** The yauzl entry, kept to open its stream later. */
  raw: yauzl.Entry;
}

/** A bundle whose central directory passed every check: its files, and a way to read them. */
export interface BundleZip {
  fileSize: number;
  /**
   * Files only: directory entries (as `zip -r` writes them) and the system's own metadata
   * (rezip-layout.ts) are dropped.
   */
  files: BundleZipEntry[];
  /** The inflated bytes of one entry; errors are BundleErrors. */
  openRaw(entry: BundleZipEntry): Promise<Readable>;
  close(): void;
}

const YAUZL_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: true,
  validateEntrySizes: true,
  strictFileNames: true,
};

const STORED = 0;
const DEFLATED = 8;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await openFile(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_MAGIC);
  } finally {
    await handle.close();
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (error: unknown) => (cleanup(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function checkMethod(entry: yauzl.Entry): void {
  if (entry.isEncrypted() || ![STORED, DEFLATED].includes(entry.compressionMethod)) {
    throw new BundleError(
      'corrupt-zip',
      `The bundle file "${entry.fileName}" is encrypted or compressed in a way this app does not write: nothing was imported.`,
    );
  }
}

/** The names without the one folder a system's "compress" put every entry in, if it did. */
function withoutTopFolder(files: BundleZipEntry[], names: readonly string[]): BundleZipEntry[] {
  const top = findTopFolder(names);
  if (top.kind === 'none') return files;
  if (top.kind === 'several') {
    const shown = top.folders.slice(0, 3).map(printableName).join(', ');
    throw new BundleError(
      'missing-file',
      `This file is not a CTO Mentor Portfolio bundle: it has no manifest.json, and its files sit in several folders (${shown}). Compress the unzipped bundle's folder on its own, or choose a .ctoportfolio file.`,
    );
  }
  return files.map((file) => ({ ...file, name: file.name.slice(top.prefix.length) }));
}

/** Walk the central directory, refusing the bundle at the first entry that breaks a rule. */
async function readCentralDirectory(
  zip: yauzl.ZipFile,
  limits: BundleLimits,
  signal: AbortSignal | undefined,
): Promise<BundleZipEntry[]> {
  // The count comes from the end record, so a bundle claiming a million entries stops here.
  checkEntryCount(zip.entryCount, limits);
  const isDuplicate = createDuplicateNameCheck();
  const files: BundleZipEntry[] = [];
  // Every name but the system's metadata, folders included: they decide the top folder.
  const names: string[] = [];
  let total = 0;
  for (let raw = await nextEntry(zip); raw !== null; raw = await nextEntry(zip)) {
    if (signal?.aborted) throw cancelled();
    const verdict = checkEntry({
      name: raw.fileName,
      externalFileAttributes: raw.externalFileAttributes,
      madeByHost: raw.versionMadeBy >>> 8,
      uncompressedSize: raw.uncompressedSize,
    });
    const refusal = verdict.ok ? isDuplicate(raw.fileName) : verdict;
    if (refusal && !refusal.ok) throw new BundleError(refusal.problem, refusal.sentence);
    const entry = {
      name: raw.fileName,
      uncompressedSize: raw.uncompressedSize,
      compressedSize: raw.compressedSize,
      raw,
    };
    checkDeclaredEntrySize(entry, limits);
    total += entry.uncompressedSize;
    // Past every rule above, the system's own entries are set aside: never read, never extracted.
    if (isSystemMetadata(raw.fileName)) continue;
    names.push(raw.fileName);
    if (verdict.ok && verdict.kind === 'directory') continue;
    checkMethod(raw);
    files.push(entry);
  }
  checkDeclaredTotal(total, zip.fileSize, limits);
  return withoutTopFolder(files, names);
}

/**
 * Open a bundle with yauzl from its central directory (never by streaming local headers, which
 * can disagree with it) and check every entry's name, kind and declared size before any byte is
 * inflated. The caller must `close()` the result.
 */
export async function openBundleZip(
  path: string,
  limits: BundleLimits,
  signal?: AbortSignal,
): Promise<BundleZip> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, YAUZL_OPTIONS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
    throw bundleErrorFromZipRead(error, await startsLikeZip(path));
  }
  try {
    const files = await readCentralDirectory(zip, limits, signal);
    return {
      fileSize: zip.fileSize,
      files,
      async openRaw(entry) {
        try {
          return await zip.openReadStreamPromise(entry.raw);
        } catch (error) {
          throw bundleErrorFromZipRead(error, true);
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw bundleErrorFromZipRead(error, true);
  }
}
