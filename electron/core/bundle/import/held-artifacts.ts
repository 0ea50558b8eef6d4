import { copyFile, link, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ContentStore } from '../../artifacts/content-store';
import { ARTIFACTS_FOLDER } from '../../artifacts/artifact-library';
import { REVIEWED_FOLDER, isSafePortfolioId } from '../../reviewed/reviewed-library';
import { safeChildPath } from '../../safe-name';

/**
 * Where this data folder already holds artifact files: the own content store
 * (`artifacts/<ab>/<sha>`) and each reviewed copy (`reviewed/<id>/artifacts/<sha>`). An import
 * takes a file it needs from here rather than extracting it again.
 */
export class HeldArtifacts {
  private constructor(
    readonly own: ContentStore,
    private readonly reviewedDirs: string[],
  ) {}

  static async find(dataDir: string): Promise<HeldArtifacts> {
    const root = join(dataDir, REVIEWED_FOLDER);
    const names = await readdir(root).catch(() => [] as string[]);
    return new HeldArtifacts(
      new ContentStore(join(dataDir, ARTIFACTS_FOLDER)),
      names.filter(isSafePortfolioId).map((name) => join(safeChildPath(root, name), 'artifacts')),
    );
  }

  /** The path of a held copy of `sha256`, or null. */
  async pathOf(sha256: string): Promise<string | null> {
    const candidates = [
      this.own.pathOf(sha256),
      ...this.reviewedDirs.map((d) => safeChildPath(d, sha256)),
    ];
    for (const candidate of candidates) {
      if ((await stat(candidate).catch(() => null))?.isFile()) return candidate;
    }
    return null;
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.pathOf(sha256)) !== null;
  }
}

/**
 * A copy of a held file at `target` (in a staging folder): a hard link when the disk allows it,
 * which costs nothing since stored files never change, otherwise a copy.
 */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  try {
    await link(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    await copyFile(source, target);
  }
}
