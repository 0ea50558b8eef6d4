import { MAX_JSON_DEPTH } from '@shared/bundle/bundle-data-limits';
import { REVIEW_LAYER_CAPS } from '@shared/review/review-layer';
import {
  MAX_REVIEW_FILE_ENTRIES,
  MAX_REVIEW_JSON_BYTES,
  MAX_REVIEW_JSON_VALUES,
  MAX_REVIEW_MANIFEST_BYTES,
  REVIEW_DATA_PATH,
  REVIEW_MANIFEST_PATH,
} from '@shared/review/review-file-schema';
import type { BundleJsonCaps } from '../../bundle/read/bundle-json-caps';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from '../../bundle/zip/bundle-limits';

/**
 * A review file's caps, checked before the work: entries and sizes from the zip's central
 * directory, then each JSON file's bytes, values, nesting and list lengths while it streams in.
 */
export const REVIEW_ZIP_LIMITS: BundleLimits = {
  ...DEFAULT_BUNDLE_LIMITS,
  maxEntries: MAX_REVIEW_FILE_ENTRIES,
};

export const REVIEW_MANIFEST_JSON_CAPS: BundleJsonCaps = {
  path: REVIEW_MANIFEST_PATH,
  maxBytes: MAX_REVIEW_MANIFEST_BYTES,
  scan: { maxValues: 1_000, maxDepth: MAX_JSON_DEPTH, arrays: { files: MAX_REVIEW_FILE_ENTRIES } },
  arrayNames: { files: 'files' },
  verb: 'lists',
};

const LAYER_ARRAYS = {
  evaluations: 'evaluations',
  threads: 'comment threads',
  attendance: 'attendance confirmations',
  workStudy: 'work-study entries',
  reports: 'progress reports',
} as const;
type LayerList = keyof typeof LAYER_ARRAYS;
const lists = Object.keys(LAYER_ARRAYS) as LayerList[];

export const REVIEW_DATA_JSON_CAPS: BundleJsonCaps = {
  path: REVIEW_DATA_PATH,
  maxBytes: MAX_REVIEW_JSON_BYTES,
  scan: {
    maxValues: MAX_REVIEW_JSON_VALUES,
    maxDepth: MAX_JSON_DEPTH,
    arrays: Object.fromEntries(lists.map((list) => [`layer.${list}`, REVIEW_LAYER_CAPS[list]])),
  },
  arrayNames: Object.fromEntries(lists.map((list) => [`layer.${list}`, LAYER_ARRAYS[list]])),
  verb: 'holds',
};
