import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_PATH, MANIFEST_PATH, bundleManifestSchema } from '@shared/bundle/bundle-schemas';
import { exportBundle } from '../../../electron/core/bundle/export/export-bundle';
import { verifyBundle } from '../../../electron/core/bundle/read/verify-bundle';
import { renderPortfolioSite } from '../../../electron/core/site/render-portfolio-site';
import type { Workspace } from '../../../electron/core/workspace';
import { makeTempDir } from '../../support/temp-dir';
import { EXPORTED_AT, infoZipTest, openSampleWorkspace, readZip } from '../bundle/bundle-fixture';

const DEFLATED = 8;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let workspace: Workspace;

beforeEach(async () => {
  temp = await makeTempDir('cto-site-bundle-');
});
afterEach(async () => {
  await workspace.close();
  await temp.remove();
});

describe('the web version in a bundle', () => {
  it('follows portfolio.json as deflated, listed entries rendered from the exported data, and the bundle still verifies', async () => {
    const opened = await openSampleWorkspace(join(temp.path, 'data'));
    workspace = opened.workspace;
    const out = join(temp.path, 'out', 'sample.ctoportfolio');
    await mkdir(join(temp.path, 'out'));
    await exportBundle({
      source: opened.source,
      outPath: out,
      includePrivate: false,
      appVersion: '0.1.0',
      clock: opened.clock,
    });

    const entries = await readZip(out);
    const { data } = await verifyBundle(out);
    const expected = renderPortfolioSite(data, {
      exportedAt: new Date(EXPORTED_AT),
      appVersion: '0.1.0',
    });
    expect(entries.map((e) => e.name).slice(0, 2 + expected.length)).toEqual([
      MANIFEST_PATH,
      DATA_PATH,
      ...expected.map((f) => f.path),
    ]);
    for (const file of expected) {
      const entry = entries.find((e) => e.name === file.path)!;
      expect(entry.bytes.toString('utf8')).toBe(file.content);
      expect(entry.compressionMethod).toBe(DEFLATED);
    }
    const manifest = bundleManifestSchema.parse(JSON.parse(entries[0]!.bytes.toString('utf8')));
    expect(manifest.files.map((f) => f.path)).toEqual(entries.slice(1).map((e) => e.name));
    expect(expected.map((f) => f.path)).toEqual(
      expect.arrayContaining(['index.html', 'site/style.css', 'site/evidence.html']),
    );
    await infoZipTest(out);
  });
});
