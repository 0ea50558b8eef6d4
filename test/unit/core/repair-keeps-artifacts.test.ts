import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import { makeTempDir } from '../../support/temp-dir';
import { fixedClock, sequentialIds } from '../../support/test-core';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-repair-');
  data = join(temp.path, 'data');
});
afterEach(() => temp.remove());

const clock = fixedClock('2026-09-01T09:00:00.000Z');
const newId = sequentialIds('rec');
const open = () =>
  openCore({ dataDir: data, host: 'browser', appVersion: '0.0.0-test', clock, newId });

async function addArtifact(core: Core, name: string): Promise<void> {
  const source = join(temp.path, name);
  await writeFile(source, `the bytes of ${name}`);
  await core.artifacts().addPaths([source]);
}

/** Every stored file (in the store or in the trash) by hash, with its bytes. */
async function storedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const root of ['artifacts', 'trash']) {
    const entries = await readdir(join(data, root), { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries) {
      if (entry.isFile() && /^[0-9a-f]{64}$/.test(entry.name)) {
        files.set(entry.name, await readFile(join(entry.parentPath, entry.name), 'utf8'));
      }
    }
  }
  return files;
}

/**
 * Two launches two hours apart, each adding an artifact and a reflection: the newest backup is
 * portfolio.json as it was before the second artifact, so restoring it leaves that file unnamed.
 */
async function portfolioWithArtifacts(): Promise<Map<string, string>> {
  clock.set('2026-09-01T09:00:00.000Z');
  const first = await open();
  await addArtifact(first, 'budget.pdf');
  await dispatch(first.handlers, 'reflection-create', { title: 'First thoughts' });
  await first.close();
  clock.set('2026-09-01T11:00:00.000Z');
  const second = await open();
  await addArtifact(second, 'plan.docx');
  await second.close();
  const files = await storedFiles();
  expect(files.size).toBe(2);
  return files;
}

const portfolioPath = () => join(data, 'portfolio.json');

const damages: Record<string, () => Promise<void>> = {
  'garbage bytes': () => writeFile(portfolioPath(), Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80])),
  'truncated JSON': async () =>
    writeFile(portfolioPath(), (await readFile(portfolioPath(), 'utf8')).slice(0, 400)),
  'invalid JSON': async () =>
    writeFile(portfolioPath(), `${await readFile(portfolioPath(), 'utf8')},}`),
  'schema-invalid JSON': async () => {
    const raw = JSON.parse(await readFile(portfolioPath(), 'utf8'));
    await writeFile(portfolioPath(), JSON.stringify({ ...raw, artifacts: [{ title: 42 }] }));
  },
  'a damaged reflection file': async () => {
    const folder = join(data, 'reflections');
    const [file] = (await readdir(folder)).filter((name) => /^rec-[\w-]+\.json$/.test(name));
    await writeFile(join(folder, file!), '{"format":"cto-reflection","schemaVer');
  },
};

describe('repair never deletes an artifact file', () => {
  for (const [damage, apply] of Object.entries(damages)) {
    it(`keeps every stored file, byte for byte, through the repair of ${damage} and the opens after it`, async () => {
      const files = await portfolioWithArtifacts();
      await apply();

      clock.set('2026-09-01T12:00:00.000Z');
      const repairing = await open();
      const info = await repairing.handlers['app-info']({});
      await repairing.close();
      expect(info.notice).toMatch(/damaged/);
      expect(await storedFiles()).toEqual(files);
      expect(await readdir(join(data, 'artifacts'), { recursive: true })).toHaveLength(
        // Two shard folders and the two files in them: nothing moved to the trash.
        new Set([...files.keys()].map((sha) => sha.slice(0, 2))).size + files.size,
      );

      // Later opens may tidy, but only into the trash, and never what a kept copy names.
      clock.set('2026-09-05T12:00:00.000Z');
      await (await open()).close();
      expect(await storedFiles()).toEqual(files);
    });
  }

  it('keeps every stored file when portfolio.json is from a newer app, which is refused unchanged', async () => {
    const files = await portfolioWithArtifacts();
    const raw = JSON.parse(await readFile(portfolioPath(), 'utf8'));
    const newer = JSON.stringify({ ...raw, schemaVersion: 99 });
    await writeFile(portfolioPath(), newer);

    await expect(open()).rejects.toThrow(/newer version/);

    expect(await readFile(portfolioPath(), 'utf8')).toBe(newer);
    expect(await storedFiles()).toEqual(files);
  });
});
