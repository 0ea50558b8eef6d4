import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { openFolder } from '../import/import-fixture';
import { cli, expectOneLine } from './cli-harness';

/**
 * Every choice (--as none, mine, review) with and without --dry-run, on every kind of computer:
 * the summary's "Import:" sentence says what happens, and the import then does exactly that.
 */
type Situation = 'unused' | 'used' | 'same portfolio' | 'reviewed, unused' | 'reviewed, used';
type As = 'none' | 'mine' | 'review';
type Kind = 'merge' | 'adopt' | 'review-new' | 'review-update';

const EXPECTED: Record<Situation, Record<As, Kind | RegExp>> = {
  unused: { none: 'adopt', mine: 'adopt', review: 'review-new' },
  used: {
    none: 'review-new',
    mine: /^cto-portfolio: This computer already holds your own portfolio, so another one cannot become yours/,
    review: 'review-new',
  },
  'same portfolio': {
    none: 'merge',
    mine: 'merge',
    review: /^cto-portfolio: This bundle is of your own portfolio: it can only be merged into it/,
  },
  'reviewed, unused': { none: 'review-update', mine: 'adopt', review: 'review-update' },
  'reviewed, used': {
    none: 'review-update',
    mine: /^cto-portfolio: This computer already holds your own portfolio/,
    review: 'review-update',
  },
};

const SENTENCE: Record<Kind, (will: string) => string> = {
  merge: (will) => `a bundle of your own portfolio: it ${will} be merged record by record`,
  adopt: (will) =>
    `this computer has no work of its own yet: the bundle ${will} become your portfolio`,
  'review-new': (will) =>
    `someone else’s portfolio: it ${will} be added to the reviewed portfolios`,
  'review-update': (will) =>
    `another copy of a reviewed portfolio: it ${will} replace the copy here, keeping what you wrote about it`,
};

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let folders = 0;
let portfolioId = '';
const run = (argv: string[]) => cli(argv, { cwd: temp.path });

beforeAll(async () => {
  temp = await makeTempDir('cto-cli-import-kinds-');
  expect((await run(['init', '--data', 'a', '--sample'])).code).toBe(0);
  expect((await run(['export', '--data', 'a', '--out', 'a.ctoportfolio'])).code).toBe(0);
  portfolioId = (await ownPortfolio('a')).portfolioId;
});
afterAll(async () => {
  await temp.remove();
});

async function ownPortfolio(
  folder: string,
): Promise<{ portfolioId: string; profile: { name: string } }> {
  return JSON.parse(await readFile(join(temp.path, folder, 'portfolio.json'), 'utf8'));
}

/** A fresh data folder in the situation (opened twice, so later opens leave it byte-identical). */
async function folderIn(situation: Situation): Promise<string> {
  if (situation === 'same portfolio') {
    const name = `same-${++folders}`;
    expect((await run(['import', '--data', name, 'a.ctoportfolio'])).code).toBe(0);
    return name;
  }
  const name = `folder-${++folders}`;
  const dir = join(temp.path, name);
  for (let i = 0; i < 2; i += 1) {
    const opened = await openFolder(dir, { ids: name });
    if (i === 0 && situation.endsWith('used') && !situation.endsWith('unused')) {
      await opened.workspace.active().update((portfolio) => {
        portfolio.profile = { ...portfolio.profile, name: 'Sam Mentor' };
      });
    }
    await opened.close();
  }
  if (situation.startsWith('reviewed')) {
    expect((await run(['import', '--data', name, 'a.ctoportfolio', '--as', 'review'])).code).toBe(
      0,
    );
  }
  return name;
}

async function reviewedCopies(folder: string): Promise<string[]> {
  return readdir(join(temp.path, folder, 'reviewed')).catch(() => []);
}

const CASES = (Object.keys(EXPECTED) as Situation[]).flatMap((situation) =>
  (['none', 'mine', 'review'] as As[]).flatMap((as) =>
    [true, false].map((dryRun) => ({ situation, as, dryRun, expected: EXPECTED[situation][as] })),
  ),
);

describe.each(CASES)('import on a $situation computer, --as $as, dry run $dryRun', (c) => {
  it('says exactly what happens, and does it', async () => {
    const folder = await folderIn(c.situation);
    const args = ['import', '--data', folder, 'a.ctoportfolio'];
    if (c.as !== 'none') args.push('--as', c.as);
    if (typeof c.expected === 'string') {
      // The JSON for scripts tells the same kind.
      const json = await run([...args, '--dry-run', '--json']);
      expect(JSON.parse(json.stdout)).toMatchObject({ summary: { kind: c.expected } });
    }
    const before = await snapshotFolder(join(temp.path, folder));
    const reviewedBefore = await reviewedCopies(folder);
    if (c.dryRun) args.push('--dry-run');
    const result = await run(args);

    if (c.expected instanceof RegExp) {
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expectOneLine(result.stderr);
      expect(result.stderr).toMatch(c.expected);
      expect(await snapshotFolder(join(temp.path, folder))).toEqual(before);
      return;
    }
    expect(result.code).toBe(0);
    const will = c.dryRun ? 'would' : 'will';
    const importLine = `Import${c.dryRun ? ' (dry run)' : ''}: ${SENTENCE[c.expected](will)}.`;
    expect(result.stdout.split('\n')).toContain(importLine);
    expect(result.stdout.includes('Dry run: nothing was changed.')).toBe(c.dryRun);

    if (c.dryRun) {
      expect(await snapshotFolder(join(temp.path, folder))).toEqual(before);
      return;
    }
    // Where the data went is what the sentence said.
    const own = await ownPortfolio(folder);
    if (c.expected === 'adopt' || c.expected === 'merge') {
      expect(own.portfolioId).toBe(portfolioId);
      expect(await reviewedCopies(folder)).toEqual(reviewedBefore);
    } else {
      expect(own.portfolioId).not.toBe(portfolioId);
      expect(await reviewedCopies(folder)).toEqual([portfolioId]);
    }
  });
});

describe('the choice offered on a computer not used yet', () => {
  it.each([
    ['unused', 'without --as it becomes your portfolio.'],
    ['reviewed, unused', 'without --as it is reviewed.'],
  ] as const)('on a %s computer says what no choice does', async (situation, ending) => {
    const folder = await folderIn(situation);
    const result = await run(['import', '--data', folder, 'a.ctoportfolio', '--dry-run']);
    const hint = result.stdout.split('\n').find((line) => line.startsWith('Choose with --as'));
    expect(hint?.endsWith(ending)).toBe(true);
  });
});
