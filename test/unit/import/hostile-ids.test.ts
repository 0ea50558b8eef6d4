import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { UserError } from '../../../electron/core/errors';
import { verifyBundle } from '../../../electron/core/bundle/read/verify-bundle';
import { HOSTILE_SEED, hostileIds } from '../../support/hostile-ids';
import { openTestCore, type TestCore } from '../../support/test-core';
import { makeTempDir } from '../../support/temp-dir';
import { cli, expectOneLine } from '../cli/cli-harness';
import { json, manifestFor, validBundleParts, writeYazlZip } from '../bundle/bundle-fixtures';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { openFolder, type OpenedFolder } from './import-fixture';

type Data = ReturnType<typeof validBundleParts>['data'];

/** Where in a bundle a hostile id is put: every place a record id or a link to one sits. */
const SITES: { name: string; put(data: Data, id: string): Data }[] = [
  {
    name: 'a reflection id',
    put: (d, id) => ({ ...d, reflections: d.reflections.map((r) => ({ ...r, id })) }),
  },
  {
    name: "a reflection's link to an artifact",
    put: (d, id) => ({
      ...d,
      reflections: d.reflections.map((r) => ({ ...r, artifactIds: [id] })),
    }),
  },
  {
    name: 'an artifact id',
    put: (d, id) => ({
      ...d,
      portfolio: { ...d.portfolio, artifacts: d.portfolio.artifacts.map((a) => ({ ...a, id })) },
    }),
  },
  {
    name: "an artifact's link to an assignment",
    put: (d, id) => ({
      ...d,
      portfolio: {
        ...d.portfolio,
        artifacts: d.portfolio.artifacts.map((a) => ({ ...a, assignmentIds: [id] })),
      },
    }),
  },
  {
    name: 'an assignment id',
    put: (d, id) => ({
      ...d,
      portfolio: {
        ...d.portfolio,
        assignments: d.portfolio.assignments.map((a, i) => (i === 0 ? { ...a, id } : a)),
      },
    }),
  },
  {
    name: 'the portfolio id',
    put: (d, id) => ({ ...d, portfolio: { ...d.portfolio, portfolioId: id } }),
  },
];

const IDS = hostileIds(60);
const CASES = IDS.map((id, i) => {
  const site = SITES[i % SITES.length]!;
  return [`${site.name} ${JSON.stringify(id).slice(0, 50)}`, site, id] as const;
});

const ID_SENTENCE =
  /^The bundle's (portfolio|manifest)\.json holds a record id "[^\n]*" that this app never makes, so nothing was imported\.$/;

async function writeHostile(path: string, site: (typeof SITES)[number], id: string): Promise<void> {
  const { data, files } = validBundleParts();
  const edited = site.put(data, id);
  const replaced = files.map((f) => (f.name === DATA_PATH ? { ...f, data: json(edited) } : f));
  await writeYazlZip(path, [
    { name: MANIFEST_PATH, data: json(manifestFor(replaced, edited.portfolio.portfolioId)) },
    ...replaced,
  ]);
}

/** The whole temp folder (the data folder, its parent and everything beside it). */
const everything = (root: string) => snapshotFolder(root);

beforeAll(() => console.log(`hostile id seed: ${HOSTILE_SEED} (set HOSTILE_SEED to replay)`));

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-hostile-ids-');
});
afterEach(async () => {
  await temp.remove();
});

/** A folder whose own portfolio has the bundle's portfolio id: an import there is a merge. */
async function ownFolder(dir: string): Promise<OpenedFolder> {
  const { data } = validBundleParts();
  await mkdir(dir, { recursive: true });
  const portfolio = { ...data.portfolio, artifacts: [] };
  await writeFile(join(dir, 'portfolio.json'), JSON.stringify(portfolio, null, 2));
  return openFolder(dir);
}

const KINDS: { name: string; open(dir: string): Promise<OpenedFolder>; as?: 'review' }[] = [
  { name: 'merge into the own portfolio', open: ownFolder },
  { name: 'review', open: (dir) => openFolder(dir), as: 'review' },
  { name: 'adopt on a computer not used yet', open: (dir) => openFolder(dir) },
];

describe('a bundle holding an id that breaks the rule', () => {
  it.each(CASES)('%s: refused by every import kind and by verify', async (_name, site, id) => {
    const bundle = join(temp.path, 'hostile.ctoportfolio');
    await writeHostile(bundle, site, id);
    for (const kind of KINDS) {
      const folder = await kind.open(join(temp.path, 'data'));
      try {
        const before = await everything(temp.path);
        const error: unknown = await folder.importer
          .inspect(bundle, kind.as ? { as: kind.as } : {})
          .then(
            () => null,
            (e: unknown) => e,
          );
        expect(error, kind.name).toBeInstanceOf(UserError);
        expect((error as Error).message, kind.name).toMatch(ID_SENTENCE);
        expect(await everything(temp.path), kind.name).toEqual(before);
      } finally {
        await folder.close();
      }
      await temp.remove();
      await mkdir(temp.path);
      await writeHostile(bundle, site, id);
    }

    const verified: unknown = await verifyBundle(bundle).then(
      () => null,
      (e: unknown) => e,
    );
    expect((verified as Error).message).toMatch(ID_SENTENCE);
    const before = await everything(temp.path);
    const run = await cli(['verify', 'hostile.ctoportfolio'], { cwd: temp.path });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.stderr.replace(/^cto-portfolio: /, '').trimEnd()).toBe((verified as Error).message);
    expect(await everything(temp.path)).toEqual(before);
  });
});

describe('a request naming a record by an id that breaks the rule', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore();
    await t.call('welcome-skip', {});
  });
  afterEach(async () => {
    await t.close();
  });

  const REQUESTS: { channel: string; input: (id: string) => unknown }[] = [
    { channel: 'reflection-get', input: (id) => ({ id }) },
    { channel: 'reflection-update', input: (id) => ({ id, title: 'x' }) },
    { channel: 'reflection-delete', input: (id) => ({ id }) },
    { channel: 'artifact-update', input: (id) => ({ id, title: 'x' }) },
    { channel: 'assignment-update', input: (id) => ({ id, status: 'submitted' }) },
    { channel: 'reflection-create', input: (id) => ({ title: 'x', artifactIds: [id] }) },
    { channel: 'conflict-resolve', input: (id) => ({ id, keep: 'mine' }) },
    { channel: 'reviewed-remove', input: (id) => ({ portfolioId: id }) },
  ];

  it('is refused with one sentence and changes nothing, anywhere', async () => {
    for (const id of IDS) {
      for (const request of REQUESTS) {
        const before = await snapshotFolder(t.dataDir);
        const envelope = await t.send(request.channel, request.input(id));
        expect(envelope.ok, `${request.channel} ${JSON.stringify(id)}`).toBe(false);
        if (envelope.ok) continue;
        expect(envelope.error.code).toBe('invalid-input');
        expect(envelope.error.message).toMatch(
          /^The request is not valid \([a-zA-Z.0-9]+\): Expected an id made of lowercase letters, digits, - and _ [^\n]*\.$/,
        );
        expect(await snapshotFolder(t.dataDir)).toEqual(before);
      }
    }
  });
});
