import { basename, join } from 'node:path';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import { exportBundle } from '../../../electron/core/bundle/export/export-bundle';
import {
  BundleImporter,
  type BundleImporterDeps,
} from '../../../electron/core/bundle/import/bundle-importer';
import { readOrCreateDeviceId } from '../../../electron/core/device-id';
import { INTERRUPTED_IMPORTS } from '../../../electron/core/app-core';
import { Workspace } from '../../../electron/core/workspace';
import { fixedClock, sequentialIds } from '../../support/test-core';

export const NOW = '2026-11-28T12:00:00.000Z';

/** A data folder opened as the app opens it, with an importer over it. */
export interface OpenedFolder {
  dir: string;
  workspace: Workspace;
  importer: BundleImporter;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

export async function openFolder(
  dir: string,
  options: { ids?: string; extra?: Partial<BundleImporterDeps> } = {},
): Promise<OpenedFolder> {
  const clock = fixedClock(NOW);
  const newId = sequentialIds(options.ids ?? 'own');
  const workspace = await Workspace.open({
    dataDir: dir,
    clock,
    newId,
    interruptedImports: INTERRUPTED_IMPORTS,
  });
  const importer = new BundleImporter({
    dataDir: dir,
    workspace,
    clock,
    newId,
    ...options.extra,
  });
  return {
    dir,
    workspace,
    importer,
    clock,
    async close() {
      await importer.discardAll();
      await workspace.close();
    },
  };
}

/** Export the folder's own portfolio (private items included) as the CLI does. */
export async function exportFolder(folder: OpenedFolder, outPath: string): Promise<string> {
  const { workspace } = folder;
  await exportBundle({
    source: workspace.activeBundleSource(
      await readOrCreateDeviceId(folder.dir, () => `device-${basename(folder.dir)}`),
    ),
    outPath,
    includePrivate: true,
    appVersion: '0.1.0',
    clock: folder.clock,
  });
  return outPath;
}

/** The folder's own data as a bundle holds it, with every version vector left out. */
export async function ownData(folder: OpenedFolder): Promise<unknown> {
  const reflections = folder.workspace.activeReflections();
  const full = await Promise.all(
    reflections.all().map((r) => reflections.read(r.id, { includeDeleted: true })),
  );
  return withoutVersions({
    portfolio: folder.workspace.active().get(),
    reflections: full.sort((a, b) => (a.id < b.id ? -1 : 1)),
  });
}

/** Deep copy without `versions` (renamed between devices by design) and `revision` (local). */
export function withoutVersions(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === 'versions' || key === 'revision' ? undefined : v,
    ),
  );
}

export function sortedData(data: BundleData): unknown {
  return withoutVersions({
    portfolio: data.portfolio,
    reflections: [...data.reflections].sort((a, b) => (a.id < b.id ? -1 : 1)),
  });
}

export const dataIn = (root: string, name = 'data') => join(root, name);
