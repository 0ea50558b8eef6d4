import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_PATH, MANIFEST_PATH, NEWER_FORMAT_MESSAGE } from '@shared/bundle/bundle-schemas';
import { BundleError, type BundleProblem } from '../../../electron/core/bundle/bundle-error';
import { verifyBundle } from '../../../electron/core/bundle/read/verify-bundle';
import type { ReadBundleOptions } from '../../../electron/core/bundle/read/read-bundle-entries';
import { makeTempDir } from '../../support/temp-dir';
import {
  json,
  manifestFor,
  validBundleEntries,
  validBundleParts,
  writeRawZip,
  writeYazlZip,
  type RawEntry,
  type TestEntry,
} from './bundle-fixtures';
import { snapshotFolder } from './folder-snapshot';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-bundle-verify-');
});
afterEach(async () => {
  await temp.remove();
});

const bundlePath = () => join(temp.path, 'hostile.ctoportfolio');

/** Verify, and return the refusal: its problem word and its one sentence. Nothing may be written. */
async function refusal(path: string, options?: ReadBundleOptions) {
  const before = await snapshotFolder(temp.path);
  const error: unknown = await verifyBundle(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(await snapshotFolder(temp.path)).toEqual(before);
  if (!(error instanceof BundleError))
    throw new Error(`Expected a BundleError, got ${String(error)}`);
  // One sentence: one line, capitalised, ending with a full stop.
  expect(error.message).toMatch(/^[A-Z][^\n]*\.$/);
  return { problem: error.problem, message: error.message };
}

async function expectRefusedYazl(
  entries: TestEntry[],
  problem: BundleProblem,
  words: RegExp,
  options?: ReadBundleOptions,
) {
  await writeYazlZip(bundlePath(), entries);
  const found = await refusal(bundlePath(), options);
  expect(found.problem).toBe(problem);
  expect(found.message).toMatch(words);
}

async function expectRefusedRaw(entries: RawEntry[], problem: BundleProblem, words: RegExp) {
  await writeRawZip(bundlePath(), entries);
  const found = await refusal(bundlePath());
  expect(found.problem).toBe(problem);
  expect(found.message).toMatch(words);
}

/** A valid bundle with one part replaced. */
function withManifest(edit: (manifest: ReturnType<typeof manifestFor>) => unknown): TestEntry[] {
  const { data, files } = validBundleParts();
  const manifest = manifestFor(files, data.portfolio.portfolioId);
  return [{ name: MANIFEST_PATH, data: json(edit(manifest)) }, ...files];
}

function withData(dataText: string): TestEntry[] {
  const { data, files } = validBundleParts();
  const replaced = files.map((file) =>
    file.name === DATA_PATH ? { ...file, data: Buffer.from(dataText) } : file,
  );
  return [
    { name: MANIFEST_PATH, data: json(manifestFor(replaced, data.portfolio.portfolioId)) },
    ...replaced,
  ];
}

const SYMLINK_MODE = 0o120777;

describe('verifyBundle accepts', () => {
  it('a valid bundle, returning its manifest, data and files', async () => {
    await writeYazlZip(bundlePath(), validBundleEntries());
    const before = await snapshotFolder(temp.path);
    const result = await verifyBundle(bundlePath());
    expect(result.manifest.kind).toBe('portfolio');
    expect(result.data.reflections.map((r) => r.title)).toEqual(['What I learned']);
    expect(result.entries.map((e) => e.path)).toEqual([
      DATA_PATH,
      expect.stringMatching(/^artifacts\/[0-9a-f]{64}$/),
    ]);
    expect(await snapshotFolder(temp.path)).toEqual(before);
  });

  it('a bundle unzipped and zipped again with its empty folder entries', async () => {
    const entries = validBundleEntries();
    await writeRawZip(bundlePath(), [
      { name: 'artifacts/', externalAttributes: (0o040755 << 16) >>> 0 },
      ...entries.map((entry) => ({ name: entry.name, data: entry.data, deflate: true })),
    ]);
    await expect(verifyBundle(bundlePath())).resolves.toMatchObject({
      manifest: { kind: 'portfolio' },
    });
  });

  it('a listed site/ file, which later versions add', async () => {
    const { data, files } = validBundleParts();
    const all = [
      ...files,
      { name: 'site/index.html', data: Buffer.from('<!doctype html><p>hi</p>') },
    ];
    const entries = [
      { name: MANIFEST_PATH, data: json(manifestFor(all, data.portfolio.portfolioId)) },
      ...all,
    ];
    await writeYazlZip(bundlePath(), entries);
    await expect(verifyBundle(bundlePath())).resolves.toBeTruthy();
  });
});

describe('verifyBundle refuses, with one sentence and writing nothing,', () => {
  it('a file that is not a zip', async () => {
    await writeFile(bundlePath(), 'just some notes, not a bundle\n'.repeat(10));
    expect(await refusal(bundlePath())).toMatchObject({
      problem: 'not-a-zip',
      message: expect.stringMatching(/not a zip file/),
    });
  });

  it('an empty file', async () => {
    await writeFile(bundlePath(), '');
    expect((await refusal(bundlePath())).problem).toBe('not-a-zip');
  });

  it('a truncated zip', async () => {
    await writeYazlZip(bundlePath(), validBundleEntries());
    const bytes = await readFile(bundlePath());
    await writeFile(bundlePath(), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(bundlePath())).toMatchObject({
      problem: 'truncated',
      message: expect.stringMatching(/cut off/),
    });
  });

  it('a zip-slip name ../x', async () => {
    await expectRefusedRaw(
      [{ name: '../x', data: Buffer.from('x') }],
      'unsafe-path',
      /outside its folder/,
    );
  });

  it('an absolute name /etc/x', async () => {
    await expectRefusedRaw(
      [{ name: '/etc/x', data: Buffer.from('x') }],
      'unsafe-path',
      /outside its folder/,
    );
  });

  it('a backslash name a\\..\\x', async () => {
    await expectRefusedRaw(
      [{ name: 'a\\..\\x', data: Buffer.from('x') }],
      'unsafe-path',
      /outside its folder/,
    );
  });

  it('a name with control characters', async () => {
    await expectRefusedRaw(
      [{ name: 'a\u0001b', data: Buffer.from('x') }],
      'unsafe-path',
      /control characters/,
    );
  });

  it('a symlink entry', async () => {
    await expectRefusedYazl(
      [
        ...validBundleEntries(),
        { name: 'artifacts/link', data: Buffer.from('/etc/passwd'), mode: SYMLINK_MODE },
      ],
      'symlink',
      /a link/,
    );
  });

  it('duplicate names, exact and differing only in case', async () => {
    await expectRefusedRaw(
      [
        { name: 'a.txt', data: Buffer.from('1') },
        { name: 'a.txt', data: Buffer.from('2') },
      ],
      'duplicate-name',
      /twice/,
    );
    await expectRefusedRaw(
      [
        { name: 'Notes.txt', data: Buffer.from('1') },
        { name: 'notes.txt', data: Buffer.from('2') },
      ],
      'duplicate-name',
      /same file on Windows and macOS/,
    );
  });

  it('a bomb declaring 10 GB from a few bytes, before inflating anything', async () => {
    await expectRefusedRaw(
      [{ name: 'bomb', data: Buffer.from('x'), deflate: true, declaredSize: 10 * 1024 ** 3 }],
      'zip-bomb',
      /zip bomb/,
    );
  });

  it('50 MB of zeros deflated over 200:1', async () => {
    await expectRefusedYazl(
      [
        ...validBundleEntries(),
        { name: 'zeros', data: Buffer.alloc(50 * 1024 * 1024), compress: true },
      ],
      'zip-bomb',
      /more than 200 times/,
    );
  });

  it('more than the total size allowed, or than the free disk', async () => {
    await expectRefusedYazl(validBundleEntries(), 'too-large', /more than the/, {
      maxTotalBytes: 100,
    });
    await expectRefusedYazl(validBundleEntries(), 'too-large', /free on the disk/, {
      freeDiskBytes: 100,
    });
  });

  it('200,000 tiny entries (a real zip, refused from its end record)', async () => {
    const entries = Array.from({ length: 200_000 }, (_, i) => ({ name: `f${i}` }));
    await expectRefusedRaw(
      entries,
      'too-many-entries',
      /200000 files, more than the 100000 allowed/,
    );
  });

  it('an entry whose bytes run past its declared size, while inflating', async () => {
    // Central directory and manifest agree on 10 bytes too few; only inflating can tell.
    const { data, files } = validBundleParts();
    const artifact = files[1]!;
    const shortened = { ...artifact, data: artifact.data.subarray(0, artifact.data.length - 10) };
    const manifest = manifestFor([files[0]!, shortened], data.portfolio.portfolioId);
    await expectRefusedRaw(
      [
        { name: MANIFEST_PATH, data: json(manifest) },
        { name: DATA_PATH, data: files[0]!.data, deflate: true },
        {
          name: artifact.name,
          data: artifact.data,
          deflate: true,
          declaredSize: shortened.data.length,
        },
      ],
      'size-mismatch',
      /not the size the zip says/,
    );
  });

  it('a stored entry whose sizes disagree in the central directory', async () => {
    await expectRefusedRaw(
      [{ name: 'a', data: Buffer.alloc(3000, 1), declaredSize: 10 }],
      'size-mismatch',
      /not the size/,
    );
  });

  it('a bundle without a manifest', async () => {
    await expectRefusedYazl(validBundleEntries().slice(1), 'missing-file', /no manifest\.json/);
  });

  it('a file whose bytes do not match the manifest hash', async () => {
    const entries = validBundleEntries();
    const artifact = entries[2]!;
    artifact.data = Buffer.from(artifact.data.map((byte) => byte ^ 0xff));
    await expectRefusedYazl(entries, 'hash-mismatch', /does not match its checksum/);
  });

  it('a file the manifest lists but the zip lacks', async () => {
    await expectRefusedYazl(
      validBundleEntries().slice(0, 2),
      'missing-file',
      /is missing "artifacts\//,
    );
  });

  it('a file in the zip the manifest does not list', async () => {
    await expectRefusedYazl(
      [...validBundleEntries(), { name: 'extra.txt', data: Buffer.from('surprise') }],
      'unlisted-file',
      /"extra\.txt", which its manifest does not list/,
    );
  });

  it('a manifest whose size disagrees with the zip', async () => {
    await expectRefusedYazl(
      withManifest((m) => ({ ...m, files: m.files.map((f) => ({ ...f, size: f.size + 1 })) })),
      'size-mismatch',
      /not the size its manifest says/,
    );
  });

  it('a newer format version, with the update sentence', async () => {
    await expectRefusedYazl(
      withManifest((m) => ({ ...m, formatVersion: 2 })),
      'newer-format',
      /update the app/,
    );
    await expect(refusal(bundlePath())).resolves.toEqual({
      problem: 'newer-format',
      message: NEWER_FORMAT_MESSAGE,
    });
  });

  it('a newer data format version inside a current manifest', async () => {
    const { data } = validBundleParts();
    await expectRefusedYazl(
      withData(JSON.stringify({ ...data, formatVersion: 7 })),
      'newer-format',
      /update the app/,
    );
  });

  it('another format altogether', async () => {
    await expectRefusedYazl(
      withManifest((m) => ({ ...m, format: 'something-else' })),
      'invalid-data',
      /not a CTO Mentor Portfolio bundle/,
    );
  });

  it('a manifest that breaks its schema', async () => {
    await expectRefusedYazl(
      withManifest((m) => ({ ...m, exportedAt: 'yesterday' })),
      'invalid-data',
      /manifest\.json is not valid \(exportedAt\)/,
    );
  });

  it('portfolio data that breaks its schema', async () => {
    const { data } = validBundleParts();
    await expectRefusedYazl(
      withData(JSON.stringify({ ...data, reflections: [{ title: 42 }] })),
      'invalid-data',
      /portfolio\.json is not valid \(reflections\.0/,
    );
  });

  it('portfolio data that is not JSON', async () => {
    await expectRefusedYazl(withData('{"format": '), 'invalid-data', /not valid JSON/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a %s key anywhere in the JSON',
    async (key) => {
      const { data } = validBundleParts();
      const text = JSON.stringify(data).replace(
        '"reflections":',
        `"reflections_x":{"${key}":{"polluted":true}},"reflections":`,
      );
      await expectRefusedYazl(withData(text), 'invalid-data', new RegExp(`field named "${key}"`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('data of another portfolio than the manifest names', async () => {
    await expectRefusedYazl(
      withManifest((m) => ({ ...m, portfolioId: 'someone-else' })),
      'invalid-data',
      /another portfolio/,
    );
  });

  it('a live artifact whose file is not in the bundle', async () => {
    const { data, files } = validBundleParts();
    const onlyData = files.filter((file) => file.name === DATA_PATH);
    await expectRefusedYazl(
      [
        { name: MANIFEST_PATH, data: json(manifestFor(onlyData, data.portfolio.portfolioId)) },
        ...onlyData,
      ],
      'missing-file',
      /artifact/,
    );
  });

  it('when cancelled', async () => {
    await expectRefusedYazl(validBundleEntries(), 'cancelled', /cancelled/, {
      signal: AbortSignal.abort(),
    });
  });
});

describe('verifyBundle on a missing file', () => {
  it('says the path does not exist', async () => {
    await expect(verifyBundle(join(temp.path, 'nope.ctoportfolio'))).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/does not exist/),
    });
  });
});
