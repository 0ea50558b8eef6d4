import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { deflateRawSync, crc32 } from 'node:zlib';
import yazl from 'yazl';
import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DATA_PATH,
  MANIFEST_PATH,
  artifactEntryPath,
} from '@shared/bundle/bundle-schemas';
import type { Artifact } from '@shared/domain/artifact';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { artifactRecord } from '../../support/record-builders';

/** One zip entry as a test wants it written. */
export interface TestEntry {
  name: string;
  data: Buffer;
  /** Unix mode for yazl (e.g. S_IFLNK | 0o777 for a symlink). */
  mode?: number;
  compress?: boolean;
}

const NOW = new Date('2026-11-28T12:00:00.000Z');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
export const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/** The parts of a valid bundle (as the exporter writes them), to be edited into hostile ones. */
export function validBundleParts() {
  let next = 0;
  const portfolio = newPortfolio({
    template: DEFAULT_PROGRAM,
    now: NOW,
    newId: () => `id-${++next}`,
  });
  const artifactBytes = randomBytes(3000);
  const artifact: Artifact = artifactRecord('artifact-1', NOW, {
    sha256: sha256(artifactBytes),
    size: artifactBytes.length,
    fileName: 'plan.bin',
    mediaType: 'application/octet-stream',
  });
  portfolio.artifacts.push(artifact);
  const reflection: Reflection = {
    ...newRecordMeta('reflection-1', NOW),
    ...NEW_REFLECTION_FIELDS,
    title: 'What I learned',
    wordCount: 0,
  };
  const data = {
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio,
    reflections: [reflection],
  };
  const files: TestEntry[] = [
    { name: DATA_PATH, data: json(data), compress: true },
    { name: artifactEntryPath(artifact.sha256), data: artifactBytes, compress: false },
  ];
  return { data, files, artifactBytes };
}

export function manifestFor(files: readonly TestEntry[], portfolioId: string) {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: '0.1.0',
    kind: 'portfolio',
    portfolioId,
    exportedAt: NOW.toISOString(),
    includesPrivate: false,
    files: files.map((file) => ({
      path: file.name,
      size: file.data.length,
      sha256: sha256(file.data),
    })),
  };
}

/** The entries of a valid bundle, manifest first. */
export function validBundleEntries(): TestEntry[] {
  const { data, files } = validBundleParts();
  return [
    { name: MANIFEST_PATH, data: json(manifestFor(files, data.portfolio.portfolioId)) },
    ...files,
  ];
}

/** Write entries with yazl, the library the exporter uses. */
export function writeYazlZip(path: string, entries: readonly TestEntry[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(entry.data, entry.name, {
      mtime: NOW,
      compress: entry.compress ?? true,
      ...(entry.mode !== undefined ? { mode: entry.mode } : {}),
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', resolve).on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}

/** An entry for the hand-written zip writer, which can say what yazl refuses to. */
export interface RawEntry {
  name: string;
  data?: Buffer;
  deflate?: boolean;
  /** Claim this uncompressed size in the central directory (ZIP64 field when over 4 GB). */
  declaredSize?: number;
  externalAttributes?: number;
  /** "Version made by" host: 0 MS-DOS, 3 Unix. */
  madeByHost?: number;
}

const MAX_32 = 0xffffffff;

/**
 * A minimal zip writer for names and headers yazl will not produce (backslashes, absolute
 * paths, lying sizes, hundreds of thousands of entries at once). Only what yauzl reads.
 */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const plain = entry.data ?? Buffer.alloc(0);
    const body = entry.deflate ? deflateRawSync(plain) : plain;
    const size = entry.declaredSize ?? plain.length;
    const zip64 = size > MAX_32;
    const extra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
    }
    const crc = crc32(plain);
    const method = entry.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(zip64 ? MAX_32 : body.length, 18);
    local.writeUInt32LE(zip64 ? MAX_32 : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(((entry.madeByHost ?? 3) << 8) | 45, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(zip64 ? MAX_32 : body.length, 20);
    central.writeUInt32LE(zip64 ? MAX_32 : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE((entry.externalAttributes ?? 0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  // Over 65,535 entries the count only fits in a ZIP64 end record, found through its locator.
  const zip64End: Buffer[] = [];
  if (entries.length > 0xffff) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    zip64End.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, ...zip64End, end]);
}

export async function writeRawZip(path: string, entries: readonly RawEntry[]): Promise<void> {
  await writeFile(path, rawZip(entries));
}
