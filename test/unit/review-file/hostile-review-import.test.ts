import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotFolder } from '../../support/folder-snapshot';
import { HOSTILE_SEED } from '../../support/hostile-ids';
import { makeTempDir } from '../../support/temp-dir';
import { writeYazlZip } from '../bundle/bundle-fixtures';
import {
  hostileReviewArb,
  hostileReviewClasses,
  reviewEntries,
  validReviewData,
  type HostileReview,
} from './hostile-review-files';
import { openPerson, type Person } from './review-file-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let candidate: Person;
let pid: string;

beforeAll(async () => {
  temp = await makeTempDir('cto-review-hostile-');
  candidate = await openPerson(join(temp.path, 'data'), 'cand', '2026-11-01T09:00:00.000Z');
  await candidate.call('profile-update', { name: 'Jordan Lee' });
  pid = (await candidate.call('portfolio-get', {})).portfolioId;
  // A review is kept already: a hostile file must not replace or touch it either.
  const kept = join(temp.path, 'kept.ctoreview');
  await writeYazlZip(kept, reviewEntries(validReviewData(pid, '2026-11-20T09:00:00.000Z')));
  const summary = await candidate.call('review-import-inspect', {
    source: { kind: 'path', path: kept },
  });
  await candidate.call('review-import-apply', { inspectionId: summary.inspectionId });
});
afterAll(async () => {
  await candidate.core.close();
  await temp.remove();
});

let runs = 0;
/** Inspect then (if it got that far) apply: one sentence, and the folder byte-identical. */
async function expectRefused(hostile: HostileReview): Promise<string> {
  const path = join(temp.path, `hostile-${runs++}.ctoreview`);
  await hostile.write(path);
  const before = await snapshotFolder(candidate.dataDir);
  const envelope = await candidate.core.handlers['review-import-inspect']({
    source: { kind: 'path', path },
  }).then(
    (summary) => ({ ok: true as const, summary }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  let sentence: string;
  if (envelope.ok) {
    // Only an older review passes the checks; applying it must change nothing and say so.
    expect(envelope.summary.outcome).toBe('older');
    sentence = envelope.summary.sentence;
    await candidate.call('review-import-apply', { inspectionId: envelope.summary.inspectionId });
  } else {
    sentence = await candidate.refusal('review-import-inspect', {
      source: { kind: 'path', path },
    });
  }
  expect(sentence).toMatch(/^[A-Z“"][^\n]*\.$/);
  expect(sentence).not.toMatch(/internal|Something went wrong/);
  expect(await snapshotFolder(candidate.dataDir)).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return sentence;
}

describe('a hostile review file is refused with one sentence and the data folder unchanged:', () => {
  it('every class of the corpus', async () => {
    for (const hostile of [
      ...hostileReviewClasses(pid),
      {
        name: 'an older review than the kept one',
        write: (path: string) => writeYazlZip(path, reviewEntries(validReviewData(pid))),
      },
    ]) {
      const sentence = await expectRefused(hostile).catch((error: unknown) => {
        throw new Error(`${hostile.name}: ${String(error)}`);
      });
      expect.soft(sentence, hostile.name).not.toMatch(/\bbundle's\b/);
    }
  }, 120_000);

  it('names the tampered report and the other portfolio', async () => {
    const byName = new Map(hostileReviewClasses(pid).map((h) => [h.name, h]));
    expect(await expectRefused(byName.get('a tampered final report')!)).toBe(
      'The final report for 2026-10 has been changed since it was signed, so nothing was imported: ask your reviewer to export the review again.',
    );
    expect(await expectRefused(byName.get('another portfolio’s review')!)).toBe(
      'This review is for the portfolio of "Jordan Lee", not for yours ("Jordan Lee"), so nothing was imported: ask your reviewer for the review of your portfolio.',
    );
  });

  it(`generated files (seed ${HOSTILE_SEED})`, async () => {
    console.log(`hostile review files: seed ${HOSTILE_SEED} (set HOSTILE_SEED to replay)`);
    await fc.assert(
      fc.asyncProperty(hostileReviewArb(pid), async (hostile) => {
        await expectRefused(hostile);
      }),
      { seed: HOSTILE_SEED, numRuns: 40 },
    );
  }, 120_000);
});
