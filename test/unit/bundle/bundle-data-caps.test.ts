import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUNDLE_RECORD_CAPS,
  MAX_DATA_JSON_BYTES,
  MAX_DATA_JSON_VALUES,
  MAX_JSON_DEPTH,
} from '@shared/bundle/bundle-data-limits';
import { DATA_PATH, MANIFEST_PATH, bundleDataSchema } from '@shared/bundle/bundle-schemas';
import { newRecordMeta } from '@shared/domain/record';
import { verifyBundle } from '../../../electron/core/bundle/read/verify-bundle';
import { makeTempDir } from '../../support/temp-dir';
import { openFolder } from '../import/import-fixture';
import { json, manifestFor, validBundleParts, writeYazlZip } from './bundle-fixtures';
import { snapshotFolder } from './folder-snapshot';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-bundle-caps-');
});
afterEach(async () => {
  await temp.remove();
});

type Data = ReturnType<typeof validBundleParts>['data'];
const NOW = new Date('2026-11-28T12:00:00.000Z');

/** A valid bundle whose portfolio.json is `text(data)`, with a manifest that matches it. */
async function bundleWith(text: (data: Data) => string): Promise<string> {
  const { data, files } = validBundleParts();
  const edited = files.map((f) =>
    f.name === DATA_PATH ? { ...f, data: Buffer.from(text(data)) } : f,
  );
  const path = join(temp.path, 'capped.ctoportfolio');
  await writeYazlZip(path, [
    { name: MANIFEST_PATH, data: json(manifestFor(edited, data.portfolio.portfolioId)) },
    ...edited,
  ]);
  return path;
}

function withLogEntries(data: Data, count: number): Data {
  const entry = (i: number) => ({
    ...newRecordMeta(`log-${i}`, NOW),
    date: '2026-11-01',
    channel: 'call' as const,
    summary: 'Called about the budget',
    followUps: '',
  });
  data.portfolio.logEntries = Array.from({ length: count }, (_, i) => entry(i));
  return data;
}

describe('the record caps', () => {
  it('let a bundle with every mentor log entry the cap allows through', async () => {
    const cap = BUNDLE_RECORD_CAPS.logEntries;
    const path = await bundleWith((data) => JSON.stringify(withLogEntries(data, cap)));
    const { data } = await verifyBundle(path);
    expect(data.portfolio.logEntries).toHaveLength(cap);
  });

  it('refuse one more, saying how many it holds and how many are allowed, before importing anything', async () => {
    const cap = BUNDLE_RECORD_CAPS.logEntries;
    const path = await bundleWith((data) => JSON.stringify(withLogEntries(data, cap + 1)));
    const expected = `The bundle's portfolio.json holds ${(cap + 1).toLocaleString('en-US')} mentor log entries, more than the ${cap.toLocaleString('en-US')} this app allows, so nothing was imported.`;
    await expect(verifyBundle(path)).rejects.toMatchObject({
      problem: 'too-many-records',
      message: expected,
    });
    const folder = await openFolder(join(temp.path, 'data'));
    try {
      const before = await snapshotFolder(folder.dir);
      await expect(folder.importer.inspect(path)).rejects.toThrow(expected);
      expect(await snapshotFolder(folder.dir)).toEqual(before);
    } finally {
      await folder.close();
    }
  });

  it('are the schema’s too, so anything validating a bundle’s data agrees with the reader', () => {
    const data = withLogEntries(validBundleParts().data, BUNDLE_RECORD_CAPS.logEntries + 1);
    expect(bundleDataSchema.safeParse(data).success).toBe(false);
    data.portfolio.logEntries.pop();
    expect(bundleDataSchema.safeParse(data).success).toBe(true);
  });
});

describe('the caps on portfolio.json itself', () => {
  it('refuse a file larger than the size cap from its declared size', async () => {
    // Random text, so the zip's ratio cap does not refuse it first.
    const padding = randomBytes(MAX_DATA_JSON_BYTES * 0.8).toString('base64');
    const path = await bundleWith((data) => JSON.stringify({ ...data, padding }));
    await expect(verifyBundle(path)).rejects.toMatchObject({
      problem: 'too-much-data',
      message: expect.stringMatching(
        /^The bundle's portfolio.json is 11 MB, more than the 10 MB this app allows/,
      ),
    });
  });

  it('refuse more values than the cap, even in fields the app does not know', async () => {
    const path = await bundleWith((data) =>
      // Varied numbers, so the zip's ratio cap does not refuse it first.
      JSON.stringify({ ...data, padding: [...randomBytes(MAX_DATA_JSON_VALUES)] }),
    );
    await expect(verifyBundle(path)).rejects.toMatchObject({
      problem: 'too-much-data',
      message: expect.stringMatching(
        /separate pieces of data, more than the 450,000 this app reads/,
      ),
    });
  });

  it('refuse nesting deeper than the cap', async () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    const path = await bundleWith((data) => `${JSON.stringify(data).slice(0, -1)},"deep":${deep}}`);
    await expect(verifyBundle(path)).rejects.toMatchObject({
      problem: 'too-much-data',
      message: expect.stringMatching(/more than 64 levels deep/),
    });
  });
});
