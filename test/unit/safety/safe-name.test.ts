import { mkdir, readdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isRecordId, recordIdSchema } from '@shared/domain/record';
import { UserError } from '../../../electron/core/errors';
import { safeChildPath, safeRelativePath } from '../../../electron/core/safe-name';
import { recordFilePath } from '../../../electron/core/store/record-file';
import { HOSTILE_IDS, HOSTILE_SEED, hostileIdArb } from '../../support/hostile-ids';
import { makeTempDir } from '../../support/temp-dir';

const FOLDER = resolve('/data/reflections');

/** Strictly below `folder` (directly below, with `direct`). */
const isInside = (folder: string, path: string, direct = true) =>
  path.startsWith(folder + sep) &&
  path.length > folder.length + 1 &&
  (!direct || dirname(path) === folder);

const HOSTILE_NAMES = [
  ...['..', '.', '', 'a/b', 'a\\b', '../x', '..\\x', '/etc/passwd', 'C:\\x', 'c:x'],
  ...['nul\u0000', 'line\nbreak', 'del\u007f', 'trailing ', ' leading', 'x'.repeat(256)],
];

describe('safeChildPath', () => {
  beforeAll(() => console.log(`hostile id seed: ${HOSTILE_SEED}`));

  it.each(HOSTILE_NAMES.map((name) => [JSON.stringify(name), name]))(
    'refuses %s with one sentence',
    (_shown, name) => {
      let thrown: unknown;
      try {
        safeChildPath(FOLDER, name);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UserError);
      const message = (thrown as UserError).message;
      expect(message).toMatch(/cannot be used as a file name .*so it was not used\.$/);
      // The sentence shows no raw control character or line break.
      // eslint-disable-next-line no-control-regex
      expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
    },
  );

  it('gives the plain name inside its folder', () => {
    expect(safeChildPath(FOLDER, 'abc.json')).toBe(resolve(FOLDER, 'abc.json'));
    expect(safeRelativePath(FOLDER, 'a/b.json')).toBe(resolve(FOLDER, 'a', 'b.json'));
  });

  it('refuses a name of the wrong shape when a pattern is given', () => {
    expect(() => safeChildPath(FOLDER, 'abc', /^[0-9a-f]{64}$/)).toThrow(UserError);
  });

  it('never returns a path outside its folder, for any string (seeded)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_NAMES)), (name) => {
        let path: string | null = null;
        try {
          path = safeChildPath(FOLDER, name);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
        }
        if (path !== null) expect(isInside(FOLDER, path)).toBe(true);
      }),
      { seed: HOSTILE_SEED, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (rel) => {
        let path: string | null = null;
        try {
          path = safeRelativePath(FOLDER, rel);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
        }
        if (path !== null) expect(isInside(FOLDER, path, false)).toBe(true);
      }),
      { seed: HOSTILE_SEED, numRuns: 2000 },
    );
  });
});

describe('the record id rule', () => {
  const temp: { remove(): Promise<void> }[] = [];
  afterEach(async () => Promise.all(temp.splice(0).map((t) => t.remove())));

  it('takes every id the app makes', () => {
    const made = [
      crypto.randomUUID(),
      'session-1',
      'cite-cto-mentor-program',
      'area-written-communications',
      'cosn-instructional-focus-and-professional-development',
      'id-12',
      'a',
    ];
    for (const id of made) expect(isRecordId(id), id).toBe(true);
  });

  it.each(HOSTILE_IDS.map((id) => [JSON.stringify(id), id]))(
    'refuses %s in schemas and as a record file name',
    (_shown, id) => {
      const parsed = recordIdSchema.safeParse(id);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^Expected an id made of lowercase letters/);
      expect(() => recordFilePath(FOLDER, id)).toThrow(UserError);
    },
  );

  it('refuses random strings the rule refuses, and writes nothing anywhere (seeded)', async () => {
    const dir = await makeTempDir('cto-safe-name-');
    temp.push(dir);
    const folder = resolve(dir.path, 'data', 'reflections');
    await mkdir(folder, { recursive: true });
    fc.assert(
      fc.property(hostileIdArb, (id) => {
        expect(() => recordFilePath(folder, id)).toThrow(UserError);
      }),
      { seed: HOSTILE_SEED, numRuns: 1000 },
    );
    expect(await readdir(dirname(folder))).toEqual(['reflections']);
  });
});
