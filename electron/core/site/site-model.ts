import type { BundleData } from '@shared/bundle/bundle-schemas';
import type { Artifact } from '@shared/domain/artifact';
import type { Assignment } from '@shared/domain/assignment';
import type { Portfolio } from '@shared/domain/portfolio';
import { isLive, type RecordMeta } from '@shared/domain/record';
import type { Reflection } from '@shared/domain/reflection';
import type { Session } from '@shared/domain/session';
import {
  gradesByAssignment,
  withEffectiveStatuses,
  type Grade,
} from '@shared/review/effective-status';
import type { ReceivedReview } from '@shared/review/received-review';
import { bySessionThenDue } from '../exports/assignment-order';
import { reflectionPagePath, safeNames } from './site-paths';

export interface SiteOptions {
  exportedAt: Date;
  appVersion: string;
}

export interface SiteReflection {
  record: Reflection;
  /** Its page, relative to the bundle root. */
  path: string;
}

export interface SiteArtifact {
  record: Artifact;
  /** The HTML id of its section on the artifacts page. */
  anchor: string;
}

/** What every page reads: the live records in the order pages show them, and lookups by id. */
export interface SiteModel {
  portfolio: Portfolio;
  ownerName: string;
  sessions: Session[];
  assignments: Assignment[];
  reflections: SiteReflection[];
  artifacts: SiteArtifact[];
  reflectionById: ReadonlyMap<string, SiteReflection>;
  artifactById: ReadonlyMap<string, SiteArtifact>;
  assignmentById: ReadonlyMap<string, Assignment>;
  competencyTitleById: ReadonlyMap<string, string>;
  /** The reviews the candidate received (mentor's and instructor's), as the bundle carries them. */
  reviews: readonly ReceivedReview[];
  /** Every reviewer's grade by assignment id, newest first. */
  gradesByAssignment: ReadonlyMap<string, Grade[]>;
  options: SiteOptions;
}

/** Oldest first, ties by id: an order that does not depend on the machine's locale. */
function byCreation(a: RecordMeta, b: RecordMeta): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first record of each id wins a lookup (ids are unique in data this app wrote). */
function byId<T>(items: readonly T[], idOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(idOf(item))) map.set(idOf(item), item);
  return map;
}

/** Tombstones are left out: the web version shows the portfolio as it is now. */
export function buildSiteModel(data: BundleData, options: SiteOptions): SiteModel {
  // Bundles made before reviews existed read as carrying none (the schema's default).
  const { reviews } = data;
  // Statuses as the candidate sees them: a newer reviewer's grade shows (effective-status.ts).
  const portfolio = withEffectiveStatuses(data.portfolio, reviews);
  const liveReflections = data.reflections.filter(isLive).sort(byCreation);
  const reflectionNames = safeNames(
    liveReflections.map((r) => r.id),
    'reflection',
  );
  const reflections = liveReflections.map((record, index) => ({
    record,
    path: reflectionPagePath(reflectionNames[index]!),
  }));
  const liveArtifacts = portfolio.artifacts.filter(isLive).sort(byCreation);
  const artifactNames = safeNames(
    liveArtifacts.map((a) => a.id),
    'artifact',
  );
  const artifacts = liveArtifacts.map((record, index) => ({
    record,
    anchor: `artifact-${artifactNames[index]!}`,
  }));
  const assignments = portfolio.assignments.filter(isLive).sort(bySessionThenDue);
  const competencies = portfolio.program.frameworks.flatMap((f) => f.competencies);
  return {
    portfolio,
    ownerName: portfolio.profile.name,
    sessions: portfolio.sessions.filter(isLive).sort((a, b) => a.number - b.number),
    assignments,
    reflections,
    artifacts,
    reflectionById: byId(reflections, (r) => r.record.id),
    artifactById: byId(artifacts, (a) => a.record.id),
    assignmentById: byId(assignments, (a) => a.id),
    competencyTitleById: new Map(
      [...byId(competencies, (c) => c.id)].map(([id, c]) => [id, c.title]),
    ),
    reviews,
    gradesByAssignment: gradesByAssignment(reviews),
    options,
  };
}
