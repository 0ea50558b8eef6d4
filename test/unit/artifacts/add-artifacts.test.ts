import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../electron/core/errors';
import { makeTempDir } from '../../support/temp-dir';
import { openTestCore, type TestCore } from '../../support/test-core';
import { diskFullAfter, filesInStore, openLibrary } from './library-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
let files: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-add-');
  data = join(temp.path, 'data');
  files = join(temp.path, 'files');
  await mkdir(files);
});
afterEach(async () => {
  await temp.remove();
});

async function aFile(name: string, content: string | Buffer): Promise<string> {
  const path = join(files, name);
  await writeFile(path, content);
  return path;
}

describe('adding files as artifacts', () => {
  it('stores each file and records its name, type, size, hash and a title from its name', async () => {
    const lib = await openLibrary(data);
    try {
      const plan = await aFile('Strategic plan.final.pdf', '%PDF-1.4 a plan');
      const [artifact] = await lib.library.addPaths([plan], { sessionNumbers: [1, 1] });
      expect(artifact).toMatchObject({
        title: 'Strategic plan.final',
        fileName: 'Strategic plan.final.pdf',
        mediaType: 'application/pdf',
        size: 15,
        sessionNumbers: [1],
        deletedAt: null,
      });
      expect(lib.store.get().artifacts).toEqual([artifact]);
      const stored = join(data, 'artifacts', artifact!.sha256.slice(0, 2), artifact!.sha256);
      expect(await readFile(stored, 'utf8')).toBe('%PDF-1.4 a plan');
    } finally {
      await lib.close();
    }
  });

  it('stores the same content once, however many records refer to it', async () => {
    const lib = await openLibrary(data);
    try {
      const a = await aFile('budget.xlsx', 'same bytes');
      const b = await aFile('budget copy.xlsx', 'same bytes');
      const first = await lib.library.addPaths([a, b]);
      const again = await lib.library.addPaths([a]);
      expect(new Set([...first, ...again].map((x) => x.sha256)).size).toBe(1);
      expect(lib.store.get().artifacts).toHaveLength(3);
      expect(await filesInStore(data)).toHaveLength(1);
    } finally {
      await lib.close();
    }
  });

  it.each([
    ['a file that is gone', () => join(files, 'vanished.pdf'), /vanished\.pdf was not found/],
    ['a folder', () => files, /files is a folder, not a file/],
    ['a path through a file', () => join(files, 'plan.pdf', 'inside'), /is not a path to a file/],
    ['a device', () => '/dev/null', /null is not a regular file/],
  ])(
    'refuses %s with one sentence, storing and recording nothing',
    async (_what, pathOf, message) => {
      await aFile('plan.pdf', 'a plan');
      const lib = await openLibrary(data);
      try {
        const good = await aFile('good.txt', 'fine on its own');
        const error = await lib.library.addPaths([good, pathOf()]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).message).toMatch(message);
        expect((error as UserError).message).toMatch(/nothing was added/);
        expect(lib.store.get().artifacts).toEqual([]);
        expect(await filesInStore(data)).toEqual([]);
      } finally {
        await lib.close();
      }
    },
  );

  it('refuses a pipe without waiting for a writer', async () => {
    const fifo = join(files, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const lib = await openLibrary(data);
    try {
      await expect(lib.library.addPaths([fifo])).rejects.toThrow(/pipe is not a regular file/);
      expect(await filesInStore(data)).toEqual([]);
    } finally {
      await lib.close();
    }
  });

  it('refuses an upload that breaks off halfway, leaving no file and no record', async () => {
    const lib = await openLibrary(data);
    try {
      async function* upload() {
        yield Buffer.alloc(64 * 1024, 1);
        throw Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
      }
      await expect(lib.library.addStream('video.mp4', upload())).rejects.toThrow(
        'video.mp4 could not be read to the end (it may have been moved, or its drive removed); nothing was added. Try again.',
      );
      expect(lib.store.get().artifacts).toEqual([]);
      expect(await filesInStore(data)).toEqual([]);
    } finally {
      await lib.close();
    }
  });

  it('says the disk is full when a write fails, leaving no file, temp file or record', async () => {
    const lib = await openLibrary(data, diskFullAfter(100_000));
    try {
      const big = await aFile('scan.pdf', Buffer.alloc(3 * 1024 * 1024, 9));
      await expect(lib.library.addPaths([big])).rejects.toMatchObject({
        code: 'disk-full',
        message:
          'Could not store scan.pdf in the data folder: the disk is full. Free some space and try again.',
      });
      expect(lib.store.get().artifacts).toEqual([]);
      expect(await filesInStore(data)).toEqual([]);
    } finally {
      await lib.close();
    }
  });

  it('keeps a file another record already shares when a later file of the batch fails', async () => {
    const lib = await openLibrary(data);
    try {
      const shared = await aFile('shared.txt', 'shared');
      const [kept] = await lib.library.addPaths([shared]);
      await expect(lib.library.addPaths([shared, join(files, 'missing.txt')])).rejects.toThrow();
      expect(lib.store.get().artifacts).toEqual([kept]);
      expect(await filesInStore(data)).toHaveLength(1);
    } finally {
      await lib.close();
    }
  });
});

describe('the artifact channels', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore();
  });
  afterEach(async () => {
    await t.close();
  });

  it('refuses a title over the limit with a message, adding nothing', async () => {
    const path = await aFile('notes.txt', 'notes');
    const answer = await t.send('artifact-add-paths', { paths: [path], title: 'x'.repeat(201) });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The request is not valid (title): Keep this under 200 characters.',
      },
    });
    expect((await t.readDisk()).artifacts).toEqual([]);
    expect(await filesInStore(t.dataDir)).toEqual([]);
  });

  it('edits, deletes (keeping the file for undo) and restores an artifact', async () => {
    const path = await aFile('diagram.png', 'png bytes');
    const [added] = await t.call('artifact-add-paths', { paths: [path] });
    const edited = await t.call('artifact-update', {
      id: added!.id,
      title: 'Network diagram',
      tags: ['network'],
      competencyIds: ['cosn-communication-systems-management'],
    });
    expect(edited).toMatchObject({ title: 'Network diagram', tags: ['network'], revision: 2 });
    const deleted = await t.call('artifact-delete', { id: added!.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect(await filesInStore(t.dataDir)).toHaveLength(1);
    const restored = await t.call('artifact-restore', { id: added!.id });
    expect(restored).toMatchObject({ deletedAt: null, title: 'Network diagram' });
    expect((await t.readDisk()).artifacts).toEqual([restored]);
  });

  it('refuses a title over the limit when editing', async () => {
    const path = await aFile('notes.txt', 'notes');
    const [added] = await t.call('artifact-add-paths', { paths: [path] });
    const answer = await t.send('artifact-update', { id: added!.id, title: 'y'.repeat(201) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await t.readDisk()).artifacts[0]!.title).toBe('notes');
  });
});
