import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleDataSchema, DATA_PATH } from '@shared/bundle/bundle-schemas';
import { openCore } from '../../app-core';
import type { Clock, IdGenerator } from '../../platform';
import { IdentityStore } from '../../review/identity-store';
import { ReviewLayerStore } from '../../review/review-layer-store';
import { ReviewedLibrary } from '../../reviewed/reviewed-library';
import { createSamplePortfolio } from '../create-sample-portfolio';
import {
  SAMPLE_CANDIDATES,
  SAMPLE_MENTOR,
  shapeCandidate,
  type SampleCandidate,
} from './mentor-sample-candidates';
import { sampleLayer } from './mentor-sample-layer';

export interface MentorSampleOptions {
  dir: string;
  clock: Clock;
  newId: IdGenerator;
  appVersion: string;
}

const DAY_MS = 86_400_000;

/**
 * `init --sample --as mentor`: a mentor (Dr. Angela Chen) with three candidates at different
 * points, made the way a real mentor's folder is: each candidate's portfolio is built in a
 * folder of its own, exported as a real bundle and imported for review, then the mentor's
 * layer is written beside it. Only in a folder without a portfolio; false (nothing changed)
 * when one is there.
 */
export async function createMentorSample(options: MentorSampleOptions): Promise<boolean> {
  const { dir, clock, newId, appVersion } = options;
  const work = await mkdtemp(join(tmpdir(), 'cto-mentor-sample-'));
  try {
    const bundles: string[] = [];
    for (const candidate of SAMPLE_CANDIDATES) {
      bundles.push(await candidateBundle(candidate, work, options));
    }
    const mentor = await openCore({ dataDir: dir, clock, newId, host: 'browser', appVersion });
    try {
      const own = await mentor.handlers['portfolio-get']({});
      if (own.profile.welcomeCompletedAt !== null) return false;
      for (const bundle of bundles) {
        const summary = await mentor.bundleWork().inspect(bundle, { as: 'review' });
        await mentor.bundleWork().commit(summary.inspectionId, 'review');
      }
      await mentor.handlers['welcome-skip']({});
    } finally {
      await mentor.close();
    }
    await writeMentorSide(options);
    return true;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One candidate's portfolio, exported as the bundle the mentor received some days ago. */
async function candidateBundle(
  candidate: SampleCandidate,
  work: string,
  { clock, newId, appVersion }: MentorSampleOptions,
): Promise<string> {
  const then: Clock = {
    now: () => new Date(clock.now().getTime() - candidate.bundleAgeDays * DAY_MS),
  };
  const folder = join(work, candidate.key);
  await createSamplePortfolio({ dir: folder, clock: then, newId });
  const core = await openCore({ dataDir: folder, clock: then, newId, host: 'browser', appVersion });
  try {
    await shapeCandidate(core.handlers, candidate, then.now());
    const outPath = join(work, `${candidate.key}.ctoportfolio`);
    await core.bundleWork().exportTo({ outPath, includePrivate: false });
    return outPath;
  } finally {
    await core.close();
  }
}

async function writeMentorSide({ dir, clock, newId }: MentorSampleOptions): Promise<void> {
  const now = clock.now();
  await new IdentityStore(dir, clock, newId).update((identity) => ({
    ...identity,
    roles: ['mentor'],
    rolesChosenAt: now.toISOString(),
    reviewer: { ...SAMPLE_MENTOR },
  }));
  const reviewed = new ReviewedLibrary(dir);
  const layers = new ReviewLayerStore(dir, clock);
  for (const listed of await reviewed.list()) {
    const portfolioId = listed.origin.portfolioId;
    const candidate = SAMPLE_CANDIDATES.find((c) => c.name === listed.origin.name);
    if (!candidate) continue;
    const data = bundleDataSchema.parse(
      JSON.parse(await readFile(join(reviewed.folder(portfolioId), DATA_PATH), 'utf8')),
    );
    const content = sampleLayer({ candidate, data, now, newId });
    await layers.update(portfolioId, (layer) => ({
      layer: { ...layer, ...content },
      result: null,
    }));
  }
}
