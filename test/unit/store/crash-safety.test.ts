import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNote, seededRandom, testSeed } from '../../support/seeded-random';
import { makeTempDir } from '../../support/temp-dir';
import { waitFor } from '../../support/wait-for';
import { openTestStore, readPortfolioFile, tempFilesIn } from './store-fixtures';
import { bundleCrashWriter, startWriter } from './writer-process';

const KILLS = 50;
/** A save takes a few milliseconds here, so a kill within this window often lands mid-save. */
const MAX_DELAY_BEFORE_KILL_MS = 40;
const SEED = testSeed();

let scratch: Awaited<ReturnType<typeof makeTempDir>>;
let writerScript: string;
beforeAll(async () => {
  scratch = await makeTempDir('cto-crash-writer-');
  writerScript = await bundleCrashWriter(scratch.path);
});
afterAll(() => scratch.remove());

const counterOnDisk = async (dir: string) =>
  Number(/^write (\d+)$/.exec((await readPortfolioFile(dir)).profile.name)?.[1] ?? 0);

describe('crash safety', () => {
  it(`holds the old or the new portfolio after each of ${KILLS} kills at random moments (${seedNote(SEED)})`, async () => {
    // Seeded delays pick the same kill moments on a replay; timing still varies a little by machine.
    const random = seededRandom(SEED);
    const data = await makeTempDir('cto-crash-');
    try {
      let previous = 0;
      for (let round = 0; round < KILLS; round += 1) {
        const writer = startWriter(writerScript, data.path);
        // The writer resumes from what the last killed writer left: a kill never loses a save.
        expect(await writer.ready).toBe(previous);
        // Each writer saves at least once, however slow the machine, so the kills meet saves.
        await waitFor(() => writer.lastAcknowledged() > previous, {
          what: `writer ${round + 1} to acknowledge a save`,
        });
        await new Promise((resolve) => setTimeout(resolve, random() * MAX_DELAY_BEFORE_KILL_MS));
        await writer.kill();

        // Parses and validates, and holds the last acknowledged save or the one in flight.
        const acknowledged = writer.lastAcknowledged();
        const onDisk = await counterOnDisk(data.path);
        expect([acknowledged, acknowledged + 1]).toContain(onDisk);
        previous = onDisk;
      }
      expect(previous).toBeGreaterThanOrEqual(KILLS);

      // The next opener takes over the dead writer's lock and sweeps its temp files away.
      const { store, notice } = await openTestStore(data.path);
      await store.close();
      expect(notice).toBeNull();
      expect(await tempFilesIn(data.path)).toEqual([]);
    } finally {
      await data.remove();
    }
  }, 50_000);
});
