import type { Artifact } from '@shared/domain/artifact';
import type { Portfolio } from '@shared/domain/portfolio';
import { isLive, type RecordMeta } from '@shared/domain/record';

type Private = RecordMeta & { private: boolean };

export interface BundleCounts {
  sessions: number;
  assignments: number;
  reflections: number;
  artifacts: number;
  logEntries: number;
}

export interface BundleSelection<R extends Private> {
  /** The portfolio as it goes into portfolio.json: private artifacts gone unless included. */
  portfolio: Portfolio;
  /** The reflections that go in, live and tombstones. */
  reflections: R[];
  /** One per stored file to ship (live included artifacts), sorted by hash: each content once. */
  files: Artifact[];
  /** Live records that go in, as the export preview shows them. */
  counts: BundleCounts;
  /** Live private records left out (zero when private items are included). */
  privateLeftOut: { reflections: number; artifacts: number };
}

const liveCount = (records: readonly RecordMeta[]) => records.filter(isLive).length;

/**
 * What a bundle holds, decided from the data alone. Private items are left out unless
 * `includePrivate`. Tombstoned artifact records go in (so a deletion travels) but their files do
 * not; links from reflections to left-out artifacts stay as ids.
 */
export function selectBundleContents<R extends Private>(
  portfolio: Portfolio,
  reflections: readonly R[],
  includePrivate: boolean,
): BundleSelection<R> {
  const goesIn = (record: Private) => includePrivate || !record.private;
  const artifacts = portfolio.artifacts.filter(goesIn);
  const keptReflections = reflections.filter(goesIn);
  const files = new Map<string, Artifact>();
  for (const artifact of artifacts) {
    if (isLive(artifact) && !files.has(artifact.sha256)) files.set(artifact.sha256, artifact);
  }
  const privateLive = (records: readonly Private[]) =>
    includePrivate ? 0 : records.filter((r) => isLive(r) && r.private).length;
  return {
    portfolio: { ...portfolio, artifacts },
    reflections: keptReflections,
    files: [...files.values()].sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1)),
    counts: {
      sessions: liveCount(portfolio.sessions),
      assignments: liveCount(portfolio.assignments),
      reflections: liveCount(keptReflections),
      artifacts: liveCount(artifacts),
      logEntries: liveCount(portfolio.logEntries),
    },
    privateLeftOut: {
      reflections: privateLive(reflections),
      artifacts: privateLive(portfolio.artifacts),
    },
  };
}
