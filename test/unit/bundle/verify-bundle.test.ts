import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { verifyBundle } from '../../../electron/core/bundle/read/verify-bundle';
import {
  json,
  manifestFor,
  validBundleEntries,
  validBundleParts,
  writeRawZip,
  writeYazlZip,
} from './bundle-fixtures';
import { snapshotFolder } from './folder-snapshot';

import {
  SYMLINK_MODE,
  bundlePath,
  expectRefusedRaw,
  expectRefusedYazl,
  refusal,
  useVerifyScratch,
} from './verify-refusal';

const scratch = useVerifyScratch();

describe('verifyBundle accepts', () => {
  it('a valid bundle, returning its manifest, data and files', async () => {
    await writeYazlZip(bundlePath(), validBundleEntries());
    const before = await snapshotFolder(scratch.path());
    const result = await verifyBundle(bundlePath());
    expect(result.manifest.kind).toBe('portfolio');
    expect(result.data.reflections.map((r) => r.title)).toEqual(['What I learned']);
    expect(result.entries.map((e) => e.path)).toEqual([
      DATA_PATH,
      expect.stringMatching(/^artifacts\/[0-9a-f]{64}$/),
    ]);
    expect(await snapshotFolder(scratch.path())).toEqual(before);
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
});

describe('verifyBundle on a missing file', () => {
  it('says the path does not exist', async () => {
    await expect(verifyBundle(join(scratch.path(), 'nope.ctoportfolio'))).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/does not exist/),
    });
  });
});
