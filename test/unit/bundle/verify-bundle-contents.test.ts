import { describe, expect, it } from 'vitest';
import { DATA_PATH, MANIFEST_PATH, NEWER_FORMAT_MESSAGE } from '@shared/bundle/bundle-schemas';

import { json, manifestFor, validBundleEntries, validBundleParts } from './bundle-fixtures';

import {
  bundlePath,
  expectRefusedYazl,
  refusal,
  useVerifyScratch,
  withData,
  withManifest,
} from './verify-refusal';

useVerifyScratch();

describe('verifyBundle refuses contents, with one sentence and writing nothing,', () => {
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
