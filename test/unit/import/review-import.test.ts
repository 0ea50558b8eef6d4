import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { makeTempDir } from '../../support/temp-dir';
import { json, manifestFor, validBundleParts, writeYazlZip } from '../bundle/bundle-fixtures';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { openFolder, type OpenedFolder } from './import-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let folder: OpenedFolder;
beforeEach(async () => {
  temp = await makeTempDir('cto-import-review-');
  folder = await openFolder(join(temp.path, 'data'));
});
afterEach(async () => {
  await folder.close();
  await temp.remove();
});

/** A candidate's bundle, exported at `exportedAt`, whose reflection is titled `title`. */
async function candidateBundle(name: string, exportedAt: string, title: string) {
  const { data, files } = validBundleParts();
  data.portfolio.profile.name = 'Jordan Lee';
  data.reflections[0]!.title = title;
  const all = files.map((f) => (f.name === 'portfolio.json' ? { ...f, data: json(data) } : f));
  const manifest = { ...manifestFor(all, data.portfolio.portfolioId), exportedAt };
  const path = join(temp.path, name);
  await writeYazlZip(path, [{ name: MANIFEST_PATH, data: json(manifest) }, ...all]);
  return { path, data };
}

async function importAs(path: string, as?: 'review') {
  const summary = await folder.importer.inspect(path);
  const result = await folder.importer.commit(summary.inspectionId, as);
  return { summary, result };
}

describe('a bundle of someone else’s portfolio', () => {
  it('is added to the reviewed portfolios, and a newer one replaces it keeping mentor/', async () => {
    const first = await candidateBundle('v1.ctoportfolio', '2026-11-01T10:00:00.000Z', 'First');
    const { summary, result } = await importAs(first.path, 'review');
    expect(summary).toMatchObject({ kind: 'adopt', canAdoptInstead: true });
    expect(result.kind).toBe('review-new');
    const pid = first.data.portfolio.portfolioId;
    const copy = join(folder.dir, 'reviewed', pid);
    await mkdir(join(copy, 'mentor'));
    await writeFile(join(copy, 'mentor', 'notes.txt'), 'Strong start.');

    const second = await candidateBundle('v2.ctoportfolio', '2026-11-20T10:00:00.000Z', 'Second');
    const update = await importAs(second.path);
    expect(update.summary).toMatchObject({ kind: 'review-update', olderThanCurrent: false });
    // The reflection, and the artifact (each fixture bundle has new random bytes).
    expect(update.summary.changes).toMatchObject({ added: 0, updated: 2, deleted: 0 });
    expect(await readFile(join(copy, 'mentor', 'notes.txt'), 'utf8')).toBe('Strong start.');
    expect(await readFile(join(copy, 'portfolio.json'), 'utf8')).toContain('"Second"');
    expect(await readFile(join(copy, 'site', 'reflections.html'), 'utf8')).toContain('Second');

    const listed = await folder.importer.reviewed.list();
    expect(listed).toEqual([
      expect.objectContaining({
        origin: expect.objectContaining({ portfolioId: pid, name: 'Jordan Lee' }),
        counts: expect.objectContaining({ reflections: 1, artifacts: 1 }),
      }),
    ]);
  });

  it('keeps the replaced copy’s data as previous/portfolio.json, and its first bundle date', async () => {
    const first = await candidateBundle('v1.ctoportfolio', '2026-11-01T10:00:00.000Z', 'First');
    await importAs(first.path, 'review');
    const copy = join(folder.dir, 'reviewed', first.data.portfolio.portfolioId);
    expect(await readdir(copy)).not.toContain('previous');
    const v1Data = await readFile(join(copy, 'portfolio.json'), 'utf8');
    const v1Review = await readFile(join(copy, 'review.json'), 'utf8');
    await mkdir(join(copy, 'mentor'));
    await writeFile(join(copy, 'mentor', 'layer.json'), '{"kept":true}');

    const second = await candidateBundle('v2.ctoportfolio', '2026-11-20T10:00:00.000Z', 'Second');
    await importAs(second.path);
    expect(await readFile(join(copy, 'previous', 'portfolio.json'), 'utf8')).toBe(v1Data);
    expect(await readFile(join(copy, 'previous', 'review.json'), 'utf8')).toBe(v1Review);
    expect(await readFile(join(copy, 'portfolio.json'), 'utf8')).toContain('"Second"');
    expect(await readFile(join(copy, 'mentor', 'layer.json'), 'utf8')).toBe('{"kept":true}');
    const review = JSON.parse(await readFile(join(copy, 'review.json'), 'utf8')) as {
      summary: { firstExportedAt: string };
    };
    expect(review.summary.firstExportedAt).toBe('2026-11-01T10:00:00.000Z');

    // A third bundle: previous/ holds the second, never the first.
    const v2Data = await readFile(join(copy, 'portfolio.json'), 'utf8');
    const third = await candidateBundle('v3.ctoportfolio', '2026-11-25T10:00:00.000Z', 'Third');
    await importAs(third.path);
    expect(await readFile(join(copy, 'previous', 'portfolio.json'), 'utf8')).toBe(v2Data);
  });

  it('keeps the previous copy also when the import stopped after its commit point', async () => {
    const first = await candidateBundle('v1.ctoportfolio', '2026-11-01T10:00:00.000Z', 'First');
    await importAs(first.path, 'review');
    const copy = join(folder.dir, 'reviewed', first.data.portfolio.portfolioId);
    const v1Data = await readFile(join(copy, 'portfolio.json'), 'utf8');
    await folder.close();
    folder = await openFolder(folder.dir, {
      extra: {
        applyHooks: {
          afterStep: () => {
            throw new Error('stopped');
          },
        },
      },
    });
    const second = await candidateBundle('v2.ctoportfolio', '2026-11-20T10:00:00.000Z', 'Second');
    await expect(importAs(second.path)).rejects.toThrow('stopped');
    await folder.close();
    folder = await openFolder(folder.dir);
    expect(await readFile(join(copy, 'previous', 'portfolio.json'), 'utf8')).toBe(v1Data);
    expect(await readFile(join(copy, 'portfolio.json'), 'utf8')).toContain('"Second"');
  });

  it('says when a bundle is older than the copy here, and changes nothing for the same file', async () => {
    const newer = await candidateBundle('new.ctoportfolio', '2026-11-20T10:00:00.000Z', 'New');
    await importAs(newer.path, 'review');
    const older = await candidateBundle('old.ctoportfolio', '2026-11-01T10:00:00.000Z', 'Old');
    const summary = await folder.importer.inspect(older.path);
    expect(summary).toMatchObject({ kind: 'review-update', olderThanCurrent: true });
    await folder.importer.discard(summary.inspectionId);

    const before = await snapshotFolder(folder.dir);
    const again = await importAs(newer.path);
    expect(again.summary.nothingToChange).toBe(true);
    expect(await snapshotFolder(folder.dir)).toEqual(before);
  });

  it('serves only the copy’s web pages and artifact files, with safe types', async () => {
    const bundle = await candidateBundle('v1.ctoportfolio', '2026-11-01T10:00:00.000Z', 'First');
    await importAs(bundle.path, 'review');
    const pid = bundle.data.portfolio.portfolioId;
    const { reviewed } = folder.importer;
    const sha = bundle.data.portfolio.artifacts[0]!.sha256;
    expect(await reviewed.siteFile(pid, 'index.html')).toMatchObject({
      mediaType: 'text/html; charset=utf-8',
    });
    expect(await reviewed.siteFile(pid, `artifacts/${sha}`)).toMatchObject({
      mediaType: 'application/octet-stream',
    });
    for (const bad of [
      'review.json',
      'portfolio.json',
      '../x',
      'site/../review.json',
      'mentor/notes.txt',
    ]) {
      expect(await reviewed.siteFile(pid, bad)).toBeNull();
    }
    expect(await reviewed.siteFile('../data', 'index.html')).toBeNull();
    expect(await reviewed.remove(pid)).toEqual([]);
    expect(await reviewed.siteFile(pid, 'index.html')).toBeNull();
  });

  it('skips a damaged reviewed folder with one sentence', async () => {
    const bundle = await candidateBundle('v1.ctoportfolio', '2026-11-01T10:00:00.000Z', 'First');
    await importAs(bundle.path, 'review');
    await mkdir(join(folder.dir, 'reviewed', 'broken'));
    await writeFile(join(folder.dir, 'reviewed', 'broken', 'portfolio.json'), '{');
    const { portfolios, notice } = await folder.importer.reviewed.listWithNotice();
    expect(portfolios).toHaveLength(1);
    expect(notice).toMatch(/^One reviewed portfolio is damaged[^\n]*\.$/);
  });
});
