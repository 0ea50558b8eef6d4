import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app-core';
import { snapshotFolder } from '../../support/folder-snapshot';
import { makeTempDir } from '../../support/temp-dir';
import { cli } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
let bundle: string;
const run = (argv: string[]) => cli(argv, { cwd: temp.path });

beforeAll(async () => {
  temp = await makeTempDir('cto-cli-read-');
  data = join(temp.path, 'data');
  bundle = join(temp.path, 'out', 'jordan.ctoportfolio');
  await mkdir(join(temp.path, 'out'));
  // A folder as a user has it: the sample's records, artifact files and reflections, a bundle
  // made from it (which made the device id), and a session of edits (backups, earlier copies).
  expect((await run(['init', '--data', data, '--sample'])).code).toBe(0);
  expect((await run(['export', '--data', data, '--out', bundle])).code).toBe(0);
  const edit = await run([
    'add-artifact',
    '--data',
    data,
    join(temp.path, 'out', 'jordan.ctoportfolio'),
  ]);
  expect(edit.code).toBe(0);
});
afterAll(() => temp.remove());

const outside = (name: string) => join(temp.path, 'out', name);

/** Each command that only looks, as a user types it. */
const readingCommands: Record<string, () => string[]> = {
  status: () => ['status', '--data', data],
  'status --json': () => ['status', '--data', data, '--json'],
  search: () => ['search', '--data', data, 'budget'],
  'search --json': () => ['search', '--data', data, '--json', 'budget'],
  reflections: () => ['reflections', '--data', data],
  'reflections --json': () => ['reflections', '--data', data, '--json'],
  artifacts: () => ['artifacts', '--data', data],
  'artifacts --json': () => ['artifacts', '--data', data, '--json'],
  'calendar to a file elsewhere': () => ['calendar', '--data', data, '--out', outside('c.ics')],
  'csv to a file elsewhere': () => ['csv', '--data', data, '--out', outside('a.csv')],
  'verify of a bundle': () => ['verify', bundle],
};

describe('commands that only look', () => {
  for (const [name, argv] of Object.entries(readingCommands)) {
    it(`${name}: leaves the data folder byte-identical, backups included, run after run`, async () => {
      const before = await snapshotFolder(data);
      for (let time = 0; time < 3; time += 1) {
        const result = await run(argv());
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
      }
      expect(await snapshotFolder(data)).toEqual(before);
    });
  }

  it('read the folder while the app has it open, and leave the app’s lock alone', async () => {
    const app = await openCore({ dataDir: data, host: 'browser', appVersion: '0.0.0-test' });
    try {
      const before = await snapshotFolder(data);
      const status = await run(['status', '--data', data]);
      expect(status.code).toBe(0);
      expect(status.stdout).toContain('Jordan Rivera');
      expect(await snapshotFolder(data)).toEqual(before);
      expect(Object.keys(before)).toContain('portfolio.lock');
    } finally {
      await app.close();
    }
  });
});
