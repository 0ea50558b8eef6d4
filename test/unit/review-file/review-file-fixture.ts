import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import { newRecordMeta } from '@shared/domain/record';
import type { ProgressReport, ReviewLayerContent, Thread } from '@shared/review/review-layer';
import { openCore, type Core } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import { IdentityStore } from '../../../electron/core/review/identity-store';
import { ReviewLayerStore } from '../../../electron/core/review/review-layer-store';
import { reportSha256 } from '../../../electron/core/review/report-sha256';
import { fixedClock, sequentialIds } from '../../support/test-core';

/** One person's data folder with the core open on it. */
export interface Person {
  core: Core;
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  /** The one sentence an error envelope carries (fails when the call succeeds). */
  refusal(channel: Channel, input: unknown): Promise<string>;
}

/** Ids are prefixed per person, so two folders never make the same id. */
export async function openPerson(dataDir: string, prefix: string, now: string): Promise<Person> {
  const clock = fixedClock(now);
  const core = await openCore({
    dataDir,
    host: 'browser',
    appVersion: '0.0.0-test',
    clock,
    newId: sequentialIds(prefix),
  });
  return {
    core,
    dataDir,
    clock,
    async call(channel, input) {
      const envelope = await dispatch(core.handlers, channel, input);
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
      return envelope.result as never;
    },
    async refusal(channel, input) {
      const envelope = await dispatch(core.handlers, channel, input);
      if (envelope.ok) throw new Error(`${channel} was not refused`);
      return envelope.error.message;
    },
  };
}

/** Make `person` a mentor (or instructor) named `name`. */
export async function becomeReviewer(
  person: Person,
  name: string,
  role: 'mentor' | 'instructor' = 'mentor',
): Promise<string> {
  const identity = new IdentityStore(person.dataDir, person.clock, sequentialIds(`${role}-id`));
  const saved = await identity.update((me) => ({
    ...me,
    roles: [role],
    rolesChosenAt: person.clock.now().toISOString(),
    reviewer: { ...me.reviewer, name },
  }));
  return saved.reviewerId;
}

/** The candidate's bundle imported into the reviewer's My candidates; answers the portfolio id. */
export async function importCandidate(candidate: Person, reviewer: Person, dir: string) {
  const path = join(dir, `${Date.now()}-${Math.random()}.ctoportfolio`);
  await candidate.core.bundleWork().exportTo({ outPath: path, includePrivate: false });
  const summary = await reviewer.core.bundleWork().inspect(path, { as: 'review' });
  await reviewer.core.bundleWork().commit(summary.inspectionId, 'review');
  return summary.origin.portfolioId;
}

/** A final report, signed and hashed as the reviewer's finalise does. */
export function finalReport(id: string, month: string, at: Date): ProgressReport {
  const report: ProgressReport = {
    ...newRecordMeta(id, at),
    month,
    facts: {
      from: null,
      to: `${month}-28`,
      sessionsAttended: 2,
      assignmentsSubmitted: 3,
      assignmentsPassed: 2,
      newReflections: 1,
      newArtifacts: 0,
      contacts: 4,
      workStudyHours: 6,
    },
    ratings: [],
    strengths: 'Clear writing.',
    concerns: '',
    nextSteps: 'Budget section.',
    employmentConfirmed: true,
    signOff: { name: 'Morgan Reyes', date: `${month}-28` },
    state: 'final',
    finalizedAt: at.toISOString(),
    sha256: null,
  };
  return { ...report, sha256: reportSha256(report) };
}

/** A thread on a reflection with `count` comments. */
export function threadWith(id: string, targetId: string, count: number, at: Date): Thread {
  return {
    ...newRecordMeta(id, at),
    target: { kind: 'reflection', id: targetId },
    anchor: null,
    comments: Array.from({ length: count }, (_, i) => ({
      id: `${id}-c${i}`,
      authorRole: 'mentor' as const,
      authorName: 'Morgan Reyes',
      body: `Comment ${i}: say more about the budget.`,
      createdAt: at.toISOString(),
    })),
    resolvedAt: null,
  };
}

/** Write the reviewer's layer of `portfolioId` as `edit` makes it. */
export async function writeLayer(
  reviewer: Person,
  portfolioId: string,
  edit: (layer: ReviewLayerContent) => ReviewLayerContent,
): Promise<void> {
  const layers = new ReviewLayerStore(reviewer.dataDir, reviewer.clock);
  await layers.update(portfolioId, (layer) => ({
    layer: { ...layer, ...edit(layer) },
    result: null,
  }));
}
