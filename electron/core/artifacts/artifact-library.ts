import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Artifact } from '@shared/domain/artifact';
import { userErrorFromFs } from '../errors';
import type { Clock, IdGenerator } from '../platform';
import { SerialQueue } from '../serial-queue';
import type { PortfolioStore } from '../store/portfolio-store';
import { conflictArtifactHashes } from '../sync/conflicts-file';
import { addArtifacts, type AddArtifactsOptions } from './add-artifacts';
import { readOnlyFolderError } from '../store/folder-access';
import { tidyArtifactFiles } from './artifact-cleanup';
import { ArtifactTrash } from './artifact-trash';
import { pathSource, streamSource } from './artifact-sources';
import { ContentStore, type ContentStoreFs } from './content-store';
import { openableCopy } from './openable-copy';
import { artifactNotFound, artifactResponse, type ArtifactResponse } from './serve-artifact';

/** The content store's folder inside a portfolio's data folder. */
export const ARTIFACTS_FOLDER = 'artifacts';

export interface ArtifactLibraryDeps {
  clock: Clock;
  newId: IdGenerator;
  /** For tests: the content store's file operations, e.g. writes that fail as on a full disk. */
  fs?: ContentStoreFs;
}

export interface ServeOptions {
  rangeHeader?: string | null;
  download?: boolean;
  headOnly?: boolean;
}

/** Ids as the core makes them (UUIDs, sample keys); anything else cannot name an artifact. */
const ARTIFACT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * One portfolio's artifacts: its records (in the portfolio store) and their files (in the
 * content store beside it). Adds and clean-ups run one at a time, so a clean-up never sees a
 * file whose record is about to be saved. A clean-up never deletes: see artifact-trash.ts.
 */
export class ArtifactLibrary {
  private readonly queue = new SerialQueue();

  private readonly trash: ArtifactTrash;

  private constructor(
    private readonly store: PortfolioStore,
    readonly content: ContentStore,
    private readonly deps: ArtifactLibraryDeps,
  ) {
    this.trash = new ArtifactTrash(store.dir);
  }

  /**
   * Open beside an opened store. With the store's lock held, and only when this open repaired
   * nothing (a restored backup names fewer files than the folder holds), it tidies what an
   * interrupted add left behind; open to read only, it touches nothing.
   */
  static async open(
    store: PortfolioStore,
    deps: ArtifactLibraryDeps,
    { repaired }: { repaired: boolean },
  ): Promise<ArtifactLibrary> {
    const library = new ArtifactLibrary(
      store,
      new ContentStore(join(store.dir, ARTIFACTS_FOLDER), deps.fs),
      deps,
    );
    if (store.readOnly || repaired) return library;
    try {
      await library.trashUnreferencedFiles();
    } catch (error) {
      throw userErrorFromFs(error, 'open the artifact files', library.content.root) ?? error;
    }
    return library;
  }

  addPaths(paths: readonly string[], options: AddArtifactsOptions = {}): Promise<Artifact[]> {
    if (this.store.readOnly) return Promise.reject(readOnlyFolderError());
    return this.exclusive(() => addArtifacts(this.addDeps(), paths.map(pathSource), options));
  }

  async addStream(fileName: string, stream: AsyncIterable<Uint8Array>): Promise<Artifact> {
    // Refused before a byte is stored: an upload to a read-only folder gets the one sentence.
    if (this.store.readOnly) throw readOnlyFolderError();
    const [artifact] = await this.exclusive(() =>
      addArtifacts(this.addDeps(), [streamSource(fileName, stream)]),
    );
    return artifact!;
  }

  /**
   * Move to the trash the stored files that nothing names: no record (live or deleted), no other
   * side of a sync conflict, no kept copy of the data; see artifact-cleanup.ts.
   */
  trashUnreferencedFiles(): Promise<string[]> {
    if (this.store.readOnly) return Promise.reject(readOnlyFolderError());
    return this.exclusive(async () => {
      const conflicted = await conflictArtifactHashes(this.store.dir);
      // A damaged conflicts.json could name any file: move none until it is readable again.
      if (conflicted === null) return [];
      return tidyArtifactFiles({
        content: this.content,
        trash: this.trash,
        dataDir: this.store.dir,
        portfolio: this.store.get(),
        alsoKeep: conflicted,
        now: this.deps.clock.now(),
      });
    });
  }

  /** A live artifact and its stored file, or null: unknown id, deleted, or the file is gone. */
  async find(id: unknown): Promise<{ artifact: Artifact; filePath: string } | null> {
    if (typeof id !== 'string' || !ARTIFACT_ID.test(id)) return null;
    const artifact = this.store.get().artifacts.find((a) => a.id === id && a.deletedAt === null);
    if (!artifact) return null;
    const filePath = this.content.pathOf(artifact.sha256);
    const found = await stat(filePath).then(
      (info) => info.isFile(),
      () => false,
    );
    return found ? { artifact, filePath } : null;
  }

  /** The answer to `GET /artifact/<id>`, for both hosts. */
  async serve(id: unknown, options: ServeOptions = {}): Promise<ArtifactResponse> {
    const found = await this.find(id);
    return found ? artifactResponse({ ...found, ...options }) : artifactNotFound();
  }

  /** A copy under the original name in `folder`, for the system's apps; null if not found. */
  async openableCopy(id: unknown, folder: string): Promise<string | null> {
    const found = await this.find(id);
    if (!found) return null;
    const { artifact, filePath } = found;
    return openableCopy(filePath, artifact.sha256, artifact.fileName, folder);
  }

  private addDeps() {
    return { store: this.store, content: this.content, ...this.deps };
  }

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    return this.queue.run(run);
  }
}
