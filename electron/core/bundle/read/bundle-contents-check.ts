import { isLive } from '@shared/domain/record';
import {
  DATA_PATH,
  MANIFEST_PATH,
  artifactEntryPath,
  type BundleData,
  type BundleFile,
  type BundleManifest,
} from '@shared/bundle/bundle-schemas';
import { BundleError } from '../bundle-error';

/** What the central directory holds, reduced to what the manifest promises about it. */
export interface DeclaredFile {
  name: string;
  uncompressedSize: number;
}

const refuse = (problem: 'missing-file' | 'unlisted-file' | 'size-mismatch', sentence: string) =>
  new BundleError(problem, sentence);

/**
 * The zip's files and the manifest's list must match exactly (bar manifest.json itself), with
 * the same sizes: checked before anything but the manifest is inflated.
 */
export function checkFilesAgainstManifest(
  manifest: BundleManifest,
  files: readonly DeclaredFile[],
): Map<string, BundleFile> {
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  const present = new Set<string>();
  for (const file of files) {
    if (file.name === MANIFEST_PATH) continue;
    const promised = listed.get(file.name);
    if (!promised) {
      throw refuse(
        'unlisted-file',
        `The bundle holds "${file.name}", which its manifest does not list: it was changed after export, so nothing was imported.`,
      );
    }
    if (promised.size !== file.uncompressedSize) {
      throw refuse(
        'size-mismatch',
        `The file "${file.name}" in the bundle is not the size its manifest says: the bundle is damaged, so nothing was imported.`,
      );
    }
    present.add(file.name);
  }
  if (!listed.has(DATA_PATH)) {
    throw refuse(
      'missing-file',
      `The bundle's manifest does not list ${DATA_PATH}: it is not a complete bundle, so nothing was imported.`,
    );
  }
  for (const path of listed.keys()) {
    if (!present.has(path)) {
      throw refuse(
        'missing-file',
        `The bundle is missing "${path}", which its manifest lists: it is incomplete, so nothing was imported.`,
      );
    }
  }
  return listed;
}

/** The data must belong to the manifest's portfolio and every live artifact's file must be there. */
export function checkDataAgainstManifest(
  data: BundleData,
  listed: Map<string, BundleFile>,
  manifest: BundleManifest,
): void {
  if (data.portfolio.portfolioId !== manifest.portfolioId) {
    throw new BundleError(
      'invalid-data',
      `The bundle's ${DATA_PATH} belongs to another portfolio than its manifest says: the bundle was tampered with, so nothing was imported.`,
    );
  }
  const missing = data.portfolio.artifacts.find(
    (artifact) => isLive(artifact) && !listed.has(artifactEntryPath(artifact.sha256)),
  );
  if (missing) {
    throw refuse(
      'missing-file',
      `The bundle is missing the file of the artifact "${missing.sha256}": it is incomplete, so nothing was imported.`,
    );
  }
}
