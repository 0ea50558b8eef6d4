import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  bundleDataSchema,
  bundleManifestSchema,
  DATA_PATH,
  MANIFEST_PATH,
} from '@shared/bundle/bundle-schemas';
import { isLive } from '@shared/domain/record';
import {
  exportBundle,
  type BundleSource,
} from '../../../electron/core/bundle/export/export-bundle';
import { previewBundle } from '../../../electron/core/bundle/export/preview-bundle';
import type { Workspace } from '../../../electron/core/workspace';
import { makeTempDir } from '../../support/temp-dir';
import {
  EXPORTED_AT,
  infoZipTest,
  openSampleWorkspace,
  pythonZipTest,
  readZip,
} from './bundle-fixture';
import { localizeBundleData } from '@shared/sync/versions';

const STORED = 0;
const DEFLATED = 8;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let workspace: Workspace;
let source: BundleSource;
let clock: Awaited<ReturnType<typeof openSampleWorkspace>>['clock'];
let out: string;

beforeEach(async () => {
  temp = await makeTempDir('cto-bundle-export-');
  ({ workspace, source, clock } = await openSampleWorkspace(join(temp.path, 'data')));
  out = join(temp.path, 'out', 'jordan.ctoportfolio');
  await nodeFs.mkdir(join(temp.path, 'out'));
});
afterEach(async () => {
  await workspace.close();
  await temp.remove();
});

const exportTo = (outPath: string, extra: Partial<Parameters<typeof exportBundle>[0]> = {}) =>
  exportBundle({
    source,
    outPath,
    includePrivate: false,
    appVersion: '0.1.0',
    clock,
    ...extra,
  });

const outFolder = () => readdir(join(temp.path, 'out'));

/** One private reflection, one private artifact and one deleted artifact in the sample. */
async function markSomePrivate() {
  const portfolio = source.store.get();
  const [privateArtifact, deletedArtifact] = portfolio.artifacts.filter(
    (a, i, all) => all.findIndex((b) => b.sha256 === a.sha256) === i,
  );
  await source.store.update((draft) => {
    draft.artifacts.find((a) => a.id === privateArtifact!.id)!.private = true;
    draft.artifacts.find((a) => a.id === deletedArtifact!.id)!.deletedAt = EXPORTED_AT;
  });
  const reflection = source.reflections.all().find(isLive)!;
  await source.reflections.change(reflection.id, () => ({ private: true }));
  return { privateArtifact: privateArtifact!, deletedArtifact: deletedArtifact!, reflection };
}

describe('exportBundle', () => {
  it('writes the sample as a zip that Info-ZIP and Python read, manifest first, every entry listed with its size and hash', async () => {
    const result = await exportTo(out);
    expect(result.path).toBe(out);
    await infoZipTest(out);
    expect(await pythonZipTest(out)).toBe('None');

    const entries = await readZip(out);
    expect(entries[0]!.name).toBe(MANIFEST_PATH);
    const manifest = bundleManifestSchema.parse(JSON.parse(entries[0]!.bytes.toString('utf8')));
    expect(manifest).toMatchObject({
      appVersion: '0.1.0',
      kind: 'portfolio',
      portfolioId: source.store.get().portfolioId,
      exportedAt: EXPORTED_AT,
      includesPrivate: false,
    });
    expect(manifest.files).toEqual(
      entries.slice(1).map((e) => ({ path: e.name, size: e.bytes.length, sha256: e.sha256 })),
    );

    const data = bundleDataSchema.parse(
      JSON.parse(entries.find((e) => e.name === DATA_PATH)!.bytes.toString('utf8')),
    );
    // Local changes ('.') travel under the folder's device id; renamed back, the data is the same.
    expect(localizeBundleData(data, 'device-sample').portfolio).toEqual(source.store.get());
    expect(data.reflections.map((r) => r.id).sort()).toEqual(
      source.reflections
        .all()
        .map((r) => r.id)
        .sort(),
    );
    expect(data.reflections.every((r) => r.content.type === 'doc')).toBe(true);

    const shipped = entries.filter((e) => e.name.startsWith(ARTIFACTS_DIR));
    const hashes = [...new Set(source.store.get().artifacts.map((a) => a.sha256))].sort();
    expect(shipped.map((e) => e.name)).toEqual(hashes.map((h) => `${ARTIFACTS_DIR}${h}`));
    for (const entry of shipped) {
      expect(entry.bytes).toEqual(await readFile(source.content.pathOf(entry.sha256)));
    }
    expect(result).toEqual({ path: out, entries: entries.length, bytes: expect.any(Number) });
  });

  it('stores already-compressed kinds and deflates text', async () => {
    await exportTo(out);
    const methods = new Map((await readZip(out)).map((e) => [e.name, e.compressionMethod]));
    expect(methods.get(MANIFEST_PATH)).toBe(DEFLATED);
    expect(methods.get(DATA_PATH)).toBe(DEFLATED);
    const byKind = new Map<string, number>();
    for (const artifact of source.store.get().artifacts) {
      const kind = artifact.fileName.split('.').pop()!;
      byKind.set(kind, methods.get(`${ARTIFACTS_DIR}${artifact.sha256}`)!);
    }
    expect(Object.fromEntries(byKind)).toEqual({
      pdf: STORED,
      png: STORED,
      docx: STORED,
      xlsx: STORED,
      csv: DEFLATED,
      txt: DEFLATED,
    });
  });

  it('gives the same bytes for the same data at the same time', async () => {
    const second = join(temp.path, 'out', 'again.ctoportfolio');
    await exportTo(out);
    await exportTo(second);
    expect(await readFile(second)).toEqual(await readFile(out));
  });

  it('leaves private items out by default, their files too, and ships no file for a deleted artifact', async () => {
    const { privateArtifact, deletedArtifact, reflection } = await markSomePrivate();
    await exportTo(out);
    const entries = await readZip(out);
    const names = entries.map((e) => e.name);
    const data = bundleDataSchema.parse(
      JSON.parse(entries.find((e) => e.name === DATA_PATH)!.bytes.toString('utf8')),
    );
    expect(data.portfolio.artifacts.map((a) => a.id)).not.toContain(privateArtifact.id);
    expect(data.reflections.map((r) => r.id)).not.toContain(reflection.id);
    expect(names).not.toContain(`${ARTIFACTS_DIR}${privateArtifact.sha256}`);
    // The deleted artifact's record travels (so the deletion syncs); its file does not.
    expect(data.portfolio.artifacts.find((a) => a.id === deletedArtifact.id)?.deletedAt).toBe(
      EXPORTED_AT,
    );
    expect(names).not.toContain(`${ARTIFACTS_DIR}${deletedArtifact.sha256}`);
    await infoZipTest(out);
  });

  it('includes private items when asked, and says so in the manifest', async () => {
    const { privateArtifact, reflection } = await markSomePrivate();
    await exportTo(out, { includePrivate: true });
    const entries = await readZip(out);
    const manifest = bundleManifestSchema.parse(JSON.parse(entries[0]!.bytes.toString('utf8')));
    expect(manifest.includesPrivate).toBe(true);
    const data = bundleDataSchema.parse(
      JSON.parse(entries.find((e) => e.name === DATA_PATH)!.bytes.toString('utf8')),
    );
    expect(data.portfolio.artifacts.map((a) => a.id)).toContain(privateArtifact.id);
    expect(data.reflections.find((r) => r.id === reflection.id)?.private).toBe(true);
    expect(entries.map((e) => e.name)).toContain(`${ARTIFACTS_DIR}${privateArtifact.sha256}`);
  });

  it('previews what goes in: counts, private items left out and the size', async () => {
    await markSomePrivate();
    const portfolio = source.store.get();
    const preview = await previewBundle({
      source,
      includePrivate: false,
      site: { exportedAt: clock.now(), appVersion: '0.1.0' },
    });
    expect(preview.counts).toEqual({
      sessions: portfolio.sessions.filter(isLive).length,
      assignments: portfolio.assignments.filter(isLive).length,
      reflections: source.reflections.all().filter(isLive).length - 1,
      artifacts: portfolio.artifacts.filter(isLive).length - 1,
      logEntries: portfolio.logEntries.filter(isLive).length,
    });
    expect(preview.privateLeftOut).toEqual({ reflections: 1, artifacts: 1 });
    const result = await exportTo(out);
    const manifest = (await readZip(out))[0]!.bytes.length;
    expect(preview.totalBytes).toBe(result.bytes - manifest);
    expect(await previewBundle({ source, includePrivate: true })).toMatchObject({
      privateLeftOut: { reflections: 0, artifacts: 0 },
    });
  });

  it('leaves nothing at the destination nor a temp file when cancelled halfway, and keeps an older file there', async () => {
    await writeFile(out, 'the older bundle');
    const controller = new AbortController();
    let progressed = 0;
    const exporting = exportTo(out, {
      signal: controller.signal,
      onProgress: ({ itemsDone }) => {
        progressed = itemsDone;
        if (itemsDone === 2) controller.abort();
      },
    });
    await expect(exporting).rejects.toMatchObject({ name: 'AbortError' });
    expect(progressed).toBe(2);
    expect(await outFolder()).toEqual(['jordan.ctoportfolio']);
    expect(await readFile(out, 'utf8')).toBe('the older bundle');
  });

  it('refuses with one sentence and leaves nothing when the destination is under a regular file', async () => {
    const blocker = join(temp.path, 'out', 'not-a-folder');
    await writeFile(blocker, 'x');
    await expect(exportTo(join(blocker, 'jordan.ctoportfolio'))).rejects.toThrow(
      /^Could not write the bundle: part of .* is a file, not a folder\. Choose a folder\.$/,
    );
    expect(await outFolder()).toEqual(['not-a-folder']);
  });

  it('removes the whole temp file and keeps an older bundle when the final rename fails', async () => {
    await writeFile(out, 'the older bundle');
    const diskFull = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const fs = { ...nodeFs, rename: () => Promise.reject(diskFull) };
    await expect(exportTo(out, { fs })).rejects.toThrow(
      'Could not write the bundle: the disk is full. Free some space and try again.',
    );
    expect(await outFolder()).toEqual(['jordan.ctoportfolio']);
    expect(await readFile(out, 'utf8')).toBe('the older bundle');
  });

  it('refuses a stored artifact whose bytes no longer match its name, and writes no bundle', async () => {
    const artifact = source.store.get().artifacts.find((a) => a.fileName.endsWith('.csv'))!;
    const path = source.content.pathOf(artifact.sha256);
    const bytes = await readFile(path);
    bytes[0] = bytes[0]! ^ 0xff;
    await nodeFs.chmod(path, 0o644);
    await writeFile(path, bytes);
    expect((await stat(path)).size).toBe(artifact.size);
    await expect(exportTo(out)).rejects.toThrow(
      `The stored file of artifact "${artifact.title}" is damaged or missing, so nothing was exported: remove that artifact, add its file again and export again.`,
    );
    expect(await outFolder()).toEqual([]);
  });

  it('refuses a stored artifact whose file is gone, and writes no bundle', async () => {
    const artifact = source.store.get().artifacts.find((a) => a.fileName.endsWith('.png'))!;
    await nodeFs.rm(source.content.pathOf(artifact.sha256));
    await expect(exportTo(out)).rejects.toThrow(/^The stored file of artifact ".+" is damaged/);
    expect(await outFolder()).toEqual([]);
  });
});
