import type { Readable } from 'node:stream';
import {
  BUNDLE_RECORD_CAPS,
  BUNDLE_RECORD_NAMES,
  BUNDLE_RECORD_PATHS,
  MAX_DATA_JSON_BYTES,
  MAX_DATA_JSON_VALUES,
  MAX_JSON_DEPTH,
  MAX_MANIFEST_FILES,
  MAX_MANIFEST_JSON_BYTES,
  MAX_MANIFEST_JSON_VALUES,
  type BundleRecordKind,
} from '@shared/bundle/bundle-data-limits';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { BundleError } from '../bundle-error';
import { JsonStructureScan, type JsonScanCaps, type JsonScanExcess } from './json-structure-scan';

/**
 * The caps one of the bundle's JSON files is held to before it is parsed (a review file's JSON
 * files too: electron/core/review-file/read). `path` names the file in sentences.
 */
export interface BundleJsonCaps {
  path: string;
  maxBytes: number;
  scan: JsonScanCaps;
  /** How a sentence names the elements of each watched array ("mentor log entries"). */
  arrayNames: Readonly<Record<string, string>>;
  /** The verb before the count: a manifest "lists" files, portfolio.json "holds" records. */
  verb: string;
}

const kinds = Object.keys(BUNDLE_RECORD_CAPS) as BundleRecordKind[];

export const DATA_JSON_CAPS: BundleJsonCaps = {
  path: DATA_PATH,
  maxBytes: MAX_DATA_JSON_BYTES,
  scan: {
    maxValues: MAX_DATA_JSON_VALUES,
    maxDepth: MAX_JSON_DEPTH,
    arrays: Object.fromEntries(kinds.map((k) => [BUNDLE_RECORD_PATHS[k], BUNDLE_RECORD_CAPS[k]])),
  },
  arrayNames: Object.fromEntries(
    kinds.map((k) => [BUNDLE_RECORD_PATHS[k], BUNDLE_RECORD_NAMES[k]]),
  ),
  verb: 'holds',
};

export const MANIFEST_JSON_CAPS: BundleJsonCaps = {
  path: MANIFEST_PATH,
  maxBytes: MAX_MANIFEST_JSON_BYTES,
  scan: {
    maxValues: MAX_MANIFEST_JSON_VALUES,
    maxDepth: MAX_JSON_DEPTH,
    arrays: { files: MAX_MANIFEST_FILES },
  },
  arrayNames: { files: 'files' },
  verb: 'lists',
};

const count = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 1 : 0)} MB`;

/** The declared size, from the central directory, before a byte is inflated. */
export function checkJsonSize(size: number, caps: BundleJsonCaps): void {
  if (size > caps.maxBytes) {
    throw new BundleError(
      'too-much-data',
      `The bundle's ${caps.path} is ${mb(size)}, more than the ${mb(caps.maxBytes)} this app allows, so nothing was imported.`,
    );
  }
}

function excessError(excess: JsonScanExcess, caps: BundleJsonCaps): BundleError {
  const what = `The bundle's ${caps.path}`;
  switch (excess.kind) {
    case 'array':
      return new BundleError(
        'too-many-records',
        `${what} ${caps.verb} ${count(excess.count)} ${caps.arrayNames[excess.path] ?? 'items'}, more than the ${count(excess.cap)} this app allows, so nothing was imported.`,
      );
    case 'values':
      return new BundleError(
        'too-much-data',
        `${what} holds ${count(excess.count)} separate pieces of data, more than the ${count(excess.cap)} this app reads, so nothing was imported.`,
      );
    case 'depth':
      return new BundleError(
        'too-much-data',
        `${what} nests its data more than ${excess.cap} levels deep, which this app never writes, so nothing was imported.`,
      );
  }
}

/**
 * Reads a JSON entry's bytes while counting what they would build. Once a cap is broken the bytes
 * are no longer kept (nothing will parse them), but the scan runs on to the end so the sentence
 * can say how many there are; `check()` throws it, after the caller has checked the hash.
 */
export class CappedJsonCollector {
  private readonly scan: JsonStructureScan;
  private chunks: Buffer[] = [];

  constructor(private readonly caps: BundleJsonCaps) {
    this.scan = new JsonStructureScan(caps.scan);
  }

  readonly consume = async (stream: Readable): Promise<void> => {
    for await (const chunk of stream) {
      this.scan.write(chunk as Buffer);
      if (this.scan.excess) this.chunks = [];
      else this.chunks.push(chunk as Buffer);
    }
  };

  /** The bytes, once every cap was met; a BundleError with the broken cap's sentence otherwise. */
  take(): Buffer {
    const excess = this.scan.excess;
    if (excess) throw excessError(excess, this.caps);
    const bytes = Buffer.concat(this.chunks);
    this.chunks = [];
    return bytes;
  }
}
