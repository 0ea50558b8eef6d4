import { join } from 'node:path';
import type { Portfolio } from '@shared/domain/portfolio';
import type { BundleSource } from './bundle/export/collect-bundle';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { ArtifactLibrary } from './artifacts/artifact-library';
import { UserError, userErrorFromFs } from './errors';
import type { Clock, IdGenerator } from './platform';
import { openReflectionStore, type ReflectionStore } from './reflections/reflection-store';
import { openSampleStore } from './sample/open-sample-store';
import { PortfolioSearch } from './search/portfolio-search';
import type { DataLock } from './store/data-lock';
import { readOnlyFolderError, type LockTaker } from './store/folder-access';
import { openPortfolioStore } from './store/open-portfolio-store';
import type { PortfolioStore } from './store/portfolio-store';

export type WorkspaceKind = 'own' | 'sample';

/** The sample lives in its own folder inside the data folder, so trying it never touches real work. */
export const SAMPLE_FOLDER = 'sample';

/** An opened portfolio: its store and, beside it, its artifact files and reflections. */
interface OpenedPortfolio {
  store: PortfolioStore;
  artifacts: ArtifactLibrary;
  reflections: ReflectionStore;
  /** Starts reading reflection texts in the background at open (see portfolio-search.ts). */
  search: PortfolioSearch;
  /** One sentence when damaged reflection files were found. */
  reflectionsNotice: string | null;
}

/**
 * What lives beside the store opens once the store holds the folder's lock (or is open to read
 * only, like the store); a failure releases it. Reflections are one file each in `reflections/`
 * (see reflection-store.ts). They open first: an open that repaired anything, portfolio.json
 * (`storeRepaired`) or a reflection file, tidies no artifact files.
 */
async function withArtifacts(
  store: PortfolioStore,
  deps: { clock: Clock; newId: IdGenerator },
  storeRepaired: boolean,
): Promise<OpenedPortfolio> {
  try {
    const reflections = await openReflectionStore(store.dir, deps.clock, {
      readOnly: store.readOnly,
    });
    const artifacts = await ArtifactLibrary.open(store, deps, {
      repaired: storeRepaired || reflections.notice !== null,
    });
    return {
      store,
      artifacts,
      reflections: reflections.store,
      search: new PortfolioSearch(() => store.get(), reflections.store),
      reflectionsNotice: reflections.notice,
    };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

/** What the own portfolio held when it was closed for an import (see Workspace.replaceOwn). */
export interface OwnSnapshot {
  portfolio: Portfolio;
  reflectionsVersion: number;
}

export function returnToOwnFirst(): UserError {
  return new UserError('invalid-input', 'Return to your own portfolio before importing.');
}

/**
 * Imports that reached their commit point but did not finish (the app stopped): the workspace
 * finishes them before it opens the store. Passed in by openCore (see INTERRUPTED_IMPORTS in
 * app-core.ts) so the workspace does not import bundle/import, which itself needs the workspace.
 */
export interface InterruptedImports {
  /** Whether any import into `dataDir` is waiting to be finished (reads only). */
  waiting(dataDir: string): Promise<boolean>;
  /** Finish them; whether anything changed, so the store is read again. */
  finish(dataDir: string): Promise<boolean>;
}

export interface WorkspaceDeps {
  dataDir: string;
  clock: Clock;
  newId: IdGenerator;
  interruptedImports: InterruptedImports;
  /** Open to read only (reading commands): no lock, nothing written; see openPortfolioStore. */
  readOnly?: boolean;
  /** For tests: how the lock is taken, e.g. failing as on a read-only disk. */
  takeLock?: LockTaker;
}

const INTERRUPTED_IMPORT_NOTICE =
  'An import into this folder was interrupted; the app finishes it when it opens this folder with permission to write.';

/**
 * The own portfolio: store first (its lock), then any import that reached its commit point is
 * finished (and the store read again if it changed), then what lives beside the store. Open to
 * read only, an interrupted import is only mentioned: finishing it would write.
 */
async function openOwn(
  deps: WorkspaceDeps,
  heldLock?: DataLock,
): Promise<{ own: OpenedPortfolio; notice: string | null }> {
  const open = (lock?: DataLock) =>
    openPortfolioStore({
      dir: deps.dataDir,
      clock: deps.clock,
      createInitial: (): Portfolio =>
        newPortfolio({ template: DEFAULT_PROGRAM, now: deps.clock.now(), newId: deps.newId }),
      ...(lock ? { lock } : {}),
      ...(deps.readOnly ? { readOnly: true } : {}),
      ...(deps.takeLock ? { takeLock: deps.takeLock } : {}),
    });
  let opened = await open(heldLock);
  let rolled: boolean;
  try {
    if (opened.store.readOnly) {
      const waiting = await deps.interruptedImports.waiting(deps.dataDir);
      const own = await withArtifacts(opened.store, deps, opened.repaired);
      return {
        own,
        notice: joinNotices([opened.notice, waiting ? INTERRUPTED_IMPORT_NOTICE : null]),
      };
    }
    rolled = await deps.interruptedImports.finish(deps.dataDir);
  } catch (error) {
    await opened.store.close().catch(() => undefined);
    throw userErrorFromFs(error, 'finish the interrupted import', deps.dataDir) ?? error;
  }
  if (rolled) opened = await open(await opened.store.closeKeepingLock());
  return { own: await withArtifacts(opened.store, deps, opened.repaired), notice: opened.notice };
}

function joinNotices(notices: readonly (string | null)[]): string | null {
  const present = notices.filter((n) => n !== null);
  return present.length > 0 ? present.join(' ') : null;
}

async function closeOpened(opened: OpenedPortfolio | null): Promise<void> {
  await opened?.search.close();
  await opened?.reflections.close();
  await opened?.store.close();
}

/**
 * Which portfolio the app is showing: the user's own, or the sample. Both are full stores; the
 * sample is opened on demand and closed (lock released) when the user returns.
 */
export class Workspace {
  private sample: OpenedPortfolio | null = null;

  private constructor(
    private own: OpenedPortfolio,
    readonly notice: string | null,
    private readonly deps: WorkspaceDeps,
  ) {}

  static async open(deps: WorkspaceDeps): Promise<Workspace> {
    const { own, notice } = await openOwn(deps);
    return new Workspace(own, joinNotices([notice, own.reflectionsNotice]), deps);
  }

  /**
   * The data folder is open to read only (it cannot be written, or a reading command opened
   * it): the app shows it and refuses every change with one sentence.
   */
  get readOnly(): boolean {
    return this.own.store.readOnly;
  }

  /**
   * Replace the own portfolio's files (an import): the own stores are closed (pending saves
   * written), `apply` runs with the last data they held, then they are opened again, whatever
   * `apply` did. Refused while the sample is shown.
   */
  async replaceOwn(apply: (last: OwnSnapshot) => Promise<void>): Promise<void> {
    if (this.readOnly) throw readOnlyFolderError();
    if (this.sample) throw returnToOwnFirst();
    const own = this.own;
    await own.search.close();
    await own.reflections.close();
    // The lock stays held while the files are replaced: no other process can step in.
    const lock = await own.store.closeKeepingLock();
    try {
      await apply({ portfolio: own.store.get(), reflectionsVersion: own.reflections.version });
    } finally {
      this.own = (await openOwn(this.deps, lock)).own;
    }
  }

  get kind(): WorkspaceKind {
    return this.sample ? 'sample' : 'own';
  }

  active(): PortfolioStore {
    return (this.sample ?? this.own).store;
  }

  /** The artifact files of the portfolio being shown. */
  activeArtifacts(): ArtifactLibrary {
    return (this.sample ?? this.own).artifacts;
  }

  /** The reflections of the portfolio being shown. */
  activeReflections(): ReflectionStore {
    return (this.sample ?? this.own).reflections;
  }

  /** The search of the portfolio being shown. */
  activeSearch(): PortfolioSearch {
    return (this.sample ?? this.own).search;
  }

  /** The own portfolio's store, whichever is shown (conflicts belong to it, never to the sample). */
  ownStore(): PortfolioStore {
    return this.own.store;
  }

  ownReflections(): ReflectionStore {
    return this.own.reflections;
  }

  /** The portfolio being shown, as a bundle is made from it. */
  activeBundleSource(deviceId: string): BundleSource {
    const shown = this.sample ?? this.own;
    return {
      store: shown.store,
      reflections: shown.reflections,
      content: shown.artifacts.content,
      deviceId,
    };
  }

  async openSample(): Promise<void> {
    if (this.sample) return;
    // Making (or even opening) the sample writes inside the data folder.
    if (this.readOnly) throw readOnlyFolderError();
    const { dataDir, clock, newId } = this.deps;
    const { store, repaired } = await openSampleStore({
      dir: join(dataDir, SAMPLE_FOLDER),
      clock,
      newId,
    });
    this.sample = await withArtifacts(store, { clock, newId }, repaired);
  }

  async closeSample(): Promise<void> {
    const sample = this.sample;
    this.sample = null;
    await closeOpened(sample);
  }

  async close(): Promise<void> {
    await this.closeSample();
    await closeOpened(this.own);
  }
}
