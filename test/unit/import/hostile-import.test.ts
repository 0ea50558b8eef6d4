import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../electron/core/errors';
import { makeTempDir } from '../../support/temp-dir';
import { writeYazlZip } from '../bundle/bundle-fixtures';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { HOSTILE_BUNDLES, scriptInTextEntries } from './hostile-bundles';
import { openFolder, type OpenedFolder } from './import-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let folder: OpenedFolder;
beforeEach(async () => {
  temp = await makeTempDir('cto-import-hostile-');
  folder = await openFolder(join(temp.path, 'data'));
});
afterEach(async () => {
  await folder.close();
  await temp.remove();
});

describe('a hostile bundle is refused with one sentence and the data folder unchanged:', () => {
  it.each(HOSTILE_BUNDLES.map((bundle) => [bundle.name, bundle] as const))(
    '%s',
    async (_name, bundle) => {
      const path = join(temp.path, 'hostile.ctoportfolio');
      await bundle.write(path);
      const before = await snapshotFolder(folder.dir);
      const error: unknown = await folder.importer.inspect(path).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/^[A-Z][^\n]*\.$/);
      expect(await snapshotFolder(folder.dir)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('script hidden in valid reflection content', () => {
  it('is stored as inert text: the reviewed copy’s pages hold no script, iframe or handler', async () => {
    const path = join(temp.path, 'tricky.ctoportfolio');
    await writeYazlZip(path, scriptInTextEntries());
    const summary = await folder.importer.inspect(path);
    const result = await folder.importer.commit(summary.inspectionId, 'review');
    const site = join(folder.dir, 'reviewed', result.reviewedPortfolioId!);
    const pages = (await readdir(site, { recursive: true })).filter((p) => p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const html = await readFile(join(site, page), 'utf8');
      // The text is shown, escaped; no tag, handler or remote load comes out of it.
      const active = /<script|<iframe|\son[a-z]+=|javascript:|(?:src|href)="https?:\/\/evil/i.exec(
        html,
      );
      expect(
        active ? html.slice(Math.max(0, active.index - 80), active.index + 80) : null,
      ).toBeNull();
    }
    const stored = await readFile(join(site, 'portfolio.json'), 'utf8');
    expect(stored).not.toMatch(/onclick|background:url/);
  });
});
