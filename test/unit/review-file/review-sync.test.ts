import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import {
  becomeReviewer,
  importCandidate,
  openPerson,
  threadWith,
  writeLayer,
  type Person,
} from './review-file-fixture';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let laptop: Person;
let desktop: Person;
let mentor: Person;

beforeEach(async () => {
  temp = await makeTempDir('cto-review-sync-');
  laptop = await openPerson(join(temp.path, 'laptop'), 'lap', '2026-11-01T09:00:00.000Z');
  desktop = await openPerson(join(temp.path, 'desktop'), 'desk', '2026-11-01T09:00:00.000Z');
  mentor = await openPerson(join(temp.path, 'mentor'), 'ment', '2026-11-02T09:00:00.000Z');
  await laptop.call('profile-update', { name: 'Jordan Lee' });
  await becomeReviewer(mentor, 'Morgan Reyes');
});
afterEach(async () => {
  for (const person of [laptop, desktop, mentor]) await person.core.close();
  await temp.remove();
});

/** `from`'s bundle imported into `to` as its own (adopt or merge). */
async function syncDevices(from: Person, to: Person, name: string) {
  const path = join(temp.path, name);
  await from.core.bundleWork().exportTo({ outPath: path, includePrivate: true });
  const summary = await to.core.bundleWork().inspect(path, { as: 'mine' });
  if (!summary.nothingToChange) await to.core.bundleWork().commit(summary.inspectionId, 'mine');
  return summary;
}

describe('received reviews and replies on a second device', () => {
  it('travel in the bundle: the newer review per reviewer and every reply arrive', async () => {
    await syncDevices(laptop, desktop, 'first.ctoportfolio');
    const pid = await importCandidate(laptop, mentor, temp.path);
    await writeLayer(mentor, pid, (layer) => ({
      ...layer,
      threads: [threadWith('thread-1', 'reflection-1', 1, mentor.clock.now())],
    }));
    const exported = await mentor.call('review-export', { portfolioId: pid });
    const file = join(temp.path, 'r.ctoreview');
    await writeFile(file, Buffer.from(exported.base64!, 'base64'));
    const summary = await laptop.call('review-import-inspect', {
      source: { kind: 'path', path: file },
    });
    const { reviewerId } = await laptop.call('review-import-apply', {
      inspectionId: summary.inspectionId,
    });
    const reply = await laptop.call('review-reply-add', {
      reviewerId,
      threadId: 'thread-1',
      body: 'Done, see the new table.',
    });

    const merged = await syncDevices(laptop, desktop, 'second.ctoportfolio');
    expect(merged.kind).toBe('merge');
    const received = await desktop.call('reviews-received', {});
    expect(received.reviews.map((r) => r.reviewer.name)).toEqual(['Morgan Reyes']);
    expect(received.replies).toEqual([reply]);
    const kept = await readFile(join(desktop.dataDir, 'reviews', `${reviewerId}.json`), 'utf8');
    expect(JSON.parse(kept).manifestSha256).toBe(received.reviews[0]!.manifestSha256);

    // The same bundle again changes nothing: the review is no newer than the one kept.
    expect((await syncDevices(laptop, desktop, 'third.ctoportfolio')).nothingToChange).toBe(true);
  });
});
