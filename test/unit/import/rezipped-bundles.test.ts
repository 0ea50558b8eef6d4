// A bundle unzipped and compressed again with macOS Finder or Windows Explorer: every entry inside
// one top folder, with the system's own entries beside them. It imports, and nothing else is let
// through: a hostile entry inside the top folder is still refused.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../electron/core/errors';
import { openSampleStore } from '../../../electron/core/sample/open-sample-store';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { writeRawZip, type RawEntry } from '../bundle/bundle-fixtures';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { NOW, exportFolder, openFolder, ownData, type OpenedFolder } from './import-fixture';

const run = promisify(execFile);
const TOP = 'Jordan Lee portfolio';
const MSDOS_HOST = 0;
const MSDOS_DIRECTORY = 0x10;
const MSDOS_ARCHIVE = 0x20;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let source: OpenedFolder;
let unpacked: string;
const opened: OpenedFolder[] = [];
beforeEach(async () => {
  temp = await makeTempDir('cto-import-rezip-');
  const dir = join(temp.path, 'source');
  const { store } = await openSampleStore({
    dir,
    clock: fixedClock(NOW),
    newId: sequentialIds('sample'),
  });
  await store.close();
  source = await openFolder(dir);
  opened.push(source);
  const bundle = await exportFolder(source, join(temp.path, 'sample.ctoportfolio'));
  unpacked = join(temp.path, 'unpacked', TOP);
  await mkdir(unpacked, { recursive: true });
  await run('unzip', ['-q', bundle, '-d', unpacked]);
});
afterEach(async () => {
  for (const folder of opened.splice(0)) await folder.close();
  await temp.remove();
});

async function open(name: string): Promise<OpenedFolder> {
  const folder = await openFolder(join(temp.path, name), { ids: name });
  opened.push(folder);
  return folder;
}

/** Finder's "Compress": AppleDouble files under __MACOSX/, .DS_Store files, folder entries. */
async function finderZip(): Promise<string> {
  const parent = join(temp.path, 'unpacked');
  await writeFile(join(unpacked, '.DS_Store'), Buffer.alloc(6148, 1));
  await writeFile(join(unpacked, 'artifacts', '.DS_Store'), Buffer.alloc(6148, 2));
  const apple = join(parent, '__MACOSX', TOP);
  await mkdir(join(apple, 'artifacts'), { recursive: true });
  await writeFile(join(apple, '._manifest.json'), Buffer.alloc(4096, 3));
  await writeFile(join(apple, '._portfolio.json'), Buffer.alloc(4096, 4));
  const path = join(temp.path, `${TOP}.zip`);
  await run('zip', ['-q', '-r', path, TOP, '__MACOSX'], { cwd: parent });
  return path;
}

/** Explorer's "Compressed (zipped) folder", written as it does: MS-DOS attributes, folders. */
async function explorerEntries(): Promise<RawEntry[]> {
  const entries: RawEntry[] = [
    { name: `${TOP}/`, madeByHost: MSDOS_HOST, externalAttributes: MSDOS_DIRECTORY },
  ];
  const names = (await readdir(unpacked, { recursive: true, withFileTypes: true }))
    .map((entry) => ({ entry, name: relative(unpacked, join(entry.parentPath, entry.name)) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { entry, name } of names) {
    const full = `${TOP}/${name}`;
    entries.push(
      entry.isDirectory()
        ? { name: `${full}/`, madeByHost: MSDOS_HOST, externalAttributes: MSDOS_DIRECTORY }
        : {
            name: full,
            data: await readFile(join(unpacked, name)),
            deflate: true,
            madeByHost: MSDOS_HOST,
            externalAttributes: MSDOS_ARCHIVE,
          },
    );
  }
  const metadata = (name: string): RawEntry => ({
    name,
    data: Buffer.from('[.ShellClassInfo]\r\n'),
    madeByHost: MSDOS_HOST,
    externalAttributes: MSDOS_ARCHIVE,
  });
  return [...entries, metadata(`${TOP}/Thumbs.db`), metadata(`${TOP}/site/desktop.ini`)];
}

async function explorerZip(extra: RawEntry[] = []): Promise<string> {
  const path = join(temp.path, `${TOP} (Explorer).zip`);
  await writeRawZip(path, [...(await explorerEntries()), ...extra]);
  return path;
}

async function expectRefused(path: string, sentence: RegExp) {
  const target = await open('target');
  const before = await snapshotFolder(temp.path);
  const error: unknown = await target.importer.inspect(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(/^[A-Z][^\n]*\.$/);
  expect((error as Error).message).toMatch(sentence);
  // Nothing written anywhere: not in the data folder, not beside it.
  expect(await snapshotFolder(temp.path)).toEqual(before);
}

describe.each([
  ['macOS Finder', finderZip],
  ['Windows Explorer', () => explorerZip()],
])('a bundle compressed again with %s', (_system, rezip) => {
  it('is adopted on a computer not used yet, with the same data as the original', async () => {
    const path = await rezip();
    const target = await open('adopt');
    const summary = await target.importer.inspect(path);
    expect(summary.kind).toBe('adopt');
    await target.importer.commit(summary.inspectionId);
    expect(await ownData(target)).toEqual(await ownData(source));
  });

  it('merges into its own portfolio, where it changes nothing', async () => {
    const path = await rezip();
    const before = await snapshotFolder(source.dir);
    const summary = await source.importer.inspect(path);
    expect(summary).toMatchObject({ kind: 'merge', nothingToChange: true });
    await source.importer.commit(summary.inspectionId);
    expect(await snapshotFolder(source.dir)).toEqual(before);
  });

  it('is kept as a reviewed portfolio, none of the system’s files among it', async () => {
    const path = await rezip();
    const target = await open('review');
    const summary = await target.importer.inspect(path);
    const result = await target.importer.commit(summary.inspectionId, 'review');
    const copy = join(target.dir, 'reviewed', result.reviewedPortfolioId!);
    const files = await readdir(copy, { recursive: true });
    expect(files).toContain('portfolio.json');
    expect(files.filter((f) => /DS_Store|Thumbs|desktop\.ini|MACOSX|\._/i.test(f))).toEqual([]);
  });
});

describe('a re-compressed bundle with something else inside its top folder is refused', () => {
  const link = 0o120777 << 16;
  it.each<[string, RawEntry, RegExp]>([
    [
      'a path climbing out',
      { name: `${TOP}/../evil.txt`, data: Buffer.from('x') },
      /outside its folder|climbs/,
    ],
    [
      'a file the manifest does not list',
      { name: `${TOP}/extra.txt`, data: Buffer.from('x') },
      /does not list/,
    ],
    [
      'a link',
      { name: `${TOP}/artifacts/link`, data: Buffer.from('/etc/passwd'), externalAttributes: link },
      /link/,
    ],
    [
      'a link named like Finder’s .DS_Store',
      { name: `${TOP}/.DS_Store`, data: Buffer.from('/etc'), externalAttributes: link },
      /link/,
    ],
    [
      'a path climbing out of __MACOSX',
      { name: '__MACOSX/../../evil', data: Buffer.from('x') },
      /outside its folder|climbs/,
    ],
    [
      'a second top folder',
      { name: 'Other/manifest.json', data: Buffer.from('{}') },
      /several folders \("Jordan Lee portfolio", "Other"\)/,
    ],
    [
      'a stray empty folder beside it',
      { name: 'Other/', externalAttributes: MSDOS_DIRECTORY, madeByHost: MSDOS_HOST },
      /several folders/,
    ],
  ])('%s', async (_name, extra, sentence) => {
    await expectRefused(await explorerZip([extra]), sentence);
  });
});
