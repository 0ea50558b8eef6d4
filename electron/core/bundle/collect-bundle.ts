import { createReadStream } from 'node:fs';
import type { Artifact } from '@shared/domain/artifact';
import type { Reflection, ReflectionSummary } from '@shared/domain/reflection';
import {
  artifactEntryPath,
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  DATA_PATH,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import type { ContentStore } from '../artifacts/content-store';
import { UserError, userErrorFromFs } from '../errors';
import type { ReflectionStore } from '../reflections/reflection-store';
import { mapLimited } from '../store/map-limited';
import type { PortfolioStore } from '../store/portfolio-store';
import { selectBundleContents, type BundleSelection } from './bundle-selection';
import { shouldDeflate } from './compression-choice';
import { bufferEntry, type ZipEntrySource } from './zip-entry-source';

/** The opened portfolio a bundle is made from (see Workspace: active store and what is beside it). */
export interface BundleSource {
  store: PortfolioStore;
  reflections: ReflectionStore;
  content: ContentStore;
}

export interface CollectedBundle {
  selection: BundleSelection<ReflectionSummary>;
  /** portfolio.json, then each artifact file: every entry but the manifest, in zip order. */
  entries: ZipEntrySource[];
  /** Uncompressed bytes of those entries. */
  totalBytes: number;
}

const READ_LIMIT = 8;

function damagedArtifact(artifact: Artifact, cause: unknown): UserError {
  return new UserError(
    'io-error',
    `The stored file of artifact "${artifact.title}" is damaged or missing, so no bundle was written: remove that artifact, add its file again and export again.`,
    { cause },
  );
}

function artifactEntry(content: ContentStore, artifact: Artifact): ZipEntrySource {
  const path = content.pathOf(artifact.sha256);
  return {
    path: artifactEntryPath(artifact.sha256),
    size: artifact.size,
    sha256: artifact.sha256,
    deflate: shouldDeflate(artifact),
    open: () => createReadStream(path),
    unreadable: (cause) => {
      const code = (cause as NodeJS.ErrnoException | null)?.code;
      if (code === undefined || code === 'ENOENT' || code === 'EISDIR') {
        return damagedArtifact(artifact, cause);
      }
      return (
        userErrorFromFs(cause, 'read the artifact files', path) ?? damagedArtifact(artifact, cause)
      );
    },
  };
}

/**
 * Everything a bundle holds but the manifest: the selection, portfolio.json's bytes (reflection
 * bodies are read here, from their files) and the artifact files to stream. Artifact bytes are
 * not read yet: their names are their hashes, re-checked while they stream into the zip.
 */
export async function collectBundle(
  source: BundleSource,
  includePrivate: boolean,
): Promise<CollectedBundle> {
  const selection = selectBundleContents(
    source.store.get(),
    source.reflections.all(),
    includePrivate,
  );
  const reflections: Reflection[] = await mapLimited(selection.reflections, READ_LIMIT, (r) =>
    source.reflections.read(r.id, { includeDeleted: true }),
  );
  const data: BundleData = {
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio: selection.portfolio,
    reflections,
  };
  const entries = [
    bufferEntry(DATA_PATH, Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8')),
    ...selection.files.map((artifact) => artifactEntry(source.content, artifact)),
  ];
  return {
    selection,
    entries,
    totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0),
  };
}
