import * as nodeFs from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import { ArtifactLibrary } from '../../../electron/core/artifacts/artifact-library';
import type { ContentStoreFs } from '../../../electron/core/artifacts/content-store';
import { openPortfolioStore } from '../../../electron/core/store/open-portfolio-store';
import { fixedClock, sequentialIds } from '../../support/test-core';

/** A portfolio store and its artifact library in `dir`, as the workspace opens them. */
export async function openLibrary(
  dir: string,
  fs?: ContentStoreFs,
  clock = fixedClock('2026-09-01T09:00:00.000Z'),
) {
  const newId = sequentialIds('artifact');
  const { store, repaired } = await openPortfolioStore({
    dir,
    clock,
    createInitial: () => newPortfolio({ template: DEFAULT_PROGRAM, now: clock.now(), newId }),
  });
  const library = await ArtifactLibrary.open(
    store,
    { clock, newId, ...(fs ? { fs } : {}) },
    { repaired },
  );
  return { store, library, close: () => store.close() };
}

/** Every file under the content store, temp files included, as paths relative to it. */
export async function filesInStore(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'artifacts');
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
      .sort();
  } catch {
    return [];
  }
}

/** File operations whose writes fail with ENOSPC once `limit` bytes are written, as a full disk does. */
export function diskFullAfter(limit: number): ContentStoreFs {
  return {
    ...nodeFs,
    async open(...args: Parameters<typeof nodeFs.open>) {
      const handle = await nodeFs.open(...args);
      let written = 0;
      const write = handle.write.bind(handle) as (
        ...a: unknown[]
      ) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, {
        async write(buffer: Uint8Array, offset = 0, length = buffer.byteLength - offset) {
          if (written + length > limit) {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
              code: 'ENOSPC',
            });
          }
          written += length;
          return write(buffer, offset, length);
        },
      });
    },
  } as ContentStoreFs;
}
